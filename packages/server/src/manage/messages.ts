/**
 * The lifecycle's mails, in German or English (the author's language when known, else German):
 * plain text, short, each with the manage link and, where there is one, a one-click answer
 * (a confirm page, so mail scanners following links change nothing).
 */
import type { PostingKind } from '@mitmachen/contract';
import type { Message } from '../mail/messages.js';
import { actionUrl, manageUrl, type MailAction } from './links.js';

export type Language = 'de' | 'en';

export function languageOf(value: string | null | undefined): Language {
  return value === 'en' ? 'en' : 'de';
}

export interface Recipient {
  kind: PostingKind;
  title: string;
  name: string | null;
  email: string;
  language: Language;
}

export interface Links {
  origin: string;
  token: string;
}

const what = {
  de: { opportunity: 'Ihr Engagementangebot', offer: 'Ihr Hilfsangebot' },
  en: { opportunity: 'Your volunteering opportunity', offer: 'Your offer of help' },
} as const;

const actionLabels: Record<Language, Record<MailAction, string>> = {
  de: { extend: 'Verlängern', renew: 'Wieder veröffentlichen', confirm: 'Ja, noch aktuell', pause: 'Pausieren', fill: 'Besetzt', withdraw: 'Löschen' },
  en: { extend: 'Extend', renew: 'Publish again', confirm: 'Yes, still current', pause: 'Pause', fill: 'Filled', withdraw: 'Delete' },
};

const footers: Record<Language, string> = {
  de: '-- \nmitmachen – diese Nachricht wurde automatisch verschickt. Den Link bitte nicht weitergeben: Er öffnet Ihr Angebot.',
  en: '-- \nmitmachen – this message was sent automatically. Please do not share the link: it opens your listing.',
};

function greeting(to: Recipient): string {
  if (to.language === 'en') return `Hello${to.name ? ` ${to.name}` : ''},`;
  return `Guten Tag${to.name ? ` ${to.name}` : ''},`;
}

function manageLines(to: Recipient, links: Links): string[] {
  return [to.language === 'en' ? 'Manage your listing (edit, pause, mark filled, withdraw):' : 'Ihr Angebot verwalten (bearbeiten, pausieren, als besetzt markieren, zurückziehen):', manageUrl(links.origin, links.token)];
}

function actionLines(to: Recipient, links: Links, actions: MailAction[]): string[] {
  return actions.flatMap((action) => [`${actionLabels[to.language][action]}: ${actionUrl(links.origin, links.token, action)}`]);
}

function message(to: Recipient, subject: string, lines: string[]): Message {
  return { topic: 'lifecycle', to: to.email, subject, body: [greeting(to), '', ...lines, '', footers[to.language]].join('\n') };
}

/** The lines the acceptance mail gains: the link to manage the listing from now on. */
export function acceptedLines(to: Recipient, links: Links): string[] {
  return [
    '',
    to.language === 'en'
      ? 'With this personal link you can keep it current at any time, without an account:'
      : 'Mit diesem persönlichen Link halten Sie es jederzeit aktuell, ohne Konto:',
    manageUrl(links.origin, links.token),
    to.language === 'en' ? 'Please keep this mail and do not share the link.' : 'Bitte heben Sie diese E-Mail auf und geben Sie den Link nicht weiter.',
  ];
}

/** 7 or 3 days before the end date. */
export function expiryReminder(to: Recipient, links: Links, endDate: string, days: number): Message {
  const en = to.language === 'en';
  return message(to, en ? `“${to.title}” ends in ${days} days` : `„${to.title}“ endet in ${days} Tagen`, [
    en
      ? `${what.en[to.kind]} “${to.title}” is shown until ${endDate}. Still looking for people? Extend it with one click (30 days more):`
      : `${what.de[to.kind]} „${to.title}“ wird bis zum ${germanDate(endDate)} angezeigt. Suchen Sie noch Leute? Mit einem Klick verlängern Sie um 30 Tage:`,
    ...actionLines(to, links, ['extend']),
    '',
    ...manageLines(to, links),
  ]);
}

