/**
 * On-the-fly compression of the API's answers: a search's JSON shrinks about five-fold, which on
 * a slow mobile connection is most of its transfer time. Brotli at quality 4 (gzip where the
 * client has no brotli) costs a fraction of a millisecond on a search answer (measured in
 * `npm run bench:api`); answers under 1 KB go out as they are, where compressing saves less than
 * a packet. The static files choose their own precompressed variant (static.ts).
 */
import compress from '@fastify/compress';
import type { FastifyInstance, onSendHookHandler } from 'fastify';
import { constants } from 'node:zlib';

/** Below this many bytes an answer is sent as it is. */
export const compressionThreshold = 1024;
/** Quality 4 of 11: most of brotli's gain at a few percent of quality 11's CPU. */
export const apiBrotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };
export const apiGzipOptions = { level: 6 };

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: compressionThreshold,
    brotliOptions: apiBrotliOptions,
    zlibOptions: apiGzipOptions,
  });
  // Route hooks run in the order they were added: this one, added after the plugin's, sees the
  // compressed answer. Its strong ETag names the JSON's bytes, which a compressed body no longer
  // has, so it becomes weak (as nginx does); conditional requests compare weakly and still match.
  app.addHook('onRoute', (route) => {
    if (route.compress === false) return;
    route.onSend = [...toArray(route.onSend), weakenCompressedEtag];
  });
}

const weakenCompressedEtag: onSendHookHandler = (_request, reply, payload, done) => {
  const etag = reply.getHeader('ETag');
  const coding = reply.getHeader('Content-Encoding');
  if (typeof etag === 'string' && etag.startsWith('"') && coding !== undefined && coding !== 'identity') reply.header('ETag', `W/${etag}`);
  done(null, payload);
};

function toArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
