// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { plural } from '../format/plural.js';
import { formatNumber } from '../format/number.js';
import type { Sort } from './vocabulary.js';
import type { SearchMessages } from './search.messages.js';

/** Arabic counts in six forms: zero, one, two, few (3–10), many (11–99), other (100 …). */
const opportunities = (n: number) => {
  const number = formatNumber(n, 'ar');
  return plural('ar', n, {
    zero: `${number} فرصة`,
    one: 'فرصة واحدة',
    two: 'فرصتان',
    few: `${number} فرص`,
    many: `${number} فرصة`,
    other: `${number} فرصة`,
  });
};
const offers = (n: number) => {
  const number = formatNumber(n, 'ar');
  return plural('ar', n, {
    zero: `${number} عرض مساعدة`,
    one: 'عرض مساعدة واحد',
    two: 'عرضا مساعدة',
    few: `${number} عروض مساعدة`,
    many: `${number} عرض مساعدة`,
    other: `${number} عرض مساعدة`,
  });
};

const words: SearchMessages = {
  searchLabel: 'كلمة البحث',
  searchHint: 'مثلًا: حديقة، قراءة، رياضة',
  submit: 'بحث',
  clear: 'مسح كلمة البحث',
  filters: 'عوامل التصفية',
  filtersChosen: (n: number) => (n === 0 ? 'عوامل التصفية' : `عوامل التصفية (المختارة: ${n})`),
  categories: 'مجال النشاط',
  suits: 'مناسب لـ',
  schedule: 'الوقت',
  locationTypes: 'أين',
  ageGroups: 'العمر',
  place: 'المكان',
  placeHint: 'اكتب اسم المكان واختره من القائمة',
  noPlaces: 'لم يتم العثور على مكان مطابق',
  radius: 'نطاق المسافة',
  km: (km: number) => `${formatNumber(km, 'ar')} كم`,
  useLocation: 'استخدام موقعي',
  locating: 'جارٍ تحديد موقعك …',
  myLocation: 'موقعي',
  locationFailed: 'تعذّر تحديد موقعك. يُرجى كتابة اسم المكان.',
  placeChip: (place: string, radius: string) => `${place}، ضمن ${radius}`,
  sort: 'الترتيب',
  sortDefault: 'المقترح',
  sorts: {
    relevance: 'الأنسب أولًا',
    newest: 'الأحدث أولًا',
    distance: 'الأقرب أولًا',
    start: 'أقرب موعد أولًا',
  } satisfies Record<Sort, string>,
  chosenFilters: 'عوامل التصفية المختارة',
  removeFilter: (label: string) => `إزالة عامل التصفية: ${label}`,
  resetAll: 'إعادة ضبط كل عوامل التصفية',
  count: { opportunities, offers },
  found: {
    opportunities: (n: number) => (n === 0 ? 'لم يتم العثور على فرص' : `تم العثور على ${opportunities(n)}`),
    offers: (n: number) => (n === 0 ? 'لم يتم العثور على عروض مساعدة' : `تم العثور على ${offers(n)}`),
  },
  loading: 'جارٍ البحث …',
  results: 'النتائج',
  suggestRemove: (name: string) => `توجد نتائج بدون «${name}».`,
  removeSuggested: (name: string) => `إزالة «${name}»`,
  suggestPlace: (name: string) => `لا يوجد ما يناسب بالقرب من «${name}». جرّب نطاقًا أوسع أو أزل المكان.`,
  removePlace: 'إزالة المكان',
  suggestText: (q: string) => `لا يوجد ما يطابق «${q}». تحقّق من الكتابة أو جرّب كلمة أعم.`,
  removeText: 'إزالة كلمة البحث',
  pastLastPage: 'لا يوجد شيء آخر في هذه الصفحة.',
  firstPage: 'إلى الصفحة الأولى',
  errorTitle: 'لم ينجح البحث.',
  errorNetwork: 'لا يمكن الوصول إلى الخادم حاليًا. يُرجى التحقق من اتصالك بالإنترنت.',
  errorTimeout: 'استغرق الخادم وقتًا طويلًا للرد.',
  errorBusy: 'الخادم مشغول حاليًا. يُرجى المحاولة مرة أخرى بعد قليل.',
  errorOther: (status: number) => `أبلغ الخادم عن خطأ (${status}).`,
  errorUnknown: 'حدث خطأ غير متوقع.',
  errorKept: 'تجد أدناه آخر النتائج التي تم العثور عليها.',
  retry: 'حاول مرة أخرى',
  paging: 'الصفحات',
  previous: 'الصفحة السابقة',
  next: 'الصفحة التالية',
  pageOf: (page: number, pages: number) => `الصفحة ${formatNumber(page, 'ar')} من ${formatNumber(pages, 'ar')}`,
  page: (page: number) => `الصفحة ${formatNumber(page, 'ar')}`,
  back: 'العودة إلى النتائج',
  ownLanguage: 'الإعلانات بلغتي فقط',
};

export { words as ar };
