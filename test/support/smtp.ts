/**
 * A real SMTP server on a free loopback port (the `smtp-server` package) that keeps every
 * message it accepts, decoded as a mail client would show it. `refuseNext(n)` makes it answer
 * the next n messages with a temporary error (451), as a busy mail server does.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  /** Header values by lower-case name, decoded (RFC 2047 encoded words). */
  headers: Map<string, string>;
  /** The text body, decoded (quoted-printable or base64, UTF-8). */
  text: string;
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:PORT`, for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Refuses the next `count` messages with 451 after their data arrived. */
  refuseNext(count: number): void;
  /** How many messages were refused so far. */
  readonly refused: number;
  /** Resolves with the first message `match` accepts, as soon as it has arrived. */
  next(match: (mail: ReceivedMail) => boolean): Promise<ReceivedMail>;
  /** Resolves once `count` messages have arrived in total. */
  waitFor(count: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  // Each waiter checks the messages so far; true when it is satisfied (and has resolved).
  const waiters = new Set<() => boolean>();
  const until = <T>(check: () => T | undefined): Promise<T> =>
    new Promise((resolve) => {
      const waiter = () => {
        const found = check();
        if (found === undefined) return false;
        resolve(found);
        return true;
      };
      if (!waiter()) waiters.add(waiter);
    });
  let toRefuse = 0;
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no TLS certificate to provide, nothing to negotiate.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Closing waits for connections still open, at most this long.
    closeTimeout: 500,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (toRefuse > 0) {
          toRefuse--;
          refused++;
          const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        received.push(parse(Buffer.concat(chunks).toString('latin1'), session.envelope.rcptTo.map((rcpt) => rcpt.address)));
        callback();
        for (const waiter of [...waiters]) if (waiter()) waiters.delete(waiter);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (count) => (toRefuse = count),
    get refused() {
      return refused;
    },
    next: (match) => until(() => received.find(match)),
    waitFor: (count) => until(() => (received.length >= count ? received.slice() : undefined)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Headers and text of a single-part message as nodemailer writes plain-text mail. */
function parse(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const body = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const bytes =
    encoding === 'quoted-printable' ? quotedPrintable(body)
    : encoding === 'base64' ? Buffer.from(body, 'base64')
    : Buffer.from(body, 'latin1');
  return { to, headers, text: bytes.toString('utf8').replace(/\r\n/g, '\n').replace(/\n$/, '') };
}

function quotedPrintable(text: string): Buffer {
  const soft = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(soft.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047: `=?UTF-8?Q?…?=` and `=?UTF-8?B?…?=`; whitespace between two encoded words is dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : quotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    );
}
