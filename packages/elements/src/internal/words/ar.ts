// The first screen's words in one language, re-exported so the bundle makes them one chunk.
export { ar as search } from '../../search/search.messages.ar.js';
export { ar as card } from '../../opportunity-card/opportunity-card.messages.ar.js';
export { ar as schedule } from '../../format/schedule.messages.ar.js';
export { ar as apiBase } from '../api-base.messages.ar.js';
