/**
 * The texts of the messages the platform sends, in German (the platform is German-first),
 * plain text. Pure functions: what goes out is decided here, how it goes out in the worker.
 */
import type { PostingKind } from '@mitmachen/contract';

export interface Message {
  topic: 'interest' | 'offer-contact' | 'decision' | 'sign-in' | 'lifecycle' | 'follow-up' | 'unanswered' | 'alert';
  to: string;
  replyTo?: string;
  subject: string;
  body: string;
  /** Extra headers (e.g. List-Unsubscribe); names and values without line breaks. */
  headers?: Record<string, string>;
}

export interface Sender {
  name: string;
  email: string;
  phone?: string | null;
  message: string;
}

const footer = `-- 
Diese Nachricht wurde über die Engagement-Plattform mitmachen vermittelt.
Ihre E-Mail-Adresse wurde dabei nicht weitergegeben.`;

/** A volunteer's contact request, to the opportunity's contact person; replies go to the volunteer. */
export function interestMessage(listing: { title: string; contactName: string | null; contactEmail: string }, sender: Sender): Message {
  return {
    topic: 'interest',
    to: listing.contactEmail,
    replyTo: address(sender.name, sender.email),
    subject: `Neue Anfrage zu „${listing.title}“`,
    body: [
      `Guten Tag${listing.contactName ? ` ${listing.contactName}` : ''},`,
      '',
      `jemand interessiert sich für Ihr Engagementangebot „${listing.title}“ und hat Ihnen geschrieben:`,
      '',
      ...senderLines(sender),
      '',
      `Antworten Sie einfach auf diese E-Mail: Ihre Antwort geht direkt an ${sender.name}.`,
      '',
      footer,
    ].join('\n'),
  };
}

/** A message to the volunteer behind an offer; the sender learns the address only from a reply. */
export function offerContactMessage(listing: { title: string; displayName: string; email: string }, sender: Sender): Message {
  return {
    topic: 'offer-contact',
    to: listing.email,
    replyTo: address(sender.name, sender.email),
    subject: `Anfrage zu Ihrem Hilfsangebot „${listing.title}“`,
    body: [
      `Hallo ${listing.displayName},`,
      '',
      `über mitmachen möchte Sie jemand zu Ihrem Hilfsangebot „${listing.title}“ erreichen:`,
      '',
      ...senderLines(sender),
      '',
      `Wenn Sie auf diese E-Mail antworten, geht Ihre Antwort an ${sender.name}, und Ihre`,
      'E-Mail-Adresse wird damit sichtbar. Wenn Sie nicht antworten möchten, müssen Sie nichts tun.',
      '',
      footer,
    ].join('\n'),
  };
}

export type Decision = 'published' | 'rejected' | 'unpublished' | 'changes-requested';

/** A moderation decision, to the listing's author, in the language they posted in (German unless English). */
export function decisionMessage(
  kind: PostingKind,
  listing: { title: string; authorName: string | null; authorEmail: string; language?: 'de' | 'en' },
  decision: Decision,
  reason?: string | null,
  /** Lines before the footer (the acceptance mail's manage link). */
  extra: string[] = [],
): Message {
  const words = listing.language === 'en' ? decisionWordsEn(kind, listing.title) : decisionWordsDe(kind, listing.title);
  return {
    topic: 'decision',
    to: listing.authorEmail,
    subject: words.subjects[decision],
    body: [
      words.greeting(listing.authorName),
      '',
      words.leads[decision],
      ...(reason ? ['', words.reason, reason] : []),
      ...(decision === 'published' ? [] : ['', words.again]),
      ...extra,
      '',
      words.footer,
    ].join('\n'),
  };
}

interface DecisionWords {
  subjects: Record<Decision, string>;
  leads: Record<Decision, string>;
  greeting: (name: string | null) => string;
  reason: string;
  again: string;
  footer: string;
}

function decisionWordsDe(kind: PostingKind, title: string): DecisionWords {
  const what = kind === 'opportunity' ? 'Ihr Engagementangebot' : 'Ihr Hilfsangebot';
  return {
    subjects: {
      published: `${what} „${title}“ ist veröffentlicht`,
      rejected: `${what} „${title}“ wurde nicht veröffentlicht`,
      unpublished: `${what} „${title}“ ist nicht mehr veröffentlicht`,
      'changes-requested': `${what} „${title}“: bitte überarbeiten`,
    },
    leads: {
      published: `${what} „${title}“ wurde geprüft und ist ab sofort auf mitmachen zu finden. Vielen Dank!`,
      rejected: `${what} „${title}“ wurde geprüft, kann so aber leider nicht veröffentlicht werden.`,
      unpublished: `${what} „${title}“ wurde nach einem Hinweis geprüft und ist nicht mehr veröffentlicht.`,
      'changes-requested': `${what} „${title}“ wurde geprüft. Bevor es veröffentlicht werden kann, braucht es noch Änderungen.`,
    },
    greeting: (name) => `Guten Tag${name ? ` ${name}` : ''},`,
    reason: 'Begründung der Redaktion:',
    again: 'Sie können es gern überarbeitet erneut einreichen.',
    footer,
  };
}

function decisionWordsEn(kind: PostingKind, title: string): DecisionWords {
  const what = kind === 'opportunity' ? 'Your volunteering opportunity' : 'Your offer of help';
  return {
    subjects: {
      published: `${what} “${title}” is published`,
      rejected: `${what} “${title}” was not published`,
      unpublished: `${what} “${title}” is no longer published`,
      'changes-requested': `${what} “${title}”: please revise it`,
    },
    leads: {
      published: `${what} “${title}” has been reviewed and can be found on mitmachen from now on. Thank you!`,
      rejected: `${what} “${title}” has been reviewed but unfortunately cannot be published as it is.`,
      unpublished: `${what} “${title}” was reviewed after a report and is no longer published.`,
      'changes-requested': `${what} “${title}” has been reviewed. It needs some changes before it can be published.`,
    },
    greeting: (name) => `Hello${name ? ` ${name}` : ''},`,
    reason: 'The editors’ reason:',
    again: 'You are welcome to revise it and submit it again.',
    footer: footerEn,
  };
}

const footerEn = `-- 
This message was sent through the volunteering platform mitmachen.
Your e-mail address was not passed on.`;

/** A console sign-in link, to a staff member who asked for it. */
export function signInMessage(to: string, link: string, minutes: number): Message {
  return {
    topic: 'sign-in',
    to,
    subject: 'Ihr Anmeldelink für die mitmachen-Konsole',
    body: [
      'Guten Tag,',
      '',
      'mit diesem Link melden Sie sich bei der mitmachen-Konsole an:',
      '',
      link,
      '',
      `Der Link gilt ${minutes} Minuten, nur einmal und nur in dem Browser, in dem Sie ihn angefordert haben.`,
      'Wenn Sie keinen Link angefordert haben, können Sie diese E-Mail einfach löschen.',
      '',
      '-- ',
      'mitmachen',
    ].join('\n'),
  };
}

function senderLines(sender: Sender): string[] {
  return [
    `Name: ${sender.name}`,
    `E-Mail: ${sender.email}`,
    ...(sender.phone ? [`Telefon: ${sender.phone}`] : []),
    '',
    'Nachricht:',
    sender.message,
  ];
}

/** `"Name" <email>`, with the quotes and backslashes in the name escaped (RFC 5322 quoted string). */
export function address(name: string, email: string): string {
  return `"${name.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}" <${email}>`;
}
