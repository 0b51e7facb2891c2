import type { SignInMessages } from './sign-in.messages.js';

export const en: SignInMessages = {
  heading: 'Sign in to the console',
  intro: 'We send you a sign-in link by e-mail. You need no password.',
  emailLabel: 'Work e-mail address',
  emailHint: 'The address your agency registered you with.',
  send: 'Send sign-in link',
  sending: 'Sending …',
  emailMissing: 'Please enter your e-mail address.',
  emailInvalid: 'Please enter a valid e-mail address, such as name@agency.org.',
  sentHeading: 'Please check your inbox',
  sent: (email) => `If ${email} may use the console, we have just sent a sign-in link to that address.`,
  sentRules: 'The link works for 10 minutes, once, and only in this browser. Open it here, on this device.',
  sentNothing: 'No e-mail? Look in your spam folder, or ask for a new link.',
  again: 'Use another address',
  passkeyHeading: 'Or with a passkey',
  passkeyIntro: 'If you have created a passkey in the console, sign in with it without an e-mail.',
  passkey: 'Sign in with a passkey',
  passkeyBusy: 'Your device asks for the passkey …',
  passkeyCancelled: 'Signing in with a passkey was cancelled or timed out. Try again, or ask for a sign-in link.',
  passkeyRefused: 'This passkey does not work: it is unknown or was removed. Ask for a sign-in link.',
};
