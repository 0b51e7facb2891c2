/**
 * How the server logs: JSON lines (pino, for log collectors) or, for a person watching a
 * terminal, one short readable line per request (`GET /v1/opportunities?q=hund 200 12 ms`) and
 * warnings and errors as plain sentences.
 */
import type { FastifyReply, FastifyServerOptions } from 'fastify';

export type LogFormat = 'json' | 'pretty';

/** LOG_FORMAT's values; `auto` is readable lines in a terminal, JSON otherwise. */
export const logFormats = ['auto', 'json', 'pretty'] as const;
export type LogFormatSetting = (typeof logFormats)[number];

export function resolveLogFormat(setting: LogFormatSetting, isTerminal: boolean): LogFormat {
  if (setting === 'auto') return isTerminal ? 'pretty' : 'json';
  return setting;
}

/** Fastify's `logger` option for a level and format; pretty lines go to `out` (stdout). */
export function loggerOptions(
  level: string,
  format: LogFormat,
  out: { write(text: string): unknown } = process.stdout,
): FastifyServerOptions['logger'] {
  // A manage link's one-click answer carries its secret in the query (manage/links.ts): never logged.
  const req = (request: { method?: string; url?: string; hostname?: string; ip?: string }) => ({
    method: request.method,
    url: withoutSecrets(request.url),
    host: request.hostname,
    remoteAddress: request.ip,
  });
  if (format === 'json') return { level, serializers: { req } };
  return {
    level,
    // The finished request's line names what was asked, so the "incoming request" line can go.
    serializers: {
      req,
      res: (reply: Partial<FastifyReply> & Pick<FastifyReply, 'statusCode'>) => ({
        statusCode: reply.statusCode,
        method: reply.request?.method,
        url: withoutSecrets(reply.request?.url),
      }),
    },
    stream: { write: (line: string) => void writePretty(line, out) },
  };
}

/** The URL with the value of any `token` query parameter replaced. */
export function withoutSecrets(url: string | undefined): string | undefined {
  return url?.replace(/([?&]token=)[^&#]*/gi, '$1…');
}

const levelNames: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warning', 50: 'error', 60: 'fatal' };

interface Entry {
  level?: number;
  msg?: string;
  res?: { statusCode?: number; method?: string; url?: string };
  req?: { method?: string; url?: string };
  responseTime?: number;
  err?: { message?: string; stack?: string };
}

/** One pino JSON line as a readable line, or nothing for the request's first line. */
export function prettyLine(json: string): string | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(json) as Entry;
  } catch {
    return json.trimEnd();
  }
  if (entry.msg === 'incoming request') return undefined;
  if (entry.res?.method && entry.res.url) {
    const time = entry.responseTime === undefined ? '' : ` ${Math.round(entry.responseTime)} ms`;
    const failed = entry.err?.message ? `: ${entry.err.message}` : '';
    return `${entry.res.method} ${entry.res.url} ${entry.res.statusCode ?? '-'}${time}${failed}`;
  }
  const level = entry.level ?? 30;
  const prefix = level >= 40 ? `${levelNames[level] ?? 'error'}: ` : '';
  const request = entry.req?.method && entry.req.url ? ` (${entry.req.method} ${entry.req.url})` : '';
  const message = [entry.msg, entry.err?.message].filter(Boolean).join(': ') || json.trimEnd();
  // A fault nobody foresaw keeps its stack: that is what someone fixing it needs.
  const stack = level >= 50 && entry.err?.stack ? `\n${entry.err.stack}` : '';
  return `${prefix}${message}${request}${stack}`;
}

function writePretty(line: string, out: { write(text: string): unknown }): void {
  const text = prettyLine(line);
  if (text !== undefined) out.write(`${text}\n`);
}
