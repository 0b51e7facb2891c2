// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { plural } from '../format/plural.js';
import type { DetailMessages } from './opportunity.messages.js';

const words: DetailMessages = {
  loading: 'Загрузка предложения …',
  notFound: 'Такого предложения нет или оно больше не актуально. Возможно, место уже занято или срок истёк.',
  loadFailed: 'Не удалось загрузить предложение. Пожалуйста, проверьте подключение.',
  retry: 'Попробовать ещё раз',
  organisation: 'Организация',
  website: 'Сайт организации',
  place: 'Место',
  time: 'Время',
  categories: 'Сферы деятельности',
  suits: 'Хорошо подходит для',
  minimumAge: 'Минимальный возраст',
  years: (age: number) => `от ${age} ${plural('ru', age, { one: 'года', other: 'лет' })}`,
  languages: 'Языки',
  description: 'Описание',
  tasks: 'Ваши задачи',
  requirements: 'Что нужно от вас',
  benefits: 'Что вы получаете',
  accessibility: 'Доступность',
  schedule: 'Когда',
  dates: 'Даты',
  calendar: 'Добавить даты в календарь (файл .ics)',
  location: 'Где',
  remote: 'Онлайн, из дома',
  hybrid: 'На месте и онлайн',
  map: 'Посмотреть место на OpenStreetMap',
  contact: 'Контакт',
  email: 'Электронная почта',
  phone: 'Телефон',
  contactRequest: 'Связаться',
  contactRequestHint: 'Напишите организации, что вы хотите участвовать.',
  share: 'Поделиться предложением',
  germanOriginal: 'Показать немецкий оригинал',
  copied: 'Ссылка на это предложение скопирована.',
  copyFailed: 'Не удалось скопировать ссылку. Вот она, чтобы скопировать вручную:',
  posted: (date: string) => `Опубликовано ${date}`,
  expires: (date: string) => `Действует до ${date}`,
};

export { words as ru };
