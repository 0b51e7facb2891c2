// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { ApiBaseMessages } from './api-base.js';

const words: ApiBaseMessages = {
  missingApiBase: 'Hier fehlt noch etwas. Die Internet-Seite braucht eine Adresse. Die Adresse heißt „api-base“.',
};

export { words as easy };
