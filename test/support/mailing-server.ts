/**
 * A real server that sends its mails to a real SMTP server, with a clock the test moves forward
 * (nothing sleeps): the set-up of the tests that follow mails over days (follow-ups, alerts).
 * Call it at a test file's top level; it registers the file's `before` and `after` hooks.
 */
import { after, before } from 'node:test';
import { startTestServer, testAdminToken, type TestServer } from './server.js';
import { startSmtpServer, type TestSmtpServer } from './smtp.js';

const DAY = 24 * 60 * 60 * 1000;

export interface MailingServer {
  readonly server: TestServer;
  readonly smtp: TestSmtpServer;
  /** Moves the server's clock forward. */
  advance: (ms: number) => void;
  advanceDays: (days: number) => void;
  /** Runs the scheduled jobs due at the moved clock; resolves with how many ran. */
  runJobs: () => Promise<number>;
}

export function useMailingServer(seed: { opportunities: number; offers: number }): MailingServer {
  let offsetMs = 0;
  let server: TestServer | undefined;
  let smtp: TestSmtpServer | undefined;
  before(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer({
      seed,
      adminToken: testAdminToken,
      env: { SMTP_URL: smtp.url },
      clock: () => new Date(Date.now() + offsetMs),
    });
  });
  after(async () => {
    await server?.close();
    await smtp?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useMailingServer: the server starts in the file’s before hook');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get smtp() {
      return started(smtp);
    },
    advance: (ms) => void (offsetMs += ms),
    advanceDays: (days) => void (offsetMs += days * DAY),
    runJobs: () => started(server).jobs.runDue(),
  };
}
