// The first screen's words in one language, re-exported so the bundle makes them one chunk.
export { en as search } from '../../search/search.messages.en.js';
export { en as card } from '../../opportunity-card/opportunity-card.messages.en.js';
export { en as schedule } from '../../format/schedule.messages.en.js';
export { en as apiBase } from '../api-base.messages.en.js';
