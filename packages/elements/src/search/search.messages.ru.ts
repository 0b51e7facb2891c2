// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { plural } from '../format/plural.js';
import { formatNumber } from '../format/number.js';
import type { Sort } from './vocabulary.js';
import type { SearchMessages } from './search.messages.js';

/** "1 предложение", "2 предложения", "5 предложений": Russian counts in three forms. */
const count = (one: string, few: string, many: string) => (n: number) =>
  `${formatNumber(n, 'ru')} ${plural('ru', n, { one, few, many, other: few })}`;
const opportunities = count('предложение', 'предложения', 'предложений');
const offers = count('предложение помощи', 'предложения помощи', 'предложений помощи');

const words: SearchMessages = {
  searchLabel: 'Поисковый запрос',
  searchHint: 'например, сад, чтение вслух, спорт',
  submit: 'Искать',
  clear: 'Очистить поисковый запрос',
  filters: 'Фильтры',
  filtersChosen: (n: number) => (n === 0 ? 'Фильтры' : `Фильтры (выбрано: ${n})`),
  categories: 'Сфера деятельности',
  suits: 'Подходит для',
  schedule: 'Время',
  locationTypes: 'Где',
  ageGroups: 'Возраст',
  place: 'Место',
  placeHint: 'Введите название места и выберите его из списка',
  noPlaces: 'Такое место не найдено',
  radius: 'Радиус',
  km: (km: number) => `${formatNumber(km, 'ru')} км`,
  useLocation: 'Использовать моё местоположение',
  locating: 'Определяем ваше местоположение …',
  myLocation: 'Моё местоположение',
  locationFailed: 'Не удалось определить ваше местоположение. Пожалуйста, введите название места.',
  placeChip: (place: string, radius: string) => `${place}, радиус ${radius}`,
  sort: 'Сортировка',
  sortDefault: 'Рекомендуемые',
  sorts: {
    relevance: 'Сначала лучшие совпадения',
    newest: 'Сначала новые',
    distance: 'Сначала ближайшие',
    start: 'Сначала ближайшая дата',
  } satisfies Record<Sort, string>,
  chosenFilters: 'Выбранные фильтры',
  removeFilter: (label: string) => `Убрать фильтр: ${label}`,
  resetAll: 'Сбросить все фильтры',
  count: { opportunities, offers },
  found: {
    opportunities: (n: number) => (n === 0 ? 'Предложений не найдено' : `Найдено: ${opportunities(n)}`),
    offers: (n: number) => (n === 0 ? 'Предложений помощи не найдено' : `Найдено: ${offers(n)}`),
  },
  loading: 'Идёт поиск …',
  results: 'Результаты',
  suggestRemove: (name: string) => `Без «${name}» есть результаты.`,
  removeSuggested: (name: string) => `Убрать «${name}»`,
  suggestPlace: (name: string) => `Рядом с «${name}» ничего не найдено. Попробуйте больший радиус или уберите место.`,
  removePlace: 'Убрать место',
  suggestText: (q: string) => `По запросу «${q}» ничего не найдено. Проверьте написание или попробуйте более общее слово.`,
  removeText: 'Убрать поисковый запрос',
  pastLastPage: 'На этой странице больше ничего нет.',
  firstPage: 'К первой странице',
  errorTitle: 'Поиск не удался.',
  errorNetwork: 'Сервер сейчас недоступен. Пожалуйста, проверьте подключение к интернету.',
  errorTimeout: 'Сервер слишком долго не отвечал.',
  errorBusy: 'Сервер сейчас перегружен. Пожалуйста, попробуйте ещё раз через минуту.',
  errorOther: (status: number) => `Сервер сообщает об ошибке (${status}).`,
  errorUnknown: 'Произошла непредвиденная ошибка.',
  errorKept: 'Ниже — результаты последнего поиска.',
  retry: 'Попробовать ещё раз',
  paging: 'Страницы',
  previous: 'Предыдущая страница',
  next: 'Следующая страница',
  pageOf: (page: number, pages: number) => `Страница ${formatNumber(page, 'ru')} из ${formatNumber(pages, 'ru')}`,
  page: (page: number) => `Страница ${formatNumber(page, 'ru')}`,
  back: 'Назад к результатам',
  ownLanguage: 'Только объявления на моём языке',
};

export { words as ru };
