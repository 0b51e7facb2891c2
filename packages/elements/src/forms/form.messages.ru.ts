// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { plural } from '../format/plural.js';
import type { FormMessages } from './form.messages.js';

/** "1 символ", "2 символа", "5 символов". */
const chars = (n: number) => `${n} ${plural('ru', n, { one: 'символ', few: 'символа', many: 'символов', other: 'символа' })}`;
/** "1 вариант", "2 варианта", "5 вариантов". */
const options = (n: number) => `${n} ${plural('ru', n, { one: 'вариант', few: 'варианта', many: 'вариантов', other: 'варианта' })}`;

const words: FormMessages = {
  required: (label: string) => `Пожалуйста, заполните поле «${label}».`,
  choose: (label: string) => `Пожалуйста, выберите вариант в поле «${label}».`,
  tooShort: (label: string, n: number) => `Поле «${label}» должно содержать не менее ${chars(n)}.`,
  tooLong: (label: string, n: number) => `Поле «${label}» может содержать не более ${chars(n)}.`,
  email: 'Пожалуйста, введите адрес электронной почты в формате name@example.de.',
  url: 'Пожалуйста, введите веб-адрес, который начинается с https:// или http://.',
  tel: 'Пожалуйста, введите номер телефона от 5 до 40 символов: только цифры, пробелы и + ( ) / -.',
  postalCode: 'Пожалуйста, введите пятизначный почтовый индекс, например 01067.',
  number: (label: string) => `Пожалуйста, введите число в поле «${label}».`,
  wholeNumber: (label: string) => `Пожалуйста, введите целое число в поле «${label}».`,
  between: (label: string, min: number, max: number) => `Значение «${label}» должно быть от ${min} до ${max}.`,
  moreThan: (label: string, min: number, max: number) => `Значение «${label}» должно быть больше ${min} и не больше ${max}.`,
  date: (label: string) => `Пожалуйста, введите дату в поле «${label}», например 24.12.2026.`,
  time: (label: string) => `Пожалуйста, введите время в поле «${label}», например 15:30.`,
  notPast: (label: string) => `Дата «${label}» не может быть в прошлом.`,
  chooseRange: (label: string, min: number, max: number) =>
    min === max ? `Пожалуйста, выберите в поле «${label}» ровно ${options(min)}.` : `Пожалуйста, выберите в поле «${label}» от ${min} до ${max} вариантов.`,
  chooseAtMost: (label: string, max: number) => `Пожалуйста, выберите в поле «${label}» не более ${options(max)}.`,
  rejected: (label: string, detail: string) => `Поле «${label}» не принято (${detail}). Пожалуйста, проверьте его.`,
  errorPrefix: 'Ошибка:',
  optional: '(необязательно)',
  summaryTitle: 'Пожалуйста, проверьте введённые данные',
  consent: 'Я согласен(на), что мои данные будут сохранены и переданы для обработки этого запроса.',
  consentLink: 'Прочитать информацию о защите данных (откроется в новой вкладке)',
  consentLabel: 'Согласие',
  consentMissing: 'Пожалуйста, дайте согласие на обработку ваших данных. Без вашего согласия мы ничего не отправляем.',
  honeypot: 'Пожалуйста, оставьте это поле пустым',
  submit: 'Отправить',
  sending: 'Отправка …',
  sendingStatus: 'Ваши данные отправляются. Пожалуйста, подождите немного.',
  networkFailed:
    'Не удалось отправить ваши данные, потому что нет соединения с сервером. Ничего не потеряно: всё, что вы ввели, осталось в форме.',
  serverFailed: 'Сервер сейчас не смог принять ваши данные. Ничего не потеряно: всё, что вы ввели, осталось в форме.',
  tooMany: 'Только что было отправлено слишком много запросов. Пожалуйста, подождите минуту и попробуйте снова.',
  retry: 'Отправить снова',
  draftRestored: 'Мы восстановили то, что вы ввели ранее.',
  choicesLoading: 'Загрузка вариантов …',
  choicesFailed: 'Не удалось загрузить варианты.',
  loadAgain: 'Загрузить снова',
  thanks: 'Спасибо!',
};

export { words as ru };
