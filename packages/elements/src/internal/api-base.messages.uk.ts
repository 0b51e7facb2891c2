// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { ApiBaseMessages } from './api-base.js';

const words: ApiBaseMessages = {
  missingApiBase: 'Цей розділ ще не налаштовано: бракує адреси джерела даних (атрибут «api-base»).',
};

export { words as uk };
