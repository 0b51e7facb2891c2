// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { plural } from '../format/plural.js';
import type { FormMessages } from './form.messages.js';

/** "1 символ", "2 символи", "5 символів". */
const chars = (n: number) => `${n} ${plural('uk', n, { one: 'символ', few: 'символи', many: 'символів', other: 'символу' })}`;
/** "1 варіант", "2 варіанти", "5 варіантів". */
const options = (n: number) => `${n} ${plural('uk', n, { one: 'варіант', few: 'варіанти', many: 'варіантів', other: 'варіанта' })}`;

const words: FormMessages = {
  required: (label: string) => `Будь ласка, заповніть поле «${label}».`,
  choose: (label: string) => `Будь ласка, виберіть варіант у полі «${label}».`,
  tooShort: (label: string, n: number) => `Поле «${label}» має містити щонайменше ${chars(n)}.`,
  tooLong: (label: string, n: number) => `Поле «${label}» може містити щонайбільше ${chars(n)}.`,
  email: 'Будь ласка, введіть адресу електронної пошти у форматі name@example.de.',
  url: 'Будь ласка, введіть вебадресу, що починається з https:// або http://.',
  tel: 'Будь ласка, введіть номер телефону від 5 до 40 символів: лише цифри, пробіли та + ( ) / -.',
  postalCode: 'Будь ласка, введіть п’ятизначний поштовий індекс, наприклад 01067.',
  number: (label: string) => `Будь ласка, введіть число в полі «${label}».`,
  wholeNumber: (label: string) => `Будь ласка, введіть ціле число в полі «${label}».`,
  between: (label: string, min: number, max: number) => `Значення «${label}» має бути від ${min} до ${max}.`,
  moreThan: (label: string, min: number, max: number) => `Значення «${label}» має бути більшим за ${min} і не більшим за ${max}.`,
  date: (label: string) => `Будь ласка, введіть дату в полі «${label}», наприклад 24.12.2026.`,
  time: (label: string) => `Будь ласка, введіть час у полі «${label}», наприклад 15:30.`,
  notPast: (label: string) => `Дата «${label}» не може бути в минулому.`,
  chooseRange: (label: string, min: number, max: number) =>
    min === max ? `Будь ласка, виберіть у полі «${label}» рівно ${options(min)}.` : `Будь ласка, виберіть у полі «${label}» від ${min} до ${max} варіантів.`,
  chooseAtMost: (label: string, max: number) => `Будь ласка, виберіть у полі «${label}» не більше ніж ${options(max)}.`,
  rejected: (label: string, detail: string) => `Поле «${label}» не прийнято (${detail}). Будь ласка, перевірте його.`,
  errorPrefix: 'Помилка:',
  optional: '(необов’язково)',
  summaryTitle: 'Будь ласка, перевірте введені дані',
  consent: 'Я погоджуюся, що мої дані зберігатимуться та передаватимуться для обробки цього запиту.',
  consentLink: 'Прочитати інформацію про захист даних (відкриється в новій вкладці)',
  consentLabel: 'Згода',
  consentMissing: 'Будь ласка, погодьтеся на обробку ваших даних. Без вашої згоди ми нічого не надсилаємо.',
  honeypot: 'Будь ласка, залиште це поле порожнім',
  submit: 'Надіслати',
  sending: 'Надсилання …',
  sendingStatus: 'Ваші дані надсилаються. Будь ласка, зачекайте хвилинку.',
  networkFailed:
    'Не вдалося надіслати ваші дані, бо немає з’єднання із сервером. Нічого не втрачено: усе, що ви ввели, залишилося у формі.',
  serverFailed: 'Сервер зараз не зміг прийняти ваші дані. Нічого не втрачено: усе, що ви ввели, залишилося у формі.',
  tooMany: 'Щойно надіслано забагато запитів. Будь ласка, зачекайте хвилину і спробуйте ще раз.',
  retry: 'Надіслати ще раз',
  draftRestored: 'Ми відновили те, що ви ввели раніше.',
  choicesLoading: 'Завантаження варіантів …',
  choicesFailed: 'Не вдалося завантажити варіанти.',
  loadAgain: 'Завантажити ще раз',
  thanks: 'Дякуємо!',
};

export { words as uk };
