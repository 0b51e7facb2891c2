/**
 * On-the-fly compression of the API's answers: a search's JSON shrinks three- to four-fold, which on
 * a slow mobile connection is most of its transfer time. Brotli at quality 4 (gzip where the
 * client has no brotli) costs a fraction of a millisecond on a search answer (measured in
 * `npm run bench:api`); answers under 1 KB go out as they are, where compressing saves less than
 * a packet. The static files choose their own precompressed variant (static.ts).
 */
import compress from '@fastify/compress';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { constants } from 'node:zlib';
import { chooseCoding, type Coding } from './content-coding.js';

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
}

const codings = new Set<Coding>(['br', 'gzip', 'identity']);

/**
 * Whether an answer of `body` to `request` goes out compressed. Its ETag, a hash of the JSON's
 * bytes, is then weak (as nginx makes it when it compresses): the bytes sent differ. The same
 * answer's 304 carries the same weak tag, so the decision is made here, from the size and the
 * request, not after compressing. Conditional requests compare weakly and match either way.
 */
export function compressedAnswer(request: FastifyRequest, body: string | Buffer): boolean {
  return (typeof body === 'string' ? Buffer.byteLength(body) : body.length) >= compressionThreshold && chooseCoding(request.headers['accept-encoding'], codings) !== 'identity';
}
