// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { OfferMessages } from './offer-form.messages.js';

const words: OfferMessages = {
  about: 'Hakkınızda',
  displayName: 'Görünecek ad',
  displayNameHint: 'Bir ad ya da takma ad yeterli. Yardım teklifinizin yanında görünür.',
  email: 'E-posta adresi',
  emailHint: 'Asla gösterilmez. Kuruluşlar size platform üzerinden yazar, mesajları buraya iletiriz.',
  ageGroup: 'Yaş grubu',
  ageGroupHint: 'Bazı ilanlar belirli bir yaşa özellikle uygundur.',
  noAgeGroup: 'Belirtilmedi',
  offer: 'Yardım teklifiniz',
  title: 'Ne teklif ediyorsunuz?',
  titleHint: 'Kısa bir cümle, örneğin „Bahçe işlerinde ve fidan dikiminde yardım ediyorum“ (5 ile 140 karakter arası).',
  description: 'Açıklama',
  descriptionHint: 'Neler yapabilir ve yapmak istersiniz? Neler getiriyorsunuz? (20 ile 4000 karakter arası)',
  categories: 'Faaliyet alanları',
  categoriesHint: 'Yardım etmek istediğiniz 1 ile 3 arasında alan seçin.',
  when: 'Ne zaman vaktiniz var?',
  availability: 'Zaman çerçevesi',
  hoursPerWeek: 'Haftada saat',
  hoursHint: 'Yaklaşık, örneğin 2 veya 1,5.',
  days: 'Hangi günler?',
  note: 'Zamanla ilgili not',
  noteHint: 'Örneğin „sabahları“ ya da „yalnızca okul tatillerinde“ (en fazla 300 karakter).',
  where: 'Nerede yardım etmek istersiniz?',
  place: 'Yer',
  placeHint: 'Oturduğunuz yer ya da yakındaki bir yer. Yalnızca yer adı gösterilir, adres gösterilmez.',
  radius: 'Kilometre olarak çevre',
  radiusHint: 'Ne kadar uzağa gidebilirsiniz, 0 ile 200 arası.',
  unknownPlace: 'Bu yeri tanımıyoruz. Lütfen yazılışını kontrol edin ya da yakındaki daha büyük bir yer yazın.',
  submit: 'Yardım teklifini gönder',
  thanks: 'Yardım teklifiniz ulaştı.',
  next: 'Gönüllü ajansı teklifinizi inceler ve genellikle iki iş günü içinde yayımlar. Görünür olur olmaz size e-posta yazarız.',
};

export { words as tr };
