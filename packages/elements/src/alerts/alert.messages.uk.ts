// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { AlertMessages } from './alert.messages.js';

const words: AlertMessages = {
  subscribe: 'Сповіщати: підписатися електронною поштою',
  feed: 'Цей пошук як стрічка (Atom)',
  hint: 'Не більше одного листа на день або на тиждень, лише коли для цього пошуку є нові пропозиції. Спершу ви отримаєте посилання для підтвердження; відписатися можна одним кліком.',
  email: 'Адреса електронної пошти',
  frequency: 'Як часто?',
  daily: 'Щодня',
  weekly: 'Щотижня',
  send: 'Підписатися',
  sending: 'Надсилання …',
  sent: (email: string) => `Майже готово: підтвердьте, будь ласка, за посиланням у листі на ${email}.`,
  emailInvalid: 'Введіть, будь ласка, правильну адресу електронної пошти, наприклад name@example.org.',
  failed: 'Не вдалося. Спробуйте, будь ласка, ще раз.',
};

export { words as uk };
