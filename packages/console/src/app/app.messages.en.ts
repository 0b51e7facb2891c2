import type { AppMessages } from './app.messages.js';

export const en: AppMessages = {
  product: 'mitmachen · Console',
  skip: 'Skip to content',
  nav: 'Console sections',
  views: {
    queue: 'Review',
    audit: 'Audit log',
    sessions: 'Sessions',
    tokens: 'API tokens',
    staff: 'Staff',
    templates: 'Reason templates',
    statistics: 'Figures',
    'personal-data': 'Personal data',
    import: 'Import',
  },
  account: 'Signed in',
  signOut: 'Sign out',
  otherLanguage: 'Deutsch',
  otherLanguageCode: 'de',
  starting: 'Loading the console …',
  sessionEnded: 'Your session has ended.',
  sessionEndedHow: 'Sign in again in a new tab, then come back here: what you typed here stays.',
  signInAgain: 'Sign in again (new tab)',
  signedInAgain: 'I have signed in again',
  analystOnly: 'Your role (analyst) sees no queues. Your figures are under “Figures”.',
  platform: 'Platform',
};
