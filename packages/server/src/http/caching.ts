/**
 * Conditional GETs: reads carry a strong ETag (a hash of the exact bytes sent) and a
 * Cache-Control policy; a client or CDN that sends the ETag back gets 304 without a body.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { compressedAnswer } from './compression.js';

/** How long shared caches may keep each kind of read. */
export const cacheControl = {
  /**
   * Searches and single postings change with every approval and take-down, which must show at
   * once: any cache may keep them but asks again every time (a 304 when nothing changed, cheap
   * thanks to the server's version-keyed search cache).
   */
  postings: 'public, no-cache',
  /** The vocabularies change with a release. */
  taxonomy: 'public, max-age=3600',
  /** The gazetteer changes with a release. */
  places: 'public, max-age=86400',
  contract: 'public, max-age=3600',
  /** Private or live answers: moderation, health, accepted postings. */
  none: 'no-store',
} as const;

/** A strong tag of `body`'s bytes; weak when the bytes sent will be a compressed form of them. */
export function entityTag(body: string | Buffer, weak = false): string {
  return `${weak ? 'W/' : ''}"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Sends `data` as JSON with ETag and Cache-Control, or 304 when the client already has it. */
export function sendCacheable(request: FastifyRequest, reply: FastifyReply, data: unknown, policy: string): FastifyReply {
  return sendCacheableJson(request, reply, JSON.stringify(data), policy);
}

/**
 * Like sendCacheable, for JSON already serialised (the search index's pages). The text is
 * encoded to UTF-8 once, here, and those bytes are hashed, measured and sent: given the string,
 * the hash, the compression check and Node's socket write would each encode or scan it again.
 */
export function sendCacheableJson(request: FastifyRequest, reply: FastifyReply, body: string, policy: string): FastifyReply {
  const bytes = Buffer.from(body);
  const tag = entityTag(bytes, compressedAnswer(request, bytes));
  reply.header('ETag', tag).header('Cache-Control', policy);
  if (matches(request.headers['if-none-match'], tag.replace(/^W\//, ''))) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(bytes);
}

/** Like sendCacheable, for a body already serialised (feeds, calendars) with its media type. */
export function sendCacheableText(request: FastifyRequest, reply: FastifyReply, body: string, type: string, policy: string): FastifyReply {
  const tag = entityTag(body);
  reply.header('ETag', tag).header('Cache-Control', policy);
  if (matches(request.headers['if-none-match'], tag)) return reply.code(304).send();
  return reply.type(type).send(body);
}

/** RFC 9110 § 13.1.2: `*`, or a list of tags compared weakly (a `W/` prefix does not matter). */
function matches(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag);
}
