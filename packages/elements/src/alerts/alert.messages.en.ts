import type { AlertMessages } from './alert.messages.js';

const words: AlertMessages = {
  subscribe: 'Notify me: subscribe by e-mail',
  feed: 'This search as a feed (Atom)',
  hint: 'At most one e-mail a day or a week, only when there are new listings for this search. You first get a link to confirm; unsubscribing takes one click.',
  email: 'E-mail address',
  frequency: 'How often?',
  daily: 'Daily',
  weekly: 'Weekly',
  send: 'Subscribe',
  sending: 'Sending …',
  sent: (email: string) => `Almost done: please confirm with the link in the e-mail to ${email}.`,
  emailInvalid: 'Please enter a valid e-mail address, for example name@example.org.',
  failed: 'That did not work. Please try again.',
};

export { words as en };
