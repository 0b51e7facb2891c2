// The first screen's words in one language, re-exported so the bundle makes them one chunk.
export { uk as search } from '../../search/search.messages.uk.js';
export { uk as card } from '../../opportunity-card/opportunity-card.messages.uk.js';
export { uk as schedule } from '../../format/schedule.messages.uk.js';
export { uk as apiBase } from '../api-base.messages.uk.js';
