import type { FormMessages } from './form.messages.js';

// A form's English words, in a module of their own: a German page never loads them.

const english: FormMessages = {
  required: (label: string) => `Please fill in “${label}”.`,
  choose: (label: string) => `Please choose an option for “${label}”.`,
  tooShort: (label: string, n: number) => `“${label}” must be at least ${n} characters long.`,
  tooLong: (label: string, n: number) => `“${label}” must be at most ${n} characters long.`,
  email: 'Please enter an email address in the form name@example.com.',
  url: 'Please enter a web address that starts with https:// or http://.',
  tel: 'Please enter a phone number of 5 to 40 characters: digits, spaces and + ( ) / - only.',
  postalCode: 'Please enter a five-digit postcode, for example 01067.',
  number: (label: string) => `Please enter a number for “${label}”.`,
  wholeNumber: (label: string) => `Please enter a whole number for “${label}”.`,
  between: (label: string, min: number, max: number) => `“${label}” must be between ${min} and ${max}.`,
  moreThan: (label: string, min: number, max: number) => `“${label}” must be more than ${min} and at most ${max}.`,
  date: (label: string) => `Please enter a date for “${label}”, for example 24/12/2026.`,
  time: (label: string) => `Please enter a time for “${label}”, for example 15:30.`,
  notPast: (label: string) => `“${label}” must not be in the past.`,
  chooseRange: (label: string, min: number, max: number) =>
    min === max ? `Please choose exactly ${min} for “${label}”.` : `Please choose ${min} to ${max} for “${label}”.`,
  chooseAtMost: (label: string, max: number) => `Please choose at most ${max} for “${label}”.`,
  rejected: (label: string, detail: string) => `“${label}” was not accepted (${detail}). Please check it.`,
  errorPrefix: 'Error:',
  optional: '(optional)',
  summaryTitle: 'Please check what you entered',
  consent: 'I agree that my details are stored and passed on to handle this request.',
  consentLink: 'Read the privacy notice (opens in a new tab)',
  consentLabel: 'Consent',
  consentMissing: 'Please agree that your details may be processed. Without your consent nothing is sent.',
  honeypot: 'Please leave this field empty',
  submit: 'Send',
  sending: 'Sending …',
  sendingStatus: 'Your details are being sent. Please wait a moment.',
  networkFailed:
    'Your details could not be sent because there is no connection to the server. Nothing is lost: everything you entered is still in the form.',
  serverFailed: 'The server could not accept your details just now. Nothing is lost: everything you entered is still in the form.',
  tooMany: 'Too many requests were sent just now. Please wait a minute and then try again.',
  retry: 'Send again',
  draftRestored: 'We restored what you entered before.',
  choicesLoading: 'Loading the choices …',
  choicesFailed: 'The choices could not be loaded.',
  loadAgain: 'Load again',
  thanks: 'Thank you!',
};

export { english as en };
