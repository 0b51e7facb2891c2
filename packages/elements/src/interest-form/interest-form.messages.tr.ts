// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { InterestMessages } from './interest-form.messages.js';

const words: InterestMessages = {
  name: 'Adınız',
  email: 'E-posta adresiniz',
  emailHint: 'Kuruluş size bu adrese yanıt verir. Adres yayımlanmaz.',
  offerEmailHint: 'Kişi size bu adrese yanıt verir. Adres yayımlanmaz.',
  phone: 'Telefon numarası',
  phoneHint: 'Aranmayı tercih ederseniz.',
  message: 'Mesajınız',
  messageHint: 'Neden katılmak istediğinizi ve ne zaman vaktiniz olduğunu kısaca yazın (10 ile 2000 karakter arası).',
  offerMessageHint: 'Ne konuda destek aradığınızı ve size nasıl ulaşılacağını kısaca yazın (10 ile 2000 karakter arası).',
  submit: 'Mesajı gönder',
  thanks: 'Mesajınız ulaştı.',
  next: 'Mesajı kuruluşa iletiyoruz. Kuruluş sizinle doğrudan, genellikle birkaç gün içinde iletişime geçer.',
  offerNext: 'Mesajı yardım teklifini yayımlayan kişiye iletiyoruz. Bu kişi sizinle doğrudan iletişime geçer.',
  filled: 'Bu ilan bu arada doldu: kuruluş artık talep kabul etmiyor. Mesajınız gönderilmedi; metniniz burada kalıyor.',
  gone: 'Bu ilan artık yok. Belki doldu ya da süresi bitti. Mesajınız gönderilmedi.',
  noSubject: 'Bu iletişim formu kime yazacağını bilmiyor („opportunity-id“ ya da „offer-id“ niteliği eksik).',
};

export { words as tr };
