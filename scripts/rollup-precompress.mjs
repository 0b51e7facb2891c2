// @ts-check
/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every script the
 * bundle writes, as a CDN would serve them. Compressing once at build time lets the reference
 * server (packages/server/src/http/static.ts) and nginx's `gzip_static` hand out the smallest
 * file without spending CPU per request, at a quality too slow to use on the fly.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The two variants of `body`, at the highest quality each format has.
 * @param {Buffer} body
 * @returns {Promise<{ br: Buffer, gz: Buffer }>}
 */
export async function precompressed(body) {
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipped(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gz };
}

/** @returns {import('rollup').Plugin} */
export function precompress() {
  return {
    name: 'precompress',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      await Promise.all(
        Object.values(bundle)
          .filter((item) => item.type === 'chunk')
          .map(async (chunk) => {
            const { br, gz } = await precompressed(Buffer.from(chunk.code));
            const path = join(dir, chunk.fileName);
            await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
          }),
      );
    },
  };
}
