import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { logFormats, type LogFormatSetting } from './http/log-format.js';

/** Fixed limits; every number the server enforces on clients and itself is named here. */
export const limits = {
  /** Largest request body accepted (413 above). */
  bodyBytes: 64 * 1024,
  /** Largest file the console's import takes (413 above); it travels base64 in a JSON body. */
  importFileBytes: 10 * 1024 * 1024,
  /** A client must have sent its whole request by then (Node's `requestTimeout`; stops slow senders). */
  requestTimeoutMs: 30_000,
  /** A request not answered by then gets 503; its work may still finish (creating POSTs are idempotent). */
  handlerTimeoutMs: 30_000,
  /**
   * At shutdown, how long requests already received may still run (a request answered 503 after
   * the handler timeout may still be working). Then connections are cut and the database closes.
   */
  shutdownGraceMs: 30_000,
  /** Longest path segment the router matches; ids are UUIDs (36 characters). */
  pathParameterLength: 100,
  /** `/health` reports the database as down when `SELECT 1` takes longer. */
  healthCheckTimeoutMs: 2_000,
  /**
   * How long an idle keep-alive connection stays open. Above the 60 s idle timeout common load
   * balancers use, so the proxy closes first and never reuses a socket the server just closed.
   */
  keepAliveTimeoutMs: 72_000,
  /** PostgreSQL cancels any single statement running longer (the request then answers 503). */
  statementTimeoutMs: 10_000,
  /** PostgreSQL connections per server process. */
  poolSize: 10,
  /**
   * Longest wait for a PostgreSQL connection (opening one, or for a free one in a busy pool);
   * then the request answers 503. Without it a database that drops packets would hold every
   * request until the handler timeout.
   */
  connectTimeoutMs: 5_000,
  /** Seconds a client should wait when the server is starting or the database is away. */
  retryAfterSeconds: 1,
  /** A proof-of-work challenge must be solved and used within this time. */
  altchaExpiresMs: 10 * 60 * 1000,
} as const;

/**
 * The proof-of-work difficulty: the secret number lies from 0 to this, so a solver tries half
 * of it on average. altcha-lib's Web Crypto solver tries about 50,000 candidates a second (Node 20
 * here; mid-range phones are in that range), so a volunteer waits about half a second, while
 * typing, and a spammer pays that for every single posting.
 */
export const defaultAltchaMaxNumber = 50_000;
/**
 * A minute: a database container that starts alongside the server is up long before; one still
 * away then is misconfigured or down, and the orchestrator should hear of it (exit 1).
 */
export const defaultDatabaseWaitSeconds = 60;
/** Half a year: long enough to follow up a contact, short enough not to hoard personal data. */
export const defaultRetentionDays = 180;
/** Contact requests' texts (name, address, message) go this long after their last state change; the counts stay. */
export const defaultContactTextDays = 90;
/** Listings that are over (archived, expired, rejected) keep their contact person this long after their last change. */
export const defaultArchivedListingDays = 90;
export const defaultMailFrom = '"mitmachen" <noreply@localhost>';
/**
 * Per client address: reads (searches, details, lists, challenges) generously above what a
 * person paging through results sends; anonymous writes (postings, contact requests, reports)
 * at what a busy volunteer coordinator might send in an hour, far below what spam needs.
 */
export const defaultRateLimits = { reads: '300/60', writes: '20/3600' } as const;
/** Sign-in links per address and per e-mail: a morning's sign-ins of a busy office, not a flood of mail. */
export const defaultSignInLimit = '10/900';

/** At most this many requests within this many seconds; undefined (`off`) means unlimited. */
export interface RateLimit {
  requests: number;
  seconds: number;
}

