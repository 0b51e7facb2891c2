// The first screen's words in one language, re-exported so the bundle makes them one chunk.
export { ru as search } from '../../search/search.messages.ru.js';
export { ru as card } from '../../opportunity-card/opportunity-card.messages.ru.js';
export { ru as schedule } from '../../format/schedule.messages.ru.js';
export { ru as apiBase } from '../api-base.messages.ru.js';
