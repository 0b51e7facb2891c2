// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { ApiBaseMessages } from './api-base.js';

const words: ApiBaseMessages = {
  missingApiBase: 'Bu bölüm henüz kurulmadı: veri kaynağının adresi eksik (“api-base” niteliği).',
};

export { words as tr };
