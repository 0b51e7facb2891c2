/**
 * Files the server serves besides the API: the script-tag bundle of @mitmachen/elements
 * (`/mitmachen.js` and its chunks, built into the package's dist/cdn) and the demo municipal
 * website at `/` (its pages, styles and scripts under `/demo/`). They are not part of the API contract, so they are plain Fastify routes.
 *
 * Each file goes out as a CDN would send it: brotli, gzip or plain, whichever the browser accepts
 * best, compressed once (by the build, or here on first read) and never per request.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCallback } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { chooseCoding, type Coding } from './content-coding.js';
import { sendProblem } from './problems.js';

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

/** How long browsers and CDNs keep each kind of file. */
export const staticCacheControl = {
  /** The entry's name never changes, so a release reaches pages within five minutes. */
  entry: 'public, max-age=300',
  /** A chunk's name carries a hash of its content: it never changes under that name. */
  chunk: 'public, max-age=31536000, immutable',
  /** The demo pages change with a release. */
  demo: 'public, max-age=300',
} as const;

/**
 * The demo page's Content-Security-Policy: as strict as a careful town's site would be, so the
 * demo proves the elements need no inline script or style and create HTML only through the
 * Trusted Types policies named here.
 */
export const demoContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify mitmachen-json-ld',
].join('; ');

const javascript = 'text/javascript; charset=utf-8';
const demoTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  // A demo page's own script (the embed configurator): a plain ES module, served as written.
  '.js': javascript,
};

/** Names rollup gives the bundle's chunks (`<name>-<hash>.js`); nothing else is looked up on disk. */
const chunkName = /^[A-Za-z0-9_.-]+-[A-Za-z0-9_-]{8}\.js$/;
/** Demo files: a plain name with one of the types above. */
const demoName = /^[a-z0-9-]+\.(html|css|svg|js)$/;

const bundleMissing = new ProblemError(
  404,
  'not-found',
  'Not found',
  'The script-tag bundle of @mitmachen/elements is not built; run `npm run build` and reload.',
);

export function registerStaticFiles(app: FastifyInstance): void {
  const bundleDir = findBundleDir();
  const demoDir = fileURLToPath(new URL('demo/', packageRoot));

  // The variants are chosen here; the API's on-the-fly compression (compression.ts) stays out.
  const files = { compress: false } as const;

  app.get('/mitmachen.js', files, async (request, reply) => {
    const file = bundleDir === undefined ? undefined : await readCached(join(bundleDir, 'mitmachen.js'));
    if (file === undefined) return sendProblem(reply, bundleMissing);
    return sendFile(request, reply.header('Access-Control-Allow-Origin', '*'), file, javascript, staticCacheControl.entry);
  });

  // The town page's head asks for its search's first answer beside the script (a preload the
  // search's own fetch takes up). Under a search the address carries (sync-url), the element asks
  // for another answer, so that page goes out without that preload rather than fetch one for nothing.
  app.get('/', files, async (request, reply) =>
    sendDemo(request, reply, demoDir, 'index.html', request.url.includes('?') ? withoutSearchPreload : undefined),
  );
  // The manage page of the mails' links (manage/links.ts): its secret is in the fragment, and no
  // Referer may carry the page's address anywhere.
  app.get('/manage/', files, async (request, reply) => sendDemo(request, reply.header('Referrer-Policy', 'no-referrer'), demoDir, 'manage.html'));
  app.get<{ Params: { file: string } }>('/demo/:file', files, async (request, reply) => sendDemo(request, reply, demoDir, request.params.file));

  // The chunks sit next to mitmachen.js, which imports them relatively: `/opportunity-<hash>.js`.
  app.get<{ Params: { file: string } }>('/:file', files, async (request, reply) => {
    const name = request.params.file;
    const file = bundleDir !== undefined && chunkName.test(name) ? await readCached(join(bundleDir, name)) : undefined;
    if (file === undefined) {
      reply.callNotFound();
      return reply;
    }
    return sendFile(request, reply.header('Access-Control-Allow-Origin', '*'), file, javascript, staticCacheControl.chunk);
  });
}

/** A page's preload of a search's first answer taken out. */
const withoutSearchPreload: Transform = {
  name: 'without-search-preload',
  apply: (body) => Buffer.from(body.toString('utf8').replace(/^[ \t]*<link rel="preload" as="fetch" [^>]*\/v1\/opportunities\?[^>]*>\n/gm, '')),
};

