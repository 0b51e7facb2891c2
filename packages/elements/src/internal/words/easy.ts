// The first screen's words in one language, re-exported so the bundle makes them one chunk.
export { easy as search } from '../../search/search.messages.easy.js';
export { easy as card } from '../../opportunity-card/opportunity-card.messages.easy.js';
export { easy as schedule } from '../../format/schedule.messages.easy.js';
export { easy as apiBase } from '../api-base.messages.easy.js';
