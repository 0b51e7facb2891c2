// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { formatNumber } from '../format/number.js';
import type { Sort } from './vocabulary.js';
import type { SearchMessages } from './search.messages.js';

/** Turkish nouns after a number stay singular: "1 ilan", "5 ilan". */
const opportunities = (n: number) => `${formatNumber(n, 'tr')} ilan`;
const offers = (n: number) => `${formatNumber(n, 'tr')} yardım teklifi`;

const words: SearchMessages = {
  searchLabel: 'Arama terimi',
  searchHint: 'ör. bahçe, kitap okuma, spor',
  submit: 'Ara',
  clear: 'Arama terimini sil',
  filters: 'Filtreler',
  filtersChosen: (n: number) => (n === 0 ? 'Filtreler' : `Filtreler (${n} seçili)`),
  categories: 'Faaliyet alanı',
  suits: 'Kimler için uygun',
  schedule: 'Zaman',
  locationTypes: 'Nerede',
  ageGroups: 'Yaş',
  place: 'Yer',
  placeHint: 'Bir yer adı yazın ve listeden seçin',
  noPlaces: 'Uygun bir yer bulunamadı',
  radius: 'Mesafe',
  km: (km: number) => `${formatNumber(km, 'tr')} km`,
  useLocation: 'Konumumu kullan',
  locating: 'Konumunuz belirleniyor …',
  myLocation: 'Konumum',
  locationFailed: 'Konumunuz belirlenemedi. Lütfen bir yer adı yazın.',
  placeChip: (place: string, radius: string) => `${place}, ${radius} çevresinde`,
  sort: 'Sıralama',
  sortDefault: 'Önerilen',
  sorts: {
    relevance: 'En uygun olanlar önce',
    newest: 'En yeniler önce',
    distance: 'En yakınlar önce',
    start: 'En yakın tarih önce',
  } satisfies Record<Sort, string>,
  chosenFilters: 'Seçili filtreler',
  removeFilter: (label: string) => `Filtreyi kaldır: ${label}`,
  resetAll: 'Tüm filtreleri sıfırla',
  count: { opportunities, offers },
  found: {
    opportunities: (n: number) => (n === 0 ? 'İlan bulunamadı' : `${opportunities(n)} bulundu`),
    offers: (n: number) => (n === 0 ? 'Yardım teklifi bulunamadı' : `${offers(n)} bulundu`),
  },
  loading: 'Aranıyor …',
  results: 'Sonuçlar',
  suggestRemove: (name: string) => `“${name}” olmadan sonuç var.`,
  removeSuggested: (name: string) => `“${name}” kaldır`,
  suggestPlace: (name: string) => `“${name}” yakınında uygun bir şey yok. Daha geniş bir mesafe deneyin veya yeri kaldırın.`,
  removePlace: 'Yeri kaldır',
  suggestText: (q: string) => `“${q}” ile eşleşen bir şey yok. Yazımı kontrol edin veya daha genel bir kelime deneyin.`,
  removeText: 'Arama terimini kaldır',
  pastLastPage: 'Bu sayfada başka bir şey yok.',
  firstPage: 'İlk sayfaya git',
  errorTitle: 'Arama başarısız oldu.',
  errorNetwork: 'Sunucuya şu anda ulaşılamıyor. Lütfen internet bağlantınızı kontrol edin.',
  errorTimeout: 'Sunucu çok uzun süre yanıt vermedi.',
  errorBusy: 'Sunucu şu anda yoğun. Lütfen biraz sonra tekrar deneyin.',
  errorOther: (status: number) => `Sunucu bir hata bildirdi (${status}).`,
  errorUnknown: 'Beklenmeyen bir hata oluştu.',
  errorKept: 'Aşağıda son bulunan sonuçları görüyorsunuz.',
  retry: 'Tekrar dene',
  paging: 'Sayfalar',
  previous: 'Önceki sayfa',
  next: 'Sonraki sayfa',
  pageOf: (page: number, pages: number) => `Sayfa ${formatNumber(page, 'tr')} / ${formatNumber(pages, 'tr')}`,
  page: (page: number) => `Sayfa ${formatNumber(page, 'tr')}`,
  back: 'Sonuçlara dön',
  ownLanguage: 'Yalnızca benim dilimdeki ilanlar',
};

export { words as tr };
