// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { plural } from '../format/plural.js';
import { formatNumber } from '../format/number.js';
import type { Sort } from './vocabulary.js';
import type { SearchMessages } from './search.messages.js';

/** "1 пропозиція", "2 пропозиції", "5 пропозицій": Ukrainian counts in three forms. */
const count = (one: string, few: string, many: string) => (n: number) =>
  `${formatNumber(n, 'uk')} ${plural('uk', n, { one, few, many, other: few })}`;
const opportunities = count('пропозиція', 'пропозиції', 'пропозицій');
const offers = count('пропозиція допомоги', 'пропозиції допомоги', 'пропозицій допомоги');

const words: SearchMessages = {
  searchLabel: 'Пошуковий запит',
  searchHint: 'наприклад, сад, читання вголос, спорт',
  submit: 'Шукати',
  clear: 'Стерти пошуковий запит',
  filters: 'Фільтри',
  filtersChosen: (n: number) => (n === 0 ? 'Фільтри' : `Фільтри (вибрано: ${n})`),
  categories: 'Сфера діяльності',
  suits: 'Підходить для',
  schedule: 'Час',
  locationTypes: 'Де',
  ageGroups: 'Вік',
  place: 'Місце',
  placeHint: 'Введіть назву місця й виберіть його зі списку',
  noPlaces: 'Такого місця не знайдено',
  radius: 'Радіус',
  km: (km: number) => `${formatNumber(km, 'uk')} км`,
  useLocation: 'Використати моє місцезнаходження',
  locating: 'Визначаємо ваше місцезнаходження …',
  myLocation: 'Моє місцезнаходження',
  locationFailed: 'Не вдалося визначити ваше місцезнаходження. Будь ласка, введіть назву місця.',
  placeChip: (place: string, radius: string) => `${place}, радіус ${radius}`,
  sort: 'Сортування',
  sortDefault: 'Рекомендовані',
  sorts: {
    relevance: 'Спочатку найкращі збіги',
    newest: 'Спочатку найновіші',
    distance: 'Спочатку найближчі',
    start: 'Спочатку найближча дата',
  } satisfies Record<Sort, string>,
  chosenFilters: 'Вибрані фільтри',
  removeFilter: (label: string) => `Прибрати фільтр: ${label}`,
  resetAll: 'Скинути всі фільтри',
  count: { opportunities, offers },
  found: {
    opportunities: (n: number) => (n === 0 ? 'Пропозицій не знайдено' : `Знайдено: ${opportunities(n)}`),
    offers: (n: number) => (n === 0 ? 'Пропозицій допомоги не знайдено' : `Знайдено: ${offers(n)}`),
  },
  loading: 'Триває пошук …',
  results: 'Результати',
  suggestRemove: (name: string) => `Без «${name}» є результати.`,
  removeSuggested: (name: string) => `Прибрати «${name}»`,
  suggestPlace: (name: string) => `Поблизу «${name}» нічого не знайдено. Спробуйте більший радіус або приберіть місце.`,
  removePlace: 'Прибрати місце',
  suggestText: (q: string) => `За запитом «${q}» нічого не знайдено. Перевірте написання або спробуйте загальніше слово.`,
  removeText: 'Прибрати пошуковий запит',
  pastLastPage: 'На цій сторінці більше нічого немає.',
  firstPage: 'До першої сторінки',
  errorTitle: 'Пошук не вдався.',
  errorNetwork: 'Сервер зараз недоступний. Будь ласка, перевірте підключення до інтернету.',
  errorTimeout: 'Сервер надто довго не відповідав.',
  errorBusy: 'Сервер зараз перевантажений. Будь ласка, спробуйте ще раз за мить.',
  errorOther: (status: number) => `Сервер повідомляє про помилку (${status}).`,
  errorUnknown: 'Сталася неочікувана помилка.',
  errorKept: 'Нижче — результати останнього пошуку.',
  retry: 'Спробувати ще раз',
  paging: 'Сторінки',
  previous: 'Попередня сторінка',
  next: 'Наступна сторінка',
  pageOf: (page: number, pages: number) => `Сторінка ${formatNumber(page, 'uk')} з ${formatNumber(pages, 'uk')}`,
  page: (page: number) => `Сторінка ${formatNumber(page, 'uk')}`,
  back: 'Назад до результатів',
  ownLanguage: 'Лише оголошення моєю мовою',
};

export { words as uk };
