// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { AlertMessages } from './alert.messages.js';

const words: AlertMessages = {
  subscribe: 'Haber ver: e-posta ile abone ol',
  feed: 'Bu arama akış olarak (Atom)',
  hint: 'Günde veya haftada en fazla bir e-posta, yalnızca bu arama için yeni ilanlar olduğunda. Önce onaylamanız için bir bağlantı alırsınız; abonelikten tek tıkla çıkabilirsiniz.',
  email: 'E-posta adresi',
  frequency: 'Ne sıklıkla?',
  daily: 'Her gün',
  weekly: 'Her hafta',
  send: 'Abone ol',
  sending: 'Gönderiliyor …',
  sent: (email: string) => `Neredeyse bitti: Lütfen ${email} adresine giden e-postadaki bağlantıyla onaylayın.`,
  emailInvalid: 'Lütfen geçerli bir e-posta adresi girin, örneğin name@example.org.',
  failed: 'Olmadı. Lütfen tekrar deneyin.',
};

export { words as tr };