/** Shortest HMAC key accepted from the environment: it signs every challenge. */
export const minimumAltchaKeyLength = 32;

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const logLevels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; undefined means embedded Postgres (PGlite). */
  databaseUrl: string | undefined;
  /**
   * How long `serve` keeps trying to reach PostgreSQL at start while it refuses or does not
   * answer (a container started before its database), answering 503 meanwhile; 0: give up at once.
   */
  databaseWaitSeconds: number;
  /** PGlite's data folder (absolute), or `memory://`. Unused with `databaseUrl`. */
  dataDir: string;
  /** Bearer token for moderation; undefined switches moderation off (its routes answer 404). */
  adminToken: string | undefined;
  /** Origins allowed to call the API from a browser: every origin, or an explicit list. */
  allowedOrigins: '*' | string[];
  /** Demo data written on first start when the database holds no postings; 0 opportunities disables it. */
  seed: { opportunities: number; offers: number };
  logLevel: LogLevel;
  /** LOG_FORMAT: `json` lines, `pretty` readable lines, `auto` (pretty in a terminal). */
  logFormat: LogFormatSetting;
  bodyLimitBytes: number;
  altcha: {
    /** HMAC key for challenges; undefined: one generated once and kept in the database. */
    hmacKey: string | undefined;
    maxNumber: number;
  };
  mail: {
    /** `smtp://…` or `smtps://…`; undefined: messages wait in the outbox (and the log says so). */
    smtpUrl: string | undefined;
    /** The From address of every message. */
    from: string;
  };
  /** Days after which personal data of contact requests, reports and finished offers is deleted. */
  retentionDays: number;
  /** Days after a contact request's last state change until its texts are deleted (counts stay). */
  contactTextDays: number;
  /** Days after a listing's last change, once it is over, until its contact person is deleted. */
  archivedListingDays: number;
  /** What answers searches: the in-memory index (default) or the SQL search it is checked against. */
  searchEngine: 'index' | 'sql';
  /**
   * A file the index starts from and is kept in (absolute path), so a restart reads it and
   * catches up from the change log instead of loading every listing. Undefined: none.
   */
  searchSnapshot: string | undefined;
  rateLimits: { reads: RateLimit | undefined; writes: RateLimit | undefined };
  /** Console sign-in links asked for, counted per client address and per e-mail address apart. */
  signInLimit: RateLimit | undefined;
  /**
   * The origin people reach this server at (`https://engagement.example.org`), for links in
   * mail. Undefined: the address the server listens on, never the request's Host header (a
   * forged Host would otherwise send a victim's sign-in link to the forger's site).
   */
  publicUrl: string | undefined;
  /**
   * Passkeys (WebAuthn) for staff: the relying party id (a domain, never an IP address) and the
   * origins the console is opened at. A passkey only works where its origin and RP ID match.
   */
  passkeys: { rpId: string; origins: string[] };
  /**
   * Proxies whose X-Forwarded-For names the client (Fastify's trustProxy: addresses, CIDRs, or
   * `loopback`, `linklocal`, `uniquelocal`); empty: the peer address is the client.
   */
  trustProxy: string[];
}

/** Shortest admin token accepted: a short token is guessable, and it guards what goes public. */
export const minimumAdminTokenLength = 16;
/** Largest demo data set the environment may ask for (the `seed` command takes any size). */
const maximumSeedCount = 1_000_000;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from environment variables. Every value has a safe default for a
 * local start; a value that is present but wrong throws a `ConfigError` naming the variable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === '' ? undefined : raw;
  };
  const opportunities = integer(value('MITMACHEN_SEED'), 'MITMACHEN_SEED', 3000, 0, maximumSeedCount);
  return {
    port: integer(value('PORT'), 'PORT', 8080, 0, 65535),
    host: value('HOST') ?? '127.0.0.1',
    databaseUrl: secretUrl(value('DATABASE_URL'), 'DATABASE_URL', ['postgres', 'postgresql'], 'postgres://user:password@host:5432/database'),
    databaseWaitSeconds: integer(value('MITMACHEN_DATABASE_WAIT_SECONDS'), 'MITMACHEN_DATABASE_WAIT_SECONDS', defaultDatabaseWaitSeconds, 0, 3600),
    dataDir: dataDir(value('MITMACHEN_DATA_DIR') ?? '.data/pglite'),
    adminToken: adminToken(value('MITMACHEN_ADMIN_TOKEN')),
    allowedOrigins: origins(value('MITMACHEN_ALLOWED_ORIGINS') ?? '*'),
    seed: {
      opportunities,
      // One offer per ten opportunities is about the ratio regional platforms see.
      offers: integer(value('MITMACHEN_SEED_OFFERS'), 'MITMACHEN_SEED_OFFERS', Math.round(opportunities / 10), 0, maximumSeedCount),
    },
    logLevel: logLevel(value('LOG_LEVEL') ?? 'info'),
    logFormat: logFormat(value('LOG_FORMAT') ?? 'auto'),
    bodyLimitBytes: limits.bodyBytes,
    altcha: {
      hmacKey: altchaKey(value('MITMACHEN_ALTCHA_HMAC_KEY')),
      maxNumber: integer(value('MITMACHEN_ALTCHA_MAX_NUMBER'), 'MITMACHEN_ALTCHA_MAX_NUMBER', defaultAltchaMaxNumber, 10, 100_000_000),
    },
    mail: {
      smtpUrl: secretUrl(value('SMTP_URL'), 'SMTP_URL', ['smtp', 'smtps'], 'smtp://user:password@mail.example.org:587'),
      from: mailFrom(value('MITMACHEN_MAIL_FROM') ?? defaultMailFrom),
    },
    searchEngine: searchEngine(value('MITMACHEN_SEARCH_ENGINE')),
    searchSnapshot: searchSnapshot(value('MITMACHEN_SEARCH_SNAPSHOT')),
    retentionDays: integer(value('MITMACHEN_RETENTION_DAYS'), 'MITMACHEN_RETENTION_DAYS', defaultRetentionDays, 1, 3650),
    contactTextDays: integer(value('MITMACHEN_CONTACT_TEXT_DAYS'), 'MITMACHEN_CONTACT_TEXT_DAYS', defaultContactTextDays, 1, 3650),
    archivedListingDays: integer(value('MITMACHEN_ARCHIVED_LISTING_DAYS'), 'MITMACHEN_ARCHIVED_LISTING_DAYS', defaultArchivedListingDays, 1, 3650),
    rateLimits: {
      reads: rateLimit(value('MITMACHEN_RATE_LIMIT_READS') ?? defaultRateLimits.reads, 'MITMACHEN_RATE_LIMIT_READS'),
      writes: rateLimit(value('MITMACHEN_RATE_LIMIT_WRITES') ?? defaultRateLimits.writes, 'MITMACHEN_RATE_LIMIT_WRITES'),
    },
    trustProxy: trustProxy(value('MITMACHEN_TRUST_PROXY')),
    signInLimit: rateLimit(value('MITMACHEN_RATE_LIMIT_SIGN_IN') ?? defaultSignInLimit, 'MITMACHEN_RATE_LIMIT_SIGN_IN'),
    publicUrl: publicUrl(value('MITMACHEN_PUBLIC_URL')),
    passkeys: passkeyConfig(value('MITMACHEN_PASSKEY_RP_ID'), value('MITMACHEN_PASSKEY_ORIGINS'), value('MITMACHEN_PUBLIC_URL'), value('PORT')),
  };
}

