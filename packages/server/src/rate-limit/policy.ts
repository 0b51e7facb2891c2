/**
 * Which requests count against which rate limit, and the headers that say so.
 *
 * Two policies per client address. `reads`: every unauthenticated GET under /v1 (searches,
 * details, taxonomy, places) and also GET /v1/challenge: a challenge costs the server one HMAC,
 * and forms fetch one whenever they are shown, so counting it as a write would let a visitor who
 * merely opens forms use up their postings. `writes`: the anonymous creating POSTs (postings,
 * contact requests, reports), the ones that also need a proof of work. Not limited: moderation
 * (bearer token), /health, the contract document, static files, and anything unrouted.
 */
import { isIPv6 } from 'node:net';
import { ProblemError } from '../errors.js';
import type { RateLimit } from '../config.js';
import type { ContractOperation } from '../http/contract.js';
import type { WindowCount } from './store.js';

export type Bucket = 'reads' | 'writes';

const unlimitedOperations = new Set(['getOpenApi', 'getHealth']);

/** The policy a request for `operation` counts against; undefined when it is not limited. */
export function bucketOf(operation: ContractOperation | undefined): Bucket | undefined {
  if (!operation || operation.secured || unlimitedOperations.has(operation.operationId)) return undefined;
  if (!operation.path.startsWith('/v1/')) return undefined;
  // The console's sign-in counts against limits of its own (per address and per e-mail).
  if (operation.path.startsWith('/v1/console/')) return undefined;
  return operation.method === 'POST' ? 'writes' : operation.method === 'GET' ? 'reads' : undefined;
}

/**
 * The key a client is counted under: an IPv4 address as is (also when IPv4-mapped), an IPv6
 * address by its /64 network, since one subscriber usually gets a whole /64 and could otherwise
 * step through addresses.
 */
export function clientKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1] as string;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.split('%')[0]!.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === '' ? [] : tail.split(':');
  const groups = ip.includes('::') ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups] : headGroups;
  return `${groups.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16)).join(':')}::/64`;
}

/** `RateLimit-Policy` and `RateLimit` as draft-ietf-httpapi-ratelimit-headers writes them. */
export function rateLimitHeaders(bucket: Bucket, limit: RateLimit, count: WindowCount): Record<string, string> {
  const remaining = Math.max(0, limit.requests - count.hits);
  return {
    'RateLimit-Policy': `"${bucket}";q=${limit.requests};w=${limit.seconds}`,
    RateLimit: `"${bucket}";r=${remaining};t=${count.resetSeconds}`,
  };
}

export function tooManyRequests(bucket: Bucket, limit: RateLimit, count: WindowCount): ProblemError {
  const what = bucket === 'reads' ? 'requests' : 'postings, contact requests and reports';
  return new ProblemError(
    429,
    'rate-limited',
    'Too many requests',
    `This address sent more than ${limit.requests} ${what} within ${limit.seconds} seconds; please try again in ${count.resetSeconds} seconds.`,
    undefined,
    { 'Retry-After': String(count.resetSeconds), ...rateLimitHeaders(bucket, limit, count) },
  );
}
