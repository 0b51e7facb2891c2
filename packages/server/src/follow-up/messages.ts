/**
 * The two mails of the follow-up: the question to whoever sent a contact request, 14 days after
 * it (a volunteer about an opportunity, or someone about a volunteer's offer), and the note to an
 * organisation whose listing volunteers repeatedly found unanswered. German first, English
 * below: the request carries no language, and both must be understood.
 */
import type { Message } from '../mail/messages.js';
import { followUpKinds, type FollowUpKind } from './kinds.js';

export type FollowUpAnswer = 'placed' | 'answered' | 'no-answer';
export const followUpAnswers: readonly FollowUpAnswer[] = ['placed', 'answered', 'no-answer'];

/** The words for each answer, in the mail and on the confirm page. */
export const answerLabels: Record<FollowUpAnswer, { de: string; en: string }> = {
  placed: { de: 'Ja, und wir sind uns einig geworden', en: 'Yes, and we agreed' },
  answered: { de: 'Ja, aber es hat nicht gepasst', en: 'Yes, but it did not fit' },
  'no-answer': { de: 'Nein, keine Antwort', en: 'No reply' },
};

/** The link for one answer: a confirm page (GET), which then sends the answer (POST). */
export function answerLink(origin: string, secret: string, answer: FollowUpAnswer): string {
  return `${origin}/follow-up/${secret}?answer=${answer}`;
}

export function followUpMessage(
  to: string,
  name: string,
  title: string,
  origin: string,
  secret: string,
  kind: FollowUpKind = followUpKinds.interest,
): Message {
  const links = (language: 'de' | 'en') => followUpAnswers.flatMap((answer) => [`${answerLabels[answer][language]}:`, answerLink(origin, secret, answer), '']);
  return {
    topic: 'follow-up',
    to,
    subject: `${kind.question.de} / ${kind.question.en} („${title}“)`,
    body: [
      `Hallo ${name},`,
      '',
      kind.contacted.de(title),
      '',
      ...links('de'),
      'Ihre Antwort hilft der Freiwilligenagentur, die Angebote aktuell zu halten. Sie wird nur gezählt; Ihr Name und Ihre Nachricht werden nach 90 Tagen gelöscht.',
      '',
      '— English —',
      '',
      kind.contacted.en(title),
      '',
      ...links('en'),
      'Your answer helps the volunteer agency keep the listings current. It is only counted; your name and message are deleted after 90 days.',
      '',
      '-- ',
      'mitmachen',
    ].join('\n'),
  };
}

export function unansweredMessage(
  to: string,
  contactName: string | null,
  title: string,
  noReply: number,
  kind: FollowUpKind = followUpKinds.interest,
): Message {
  return {
    topic: 'unanswered',
    to,
    subject: `Anfragen zu „${title}“ bisher ohne Antwort / Requests without a reply`,
    body: [
      `Guten Tag${contactName ? ` ${contactName}` : ''},`,
      '',
      `${noReply} Interessierte haben uns mitgeteilt, dass sie auf ihre Anfrage zu ${kind.yourListing.de} „${title}“ keine Antwort bekommen haben.`,
      'Bitte schauen Sie in Ihr Postfach (auch in den Spam-Ordner) und antworten Sie den Interessierten. Ist das Angebot nicht mehr aktuell, sagen Sie uns bitte Bescheid, damit wir es aus der Suche nehmen.',
      'Die Freiwilligenagentur Ihrer Region sieht diesen Hinweis ebenfalls und meldet sich gegebenenfalls bei Ihnen.',
      '',
      '— English —',
      '',
      `${noReply} people told us that their request about ${kind.yourListing.en} “${title}” got no reply. Please check your inbox (and spam folder) and answer them. If the listing is no longer current, please let us know so we can take it off the search.`,
      '',
      '-- ',
      'mitmachen',
    ].join('\n'),
  };
}