/**
 * Origins default to MITMACHEN_PUBLIC_URL, else http://localhost:PORT: browsers refuse passkeys
 * on an IP address, so local use opens the console at localhost. The RP ID defaults to the first
 * origin's host name and must be that host or a parent domain of every origin.
 */
function passkeyConfig(rawRpId: string | undefined, rawOrigins: string | undefined, rawPublic: string | undefined, rawPort: string | undefined): Config['passkeys'] {
  const configured = publicUrl(rawPublic);
  const local = `http://localhost:${rawPort && /^\d+$/.test(rawPort) ? rawPort : '8080'}`;
  const fallback = configured && !isIpHost(new URL(configured).hostname) ? configured : local;
  const origins = (rawOrigins ?? fallback).split(',').map((item) => item.trim()).filter((item) => item !== '');
  const parsed = origins.map((origin) => {
    try {
      const url = new URL(origin);
      if (['http:', 'https:'].includes(url.protocol) && url.origin === origin.replace(/\/$/, '')) return url;
    } catch {
      // Reported below.
    }
    throw new ConfigError(`MITMACHEN_PASSKEY_ORIGINS must be origins like https://engagement.example.org, separated by commas, not "${origin}"`);
  });
  if (parsed.length === 0) throw new ConfigError('MITMACHEN_PASSKEY_ORIGINS must name at least one origin');
  const rpId = (rawRpId ?? (parsed[0] as URL).hostname).toLowerCase();
  if (isIpHost(rpId)) throw new ConfigError(`MITMACHEN_PASSKEY_RP_ID must be a domain name, not an IP address ("${rpId}")`);
  for (const url of parsed) {
    if (url.hostname !== rpId && !url.hostname.endsWith(`.${rpId}`)) {
      throw new ConfigError(`MITMACHEN_PASSKEY_RP_ID "${rpId}" must be the host name of ${url.origin} or a parent domain of it`);
    }
  }
  return { rpId, origins: parsed.map((url) => url.origin) };
}

function isIpHost(hostname: string): boolean {
  return /^[\d.]+$/.test(hostname) || hostname.includes(':') || hostname.startsWith('[');
}

function integer(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return Number(raw);
}

/**
 * A URL with one of `schemes` (without the colon). The value may hold a password, so an error
 * names the scheme only, never the value.
 */
function secretUrl(raw: string | undefined, name: string, schemes: string[], example: string): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL like ${example}`);
  }
  if (!schemes.includes(url.protocol.slice(0, -1))) {
    throw new ConfigError(`${name} must start with ${schemes.map((scheme) => `${scheme}://`).join(' or ')}, not ${url.protocol}//`);
  }
  return raw;
}

