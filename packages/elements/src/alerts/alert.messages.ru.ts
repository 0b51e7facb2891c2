// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { AlertMessages } from './alert.messages.js';

const words: AlertMessages = {
  subscribe: 'Уведомлять: подписаться по электронной почте',
  feed: 'Этот поиск как лента (Atom)',
  hint: 'Не больше одного письма в день или в неделю, только если по этому поиску есть новые предложения. Сначала вы получите ссылку для подтверждения; отписаться можно одним щелчком.',
  email: 'Адрес электронной почты',
  frequency: 'Как часто?',
  daily: 'Ежедневно',
  weekly: 'Еженедельно',
  send: 'Подписаться',
  sending: 'Отправка …',
  sent: (email: string) => `Почти готово: подтвердите, пожалуйста, по ссылке в письме на ${email}.`,
  emailInvalid: 'Пожалуйста, введите правильный адрес электронной почты, например name@example.org.',
  failed: 'Не получилось. Пожалуйста, попробуйте ещё раз.',
};

export { words as ru };
