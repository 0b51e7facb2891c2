// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { plural } from '../format/plural.js';
import type { DetailMessages } from './opportunity.messages.js';

const words: DetailMessages = {
  loading: 'Завантаження пропозиції …',
  notFound: 'Такої пропозиції немає або вона вже неактуальна. Можливо, місце вже зайняте або термін минув.',
  loadFailed: 'Не вдалося завантажити пропозицію. Будь ласка, перевірте підключення.',
  retry: 'Спробувати ще раз',
  organisation: 'Організація',
  website: 'Вебсайт організації',
  place: 'Місце',
  time: 'Час',
  categories: 'Сфери діяльності',
  suits: 'Добре підходить для',
  minimumAge: 'Мінімальний вік',
  years: (age: number) => `від ${age} ${plural('uk', age, { one: 'року', other: 'років' })}`,
  languages: 'Мови',
  description: 'Опис',
  tasks: 'Ваші завдання',
  requirements: 'Що потрібно від вас',
  benefits: 'Що ви отримуєте',
  accessibility: 'Доступність',
  schedule: 'Коли',
  dates: 'Дати',
  calendar: 'Додати дати до календаря (файл .ics)',
  location: 'Де',
  remote: 'Онлайн, з дому',
  hybrid: 'На місці та онлайн',
  map: 'Переглянути місце на OpenStreetMap',
  contact: 'Контакт',
  email: 'Електронна пошта',
  phone: 'Телефон',
  contactRequest: 'Зв’язатися',
  contactRequestHint: 'Напишіть організації, що ви хочете долучитися.',
  share: 'Поділитися пропозицією',
  germanOriginal: 'Показати німецький оригінал',
  copied: 'Посилання на цю пропозицію скопійовано.',
  copyFailed: 'Не вдалося скопіювати посилання. Ось воно, щоб скопіювати вручну:',
  posted: (date: string) => `Опубліковано ${date}`,
  expires: (date: string) => `Дійсна до ${date}`,
};

export { words as uk };
