// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { ApiBaseMessages } from './api-base.js';

const words: ApiBaseMessages = {
  missingApiBase: 'لم يكتمل إعداد هذا القسم بعد: عنوان مصدر البيانات مفقود (السمة «api-base»).',
};

export { words as ar };
