/**
 * Delivers the outbox by SMTP. Any number of workers (one per server process) may run on one
 * database: each claims rows with a lease, so a message is sent by one worker at a time. A
 * message counts as sent when the SMTP server accepted it; if a worker dies between that and
 * recording it, the lease runs out and the message goes again, with the same Message-ID, so
 * mail software drops the duplicate.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Queryable } from '../db/database.js';
import { claimDue, markAttemptFailed, markSent, noteWaiting, type OutboxRow } from './outbox.js';

export interface MailSettings {
  /** `smtp://user:password@host:587` or `smtps://…`; undefined: messages wait in the outbox. */
  smtpUrl: string | undefined;
  /** The From address, e.g. `"mitmachen" <noreply@mitmachen.example.org>`; its domain names the Message-IDs. */
  from: string;
}

export interface WorkerOptions {
  /** How often the worker looks for due messages (a `wake()` looks at once); 0: only when woken. */
  pollMs?: number;
  /** Messages claimed per round. */
  batch?: number;
  /** How long a claimed message is held; longer than one SMTP conversation can take. */
  leaseMs?: number;
  /** Attempts before a message is given up. */
  maxAttempts?: number;
  /** Wait after the first failed attempt; doubled for each further one, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A message that waits because no SMTP is configured, once per message. */
  onWaiting?: (message: { id: string; topic: string }) => void;
  /** A failed attempt (never with the message's content). */
  onError?: (error: unknown, message?: { id: string; topic: string; attempts: number; givenUp: boolean }) => void;
}

export const workerDefaults = {
  pollMs: 2_000,
  batch: 5,
  // Covers a whole batch sent one after another, each bounded by the SMTP timeouts, so a live
  // worker never loses a message it is still working through to another worker.
  leaseMs: 10 * 60 * 1000,
  maxAttempts: 8,
  backoffMs: 30_000,
  maxBackoffMs: 6 * 60 * 60 * 1000,
} as const;

/** Longest an SMTP server may stay silent (connecting, greeting, any later answer). */
export const smtpTimeoutMs = 30_000;

export interface OutboxWorker {
  /** Looks for due messages now (after a change that queued one). */
  wake(): void;
  /** One delivery round; resolves when it is done. Returns how many messages were sent. */
  deliverDue(): Promise<number>;
  /** Stops polling and waits for a round in progress; the SMTP connection is closed. */
  stop(): Promise<void>;
}

export function createOutboxWorker(db: Queryable, mail: MailSettings, options: WorkerOptions = {}): OutboxWorker {
  const settings = { ...workerDefaults, ...options };
  const transport: Transporter | undefined =
    mail.smtpUrl === undefined
      ? undefined
      : nodemailer.createTransport({
          url: mail.smtpUrl,
          // nodemailer waits up to 10 minutes on a silent server; a stuck send would hold the
          // shutdown that long. A timed-out attempt is simply retried later.
          connectionTimeout: smtpTimeoutMs,
          greetingTimeout: smtpTimeoutMs,
          socketTimeout: smtpTimeoutMs,
        });
  const domain = /@([^>\s]+)>?\s*$/.exec(mail.from)?.[1] ?? 'mitmachen.invalid';
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;
  let stopped = false;

  const send = async (row: OutboxRow): Promise<boolean> => {
    try {
      await transport?.sendMail({
        from: mail.from,
        to: row.recipient,
        ...(row.reply_to === null ? {} : { replyTo: row.reply_to }),
        subject: row.subject,
        text: row.body,
        messageId: `<${row.id}@${domain}>`,
        headers: { ...(row.headers ?? {}), 'Auto-Submitted': 'auto-generated' },
      });
      await markSent(db, row);
      return true;
    } catch (error) {
      const givenUp = row.attempts >= settings.maxAttempts;
      const wait = Math.min(settings.maxBackoffMs, settings.backoffMs * 2 ** (row.attempts - 1));
      await markAttemptFailed(db, row, error instanceof Error ? error.message : String(error), givenUp ? undefined : wait);
      settings.onError?.(error, { id: row.id, topic: row.topic, attempts: row.attempts, givenUp });
      return false;
    }
  };

  const round = async (): Promise<number> => {
    if (!transport) {
      for (const message of await noteWaiting(db)) settings.onWaiting?.(message);
      return 0;
    }
    let sent = 0;
    for (;;) {
      const rows = await claimDue(db, settings.batch, settings.leaseMs);
      for (const row of rows) if (await send(row)) sent++;
      if (rows.length < settings.batch || stopped) return sent;
    }
  };

  const deliverDue = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = round()
      .catch((error: unknown) => {
        settings.onError?.(error);
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (again && !stopped) {
          again = false;
          void deliverDue();
        }
      });
    return running;
  };

  const schedule = () => {
    // pollMs 0: rounds only on wake() or deliverDue() (tests drive the worker themselves).
    if (stopped || !(settings.pollMs > 0 && Number.isFinite(settings.pollMs))) return;
    timer = setTimeout(() => {
      void deliverDue().finally(schedule);
    }, settings.pollMs);
    timer.unref();
  };
  schedule();

  return {
    wake: () => void deliverDue(),
    deliverDue,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      while (running) await running;
      transport?.close();
    },
  };
}
