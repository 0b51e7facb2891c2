// The first screen's words in one language, re-exported so the bundle makes them one chunk.
export { tr as search } from '../../search/search.messages.tr.js';
export { tr as card } from '../../opportunity-card/opportunity-card.messages.tr.js';
export { tr as schedule } from '../../format/schedule.messages.tr.js';
export { tr as apiBase } from '../api-base.messages.tr.js';