async function sendDemo(request: FastifyRequest, reply: FastifyReply, dir: string, name: string, transform?: Transform): Promise<FastifyReply> {
  const type = demoName.test(name) ? demoTypes[name.slice(name.lastIndexOf('.'))] : undefined;
  const file = type === undefined ? undefined : await readCached(join(dir, name), transform);
  if (type === undefined || file === undefined) {
    reply.callNotFound();
    return reply;
  }
  if (name.endsWith('.html')) {
    reply.header('Content-Security-Policy', demoContentSecurityPolicy).header('X-Content-Type-Options', 'nosniff');
  }
  return sendFile(request, reply, file, type, staticCacheControl.demo);
}

/** The bundle's folder in the installed @mitmachen/elements, or undefined without that package. */
function findBundleDir(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('@mitmachen/elements/package.json');
    return join(dirname(manifest), 'dist', 'cdn');
  } catch {
    return undefined;
  }
}

/** One representation of a file: as it is on disk, or compressed. */
interface Variant {
  body: Buffer;
  /** Strong, and different per variant: the bytes differ (RFC 9110 § 8.8.3). */
  etag: string;
}

interface CachedFile {
  variants: Map<Coding, Variant>;
  mtimeMs: number;
  size: number;
}

/** Files read once per version on disk (a rebuild changes mtime or size, and is picked up). */
const cache = new Map<string, CachedFile>();

/** A change to a file's text before it is served (cached, and compressed, as its own file). */
interface Transform {
  name: string;
  apply: (body: Buffer) => Buffer;
}

const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

async function readCached(path: string, transform?: Transform): Promise<CachedFile | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const key = transform === undefined ? path : `${path}#${transform.name}`;
  const known = cache.get(key);
  if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known;
  const body = transform === undefined ? await readFile(path) : transform.apply(await readFile(path));
  const variants = new Map<Coding, Variant>([['identity', { body, etag: etagOf(body) }]]);
  // The build's .br and .gz are of the file as it is on disk, not of a changed text.
  const builtFor = transform === undefined ? path : undefined;
  const [br, gzip] = await Promise.all([compressed(builtFor, '.br', info.mtimeMs, body), compressed(builtFor, '.gz', info.mtimeMs, body)]);
  // A variant that is not smaller is not worth the client's decoding.
  if (br.length < body.length) variants.set('br', { body: br, etag: etagOf(br) });
  if (gzip.length < body.length) variants.set('gzip', { body: gzip, etag: etagOf(gzip) });
  const file = { variants, mtimeMs: info.mtimeMs, size: info.size };
  cache.set(key, file);
  return file;
}

/**
 * The build's `<file>.br` or `<file>.gz` when it is there and not older than the file (the build
 * compresses at the highest quality, scripts/rollup-precompress.mjs); else compressed here once,
 * off the event loop, at that quality too: the demo's files, or a bundle built without them.
 */
async function compressed(builtFor: string | undefined, suffix: '.br' | '.gz', mtimeMs: number, body: Buffer): Promise<Buffer> {
  const built = builtFor === undefined ? undefined : await stat(`${builtFor}${suffix}`).catch(() => undefined);
  if (built?.isFile() && built.mtimeMs >= mtimeMs) return readFile(`${builtFor}${suffix}`);
  if (suffix === '.gz') return gzip(body, { level: constants.Z_BEST_COMPRESSION });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/**
 * The variant the client accepts best, with `Vary` so shared caches keep one per coding, and 304
 * when the client already holds that very variant.
 */
function sendFile(request: FastifyRequest, reply: FastifyReply, file: CachedFile, type: string, cacheControl: string): FastifyReply {
  const coding = chooseCoding(request.headers['accept-encoding'], new Set(file.variants.keys()));
  const variant = file.variants.get(coding) ?? file.variants.get('identity')!;
  reply.header('ETag', variant.etag).header('Cache-Control', cacheControl).header('Vary', 'Accept-Encoding');
  const given = request.headers['if-none-match'];
  if (given !== undefined && given.split(',').some((tag) => [variant.etag, '*'].includes(tag.trim().replace(/^W\//, '')))) return reply.code(304).send();
  if (coding !== 'identity') reply.header('Content-Encoding', coding);
  return reply.type(type).send(variant.body);
}
