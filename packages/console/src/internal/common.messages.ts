import { defineMessages } from './localize.js';

/** Words every screen uses for what can go wrong between it and the server. */
const de = {
  tooMany: (minutes: number) =>
    `Zu viele Versuche. Bitte versuchen Sie es in ${minutes <= 1 ? 'einer Minute' : `${minutes} Minuten`} noch einmal.`,
  network: 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es noch einmal.',
  signedOut: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich neu an; was Sie eingegeben haben, bleibt hier stehen.',
  forbidden: 'Dafür fehlt Ihnen die Berechtigung.',
  notFound: 'Das gibt es nicht (mehr), oder es liegt außerhalb Ihres Bereichs.',
  conflict: 'Das hat sich inzwischen geändert. Bitte laden Sie neu.',
  failed: 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
  retry: 'Erneut versuchen',
  loading: 'Wird geladen …',
};

export type CommonMessages = typeof de;

export const commonMessages = defineMessages(de, () => import('./common.messages.en.js'));
