import type { ApiBaseMessages } from './api-base.js';

const words: ApiBaseMessages = {
  missingApiBase: 'This section is not set up yet: the address of its data source (the “api-base” attribute) is missing.',
};

export { words as en };
