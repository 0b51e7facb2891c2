import { formatNumber } from '../format/number.js';
import type { Sort } from './vocabulary.js';
import type { SearchMessages } from './search.messages.js';

// The search's English words, in a module of their own: a German page never loads them.

const en = (one: string, many: string) => (n: number) => (n === 1 ? `1 ${one}` : `${formatNumber(n, 'en')} ${many}`);

const english: SearchMessages = {
  searchLabel: 'Search term',
  searchHint: 'e.g. garden, reading, sport',
  submit: 'Search',
  clear: 'Clear search term',
  filters: 'Filters',
  filtersChosen: (n: number) => (n === 0 ? 'Filters' : `Filters (${n} chosen)`),
  categories: 'Field of activity',
  suits: 'Suits',
  schedule: 'Time',
  locationTypes: 'Where',
  ageGroups: 'Age',
  place: 'Place',
  placeHint: 'Type a place and choose it from the list',
  noPlaces: 'No matching place found',
  radius: 'Radius',
  km: (km: number) => `${formatNumber(km, 'en')} km`,
  useLocation: 'Use my location',
  locating: 'Finding your location …',
  myLocation: 'My location',
  locationFailed: 'Your location could not be found. Please type a place.',
  placeChip: (place: string, radius: string) => `${place}, within ${radius}`,
  sort: 'Sort by',
  sortDefault: 'Recommended',
  ownLanguage: 'Only listings in my language',
  sorts: {
    relevance: 'Best match first',
    newest: 'Newest first',
    distance: 'Nearest first',
    start: 'Next date first',
  } satisfies Record<Sort, string>,
  chosenFilters: 'Chosen filters',
  removeFilter: (label: string) => `Remove filter: ${label}`,
  resetAll: 'Reset all filters',
  count: { opportunities: en('opportunity', 'opportunities'), offers: en('offer', 'offers') },
  found: {
    opportunities: (n: number) => (n === 0 ? 'No opportunities found' : `${en('opportunity', 'opportunities')(n)} found`),
    offers: (n: number) => (n === 0 ? 'No offers found' : `${en('offer', 'offers')(n)} found`),
  },
  loading: 'Searching …',
  results: 'Results',
  suggestRemove: (name: string) => `Without “${name}” there are results.`,
  removeSuggested: (name: string) => `Remove “${name}”`,
  suggestPlace: (name: string) => `Nothing matches near “${name}”. Try a larger radius or remove the place.`,
  removePlace: 'Remove place',
  suggestText: (q: string) => `Nothing matches “${q}”. Check the spelling or try a more general word.`,
  removeText: 'Remove search term',
  pastLastPage: 'There is nothing more on this page.',
  firstPage: 'Go to the first page',
  errorTitle: 'The search did not work.',
  errorNetwork: 'The server cannot be reached right now. Please check your internet connection.',
  errorTimeout: 'The server took too long to answer.',
  errorBusy: 'The server is busy right now. Please try again in a moment.',
  errorOther: (status: number) => `The server reported an error (${status}).`,
  errorUnknown: 'An unexpected error occurred.',
  errorKept: 'Below are the results found last.',
  retry: 'Try again',
  paging: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: (page: number, pages: number) => `Page ${formatNumber(page, 'en')} of ${formatNumber(pages, 'en')}`,
  page: (page: number) => `Page ${formatNumber(page, 'en')}`,
  back: 'Back to the results',
};

export { english as en };