function dataDir(raw: string): string {
  if (raw.startsWith('memory://')) return raw;
  if (raw.includes('://')) throw new ConfigError(`MITMACHEN_DATA_DIR must be a folder or memory://, not "${raw}"`);
  return resolve(raw);
}

function adminToken(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (raw.length < minimumAdminTokenLength || /\s/.test(raw)) {
    throw new ConfigError(
      `MITMACHEN_ADMIN_TOKEN must be at least ${minimumAdminTokenLength} characters without spaces (e.g. openssl rand -hex 24)`,
    );
  }
  return raw;
}

function altchaKey(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (raw.length < minimumAltchaKeyLength || /\s/.test(raw)) {
    throw new ConfigError(
      `MITMACHEN_ALTCHA_HMAC_KEY must be at least ${minimumAltchaKeyLength} characters without spaces (e.g. openssl rand -hex 32)`,
    );
  }
  return raw;
}

function mailFrom(raw: string): string {
  if (!/^(?:"[^"\r\n]*" )?<?[^\s<>@]+@[^\s<>@]+>?$/.test(raw) || raw.includes('<') !== raw.endsWith('>')) {
    throw new ConfigError(`MITMACHEN_MAIL_FROM must be an address like noreply@mitmachen.example.org or "mitmachen" <noreply@…>, not "${raw}"`);
  }
  return raw;
}

function origins(raw: string): '*' | string[] {
  if (raw === '*') return '*';
  const list = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (list.length === 0) throw new ConfigError('MITMACHEN_ALLOWED_ORIGINS must be * or a comma-separated list of origins');
  return list.map((entry) => {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new ConfigError(`MITMACHEN_ALLOWED_ORIGINS: "${entry}" is not an origin like https://www.pirna.de`);
    }
    // Browsers send the origin without path or trailing slash; compare like with like.
    if (url.origin === 'null' || url.href.replace(/\/$/, '') !== url.origin) {
      throw new ConfigError(`MITMACHEN_ALLOWED_ORIGINS: "${entry}" must be an origin only (scheme, host, port), like https://www.pirna.de`);
    }
    return url.origin;
  });
}

/** `REQUESTS/SECONDS` (e.g. 300/60), or `off`. A window is at most a day: housekeeping keeps no longer. */
function rateLimit(raw: string, name: string): RateLimit | undefined {
  if (raw.toLowerCase() === 'off') return undefined;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(raw);
  const requests = Number(match?.[1]);
  const seconds = Number(match?.[2]);
  if (!match || requests < 1 || requests > 1_000_000 || seconds < 1 || seconds > 86_400) {
    throw new ConfigError(
      `${name} must be REQUESTS/SECONDS (1 to 1000000 requests within 1 to 86400 seconds, e.g. 300/60) or off, not "${raw}"`,
    );
  }
  return { requests, seconds };
}

const proxyNames = ['loopback', 'linklocal', 'uniquelocal'];

function trustProxy(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  return raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '').map((entry) => {
    if (proxyNames.includes(entry)) return entry;
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    if (family === 0 || rest.length > 0 || (prefix !== undefined && (!/^\d+$/.test(prefix) || Number(prefix) > bits))) {
      throw new ConfigError(
        `MITMACHEN_TRUST_PROXY: "${entry}" is not an address, a CIDR range (10.0.0.0/8) or one of ${proxyNames.join(', ')}`,
      );
    }
    return entry;
  });
}

function logFormat(raw: string): LogFormatSetting {
  const format = raw.toLowerCase() as LogFormatSetting;
  if (!logFormats.includes(format)) throw new ConfigError(`LOG_FORMAT must be one of ${logFormats.join(', ')}, not "${raw}"`);
  return format;
}

function logLevel(raw: string): LogLevel {
  const level = raw.toLowerCase() as LogLevel;
  if (!logLevels.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${logLevels.join(', ')}, not "${raw}"`);
  return level;
}

function searchEngine(raw: string | undefined): 'index' | 'sql' {
  if (raw === undefined || raw === '' || raw === 'index') return 'index';
  if (raw === 'sql') return 'sql';
  throw new ConfigError(`MITMACHEN_SEARCH_ENGINE must be index or sql, not "${raw}"`);
}

function searchSnapshot(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw.includes('://') || raw.endsWith('/')) throw new ConfigError(`MITMACHEN_SEARCH_SNAPSHOT must be a file path, not "${raw}"`);
  return resolve(raw);
}

function publicUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`MITMACHEN_PUBLIC_URL must be an origin like https://engagement.example.org, not "${raw}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new ConfigError(`MITMACHEN_PUBLIC_URL must be an origin like https://engagement.example.org, not "${raw}"`);
  }
  return url.origin;
}
