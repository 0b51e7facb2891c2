import { defineMessages } from '../internal/localize.js';

// The heading over an offer's contact form (offer-contact.ts). Two lines in each language, so
// they are given here rather than in modules of their own; all but German and English need a
// native speaker's review (docs/translating.md).

export const offerContactMessages = defineMessages({
  de: {
    title: 'Kontakt zu diesem Hilfsangebot',
    offeredBy: (name: string) => `angeboten von ${name}`,
  },
  en: {
    title: 'Get in touch about this offer',
    offeredBy: (name: string) => `offered by ${name}`,
  },
  uk: {
    title: 'Зв’язатися щодо цієї пропозиції допомоги',
    offeredBy: (name: string) => `пропонує ${name}`,
  },
  ar: {
    title: 'التواصل بشأن عرض المساعدة هذا',
    offeredBy: (name: string) => `يقدّمه ${name}`,
  },
  tr: {
    title: 'Bu yardım teklifi için iletişime geçin',
    offeredBy: (name: string) => `teklif eden: ${name}`,
  },
  ru: {
    title: 'Связаться по этому предложению помощи',
    offeredBy: (name: string) => `предлагает ${name}`,
  },
  easy: {
    title: 'Nachricht zu diesem Hilfe-Angebot schreiben',
    offeredBy: (name: string) => `Das Angebot ist von ${name}.`,
  },
});
