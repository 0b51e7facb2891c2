import type { ConfirmMessages } from './confirm.messages.js';

export const en: ConfirmMessages = {
  heading: 'Confirm sign-in',
  intro: 'You opened a sign-in link for the console. Sign in with one click.',
  confirm: 'Sign in now',
  confirming: 'Signing in …',
  invalid:
    'This link does not work (any more): it has expired, has been used, or was asked for in another browser. Please ask for a new link, in this browser.',
  newLink: 'Ask for a new link',
  passkeyRequired:
    'Your operator account has a passkey: please sign in with it. If it is lost, another operator removes it in the console.',
  toPasskey: 'Sign in with a passkey',
};
