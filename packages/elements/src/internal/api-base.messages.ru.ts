// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { ApiBaseMessages } from './api-base.js';

const words: ApiBaseMessages = {
  missingApiBase: 'Этот раздел ещё не настроен: не указан адрес источника данных (атрибут «api-base»).',
};

export { words as ru };
