import type { CommonMessages } from './common.messages.js';

export const en: CommonMessages = {
  tooMany: (minutes) => `Too many attempts. Please try again in ${minutes <= 1 ? 'a minute' : `${minutes} minutes`}.`,
  network: 'The server cannot be reached. Please check the connection and try again.',
  signedOut: 'Your session has ended. Please sign in again; what you typed stays here.',
  forbidden: 'You are not allowed to do that.',
  notFound: 'This does not exist (any more), or it is outside your area.',
  conflict: 'This has changed in the meantime. Please reload.',
  failed: 'That did not work. Please try again.',
  retry: 'Try again',
  loading: 'Loading …',
};
