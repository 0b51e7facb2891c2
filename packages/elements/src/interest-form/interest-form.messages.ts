import { defineMessages } from '../internal/localize.js';

/** The contact form's own words (the forms' shared words are in forms/form.messages.ts). */
const german = {
  name: 'Ihr Name',
  email: 'Ihre E-Mail-Adresse',
  emailHint: 'Die Organisation antwortet Ihnen an diese Adresse. Sie wird nicht veröffentlicht.',
  offerEmailHint: 'Die Person antwortet Ihnen an diese Adresse. Sie wird nicht veröffentlicht.',
  phone: 'Telefonnummer',
  phoneHint: 'Falls Sie lieber angerufen werden möchten.',
  message: 'Ihre Nachricht',
  messageHint: 'Schreiben Sie kurz, warum Sie mitmachen möchten und wann Sie Zeit haben (10 bis 2000 Zeichen).',
  offerMessageHint: 'Schreiben Sie kurz, wobei Sie Unterstützung suchen und wie Sie erreichbar sind (10 bis 2000 Zeichen).',
  submit: 'Nachricht senden',
  thanks: 'Ihre Nachricht ist angekommen.',
  next: 'Wir leiten sie an die Organisation weiter. Sie meldet sich dann direkt bei Ihnen, meist innerhalb weniger Tage.',
  offerNext: 'Wir leiten sie an die Person weiter, die das Hilfsangebot eingestellt hat. Sie meldet sich dann direkt bei Ihnen.',
  filled: 'Dieses Angebot ist inzwischen besetzt: Die Organisation nimmt keine Anfragen mehr an. Ihre Nachricht wurde nicht gesendet; Ihr Text bleibt hier stehen.',
  gone: 'Dieses Angebot gibt es nicht mehr. Vielleicht ist es schon besetzt oder abgelaufen. Ihre Nachricht wurde nicht gesendet.',
  noSubject: 'Dieses Kontaktformular weiß nicht, an wen es gehen soll (es fehlt das Attribut „opportunity-id“ oder „offer-id“).',
};

export type InterestMessages = typeof german;

export const interestMessages = defineMessages({
  de: german,
  en: {
    name: 'Your name',
    email: 'Your email address',
    emailHint: 'The organisation replies to this address. It is not published.',
    offerEmailHint: 'The person replies to this address. It is not published.',
    phone: 'Phone number',
    phoneHint: 'In case you would rather be called.',
    message: 'Your message',
    messageHint: 'Say briefly why you would like to join and when you have time (10 to 2000 characters).',
    offerMessageHint: 'Say briefly what you would like help with and how to reach you (10 to 2000 characters).',
    submit: 'Send message',
    thanks: 'Your message has arrived.',
    next: 'We pass it on to the organisation. They will then contact you directly, usually within a few days.',
    offerNext: 'We pass it on to the person who posted the offer. They will then contact you directly.',
    filled: 'This opportunity has been filled in the meantime: the organisation takes no more requests. Your message was not sent; your text stays here.',
    gone: 'This opportunity no longer exists. It may have been filled or have expired. Your message was not sent.',
    noSubject: 'This contact form does not know whom to write to (the “opportunity-id” or “offer-id” attribute is missing).',
  },
  uk: () => import('./interest-form.messages.uk.js'),
  ar: () => import('./interest-form.messages.ar.js'),
  tr: () => import('./interest-form.messages.tr.js'),
  ru: () => import('./interest-form.messages.ru.js'),
  easy: () => import('./interest-form.messages.easy.js'),
});
