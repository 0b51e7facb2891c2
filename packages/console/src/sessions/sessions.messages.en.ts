import type { SessionsMessages } from './sessions.messages.js';

export const en: SessionsMessages = {
  heading: 'Sessions',
  intro: 'Where you are signed in. End sessions you do not recognise or no longer need (on a shared office PC, say).',
  caption: 'Active sessions, newest first',
  started: 'Signed in',
  lastSeen: 'Last active',
  expires: 'Ends at the latest',
  from: 'From',
  browser: 'Browser',
  actions: 'Action',
  current: 'this session',
  revoke: 'End',
  revokeLabel: (started) => `End the session from ${started}`,
  revokeCurrent: 'Sign out',
  revoked: 'The session has ended.',
  none: 'No active sessions.',
  unknown: 'unknown',
};