/** The end date passed: 30 days to bring it back. */
export function expiredNotice(to: Recipient, links: Links, renewableUntil: string): Message {
  const en = to.language === 'en';
  return message(to, en ? `“${to.title}” has ended` : `„${to.title}“ ist abgelaufen`, [
    en
      ? `${what.en[to.kind]} “${to.title}” reached its end date and is no longer shown. Until ${renewableUntil} you can publish it again with one click:`
      : `${what.de[to.kind]} „${to.title}“ hat sein Enddatum erreicht und wird nicht mehr angezeigt. Bis zum ${germanDate(renewableUntil)} können Sie es mit einem Klick wieder veröffentlichen:`,
    ...actionLines(to, links, ['renew']),
    '',
    ...manageLines(to, links),
  ]);
}

/** Every N days for listings without an end date. */
export function stillCurrentQuestion(to: Recipient, links: Links, answerBy: string): Message {
  const en = to.language === 'en';
  return message(to, en ? `Is “${to.title}” still current?` : `Ist „${to.title}“ noch aktuell?`, [
    en
      ? `${what.en[to.kind]} “${to.title}” has been online for a while. Is it still current? Please answer by ${answerBy}; without an answer it leaves the search then.`
      : `${what.de[to.kind]} „${to.title}“ ist schon eine Weile online. Ist es noch aktuell? Bitte antworten Sie bis zum ${germanDate(answerBy)}; ohne Antwort wird es dann nicht mehr angezeigt.`,
    '',
    ...actionLines(to, links, ['confirm', 'pause', 'fill', 'withdraw']),
    '',
    ...manageLines(to, links),
  ]);
}

/** To the author: the question went unanswered, the listing left the search. */
export function unconfirmedNotice(to: Recipient, links: Links): Message {
  const en = to.language === 'en';
  return message(to, en ? `“${to.title}” is no longer shown` : `„${to.title}“ wird nicht mehr angezeigt`, [
    en
      ? `We did not hear back whether “${to.title}” is still current, so it is no longer shown. If it is, bring it back with one click:`
      : `Wir haben keine Antwort bekommen, ob „${to.title}“ noch aktuell ist, deshalb wird es nicht mehr angezeigt. Wenn es noch aktuell ist, holen Sie es mit einem Klick zurück:`,
    ...actionLines(to, links, ['confirm']),
    '',
    ...manageLines(to, links),
  ]);
}

/** To the agency's staff: a listing in their region left the search unconfirmed. */
export function agencyUnconfirmedNotice(to: string, listing: { kind: PostingKind; id: string; title: string; region: string }): Message {
  return {
    topic: 'lifecycle',
    to,
    subject: `Nicht bestätigt und aus der Suche genommen: „${listing.title}“`,
    body: [
      'Guten Tag,',
      '',
      `die Anbieter von „${listing.title}“ (${listing.kind === 'opportunity' ? 'Engagementangebot' : 'Hilfsangebot'}, ${listing.region}) haben nicht bestätigt, dass es noch aktuell ist. Es wird deshalb nicht mehr in der Suche angezeigt.`,
      `In der Konsole: ${listing.kind}/${listing.id}`,
      '',
      '-- ',
      'mitmachen',
    ].join('\n'),
  };
}

/** "Send me my links again": one mail with a fresh link per listing of the address. */
export function linksMessage(email: string, language: Language, listings: Array<{ title: string; url: string }>): Message {
  const en = language === 'en';
  return {
    topic: 'lifecycle',
    to: email,
    subject: en ? 'Your links to manage your listings' : 'Ihre Links zum Verwalten Ihrer Angebote',
    body: [
      en ? 'Hello,' : 'Guten Tag,',
      '',
      en ? 'you asked for the links to your listings on mitmachen. Here they are:' : 'Sie haben die Links zu Ihren Angeboten bei mitmachen angefordert. Hier sind sie:',
      '',
      ...listings.flatMap((listing) => [listing.title, listing.url, '']),
      en ? 'If you did not ask for them, you can ignore this mail; your earlier links keep working.' : 'Wenn Sie die Links nicht angefordert haben, können Sie diese E-Mail ignorieren; Ihre bisherigen Links gelten weiter.',
      '',
      footers[language],
    ].join('\n'),
  };
}

/** `2026-03-14` → `14.03.2026`. */
function germanDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}
