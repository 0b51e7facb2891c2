/**
 * The staff console at `/console/`: its page (for every path under /console/, so the console's
 * own addresses survive a reload) and its bundle under `/console/assets/`, both from the installed
 * @mitmachen/console. Same origin as the API, so the session cookie and CSRF token need no CORS.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../errors.js';
import { sendProblem } from './problems.js';

/**
 * As strict as the demo page's, and stricter where a staff page can be: no framing (clickjacking
 * an "approve" button), no foreign forms or base. Images of postings come from wherever their
 * authors host them, so reviewers see what citizens would see.
 */
export const consoleContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: https:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify mitmachen-json-ld',
].join('; ');

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};
/** The bundle's entry and its hashed chunks; nothing else is looked up on disk. */
const bundleName = /^(console\.js|[A-Za-z0-9_.-]+-[A-Za-z0-9_-]{8}\.js)$/;

const missing = new ProblemError(404, 'not-found', 'Not found', 'The console (@mitmachen/console) is not built; run `npm run build` and reload.');

export function registerConsoleFiles(app: FastifyInstance): void {
  const root = findConsoleRoot();

  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    const file = root === undefined ? undefined : await readCached(join(root, 'public', 'index.html'));
    if (file === undefined) return sendProblem(reply, missing);
    reply
      .header('Content-Security-Policy', consoleContentSecurityPolicy)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Referrer-Policy', 'no-referrer')
      .header('X-Frame-Options', 'DENY');
    // The page names the bundle's entry, never a chunk, so it may be cached only as long as the entry.
    return send(request, reply, file, types['.html'] as string, 'no-cache');
  };
  // The server ignores trailing slashes, so this serves `/console` as well.
  app.get('/console/', page);
  app.get('/console/:view', page);
  app.get<{ Params: { file: string } }>('/console/assets/:file', async (request, reply) => {
    const name = request.params.file;
    const file = root !== undefined && bundleName.test(name) ? await readCached(join(root, 'dist', 'assets', name)) : undefined;
    if (file === undefined) {
      reply.callNotFound();
      return reply;
    }
    const cache = name === 'console.js' ? 'no-cache' : 'public, max-age=31536000, immutable';
    return send(request, reply.header('X-Content-Type-Options', 'nosniff'), file, types['.js'] as string, cache);
  });
  app.get('/console/console.css', async (request, reply) => {
    const file = root === undefined ? undefined : await readCached(join(root, 'public', 'console.css'));
    if (file === undefined) {
      reply.callNotFound();
      return reply;
    }
    return send(request, reply, file, types['.css'] as string, 'no-cache');
  });
}

/** The folder of the installed @mitmachen/console, or undefined without that package. */
function findConsoleRoot(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('@mitmachen/console/package.json'));
  } catch {
    return undefined;
  }
}

interface CachedFile {
  body: Buffer;
  etag: string;
  mtimeMs: number;
  size: number;
}

const cache = new Map<string, CachedFile>();

/** Read once per version on disk (a rebuild changes mtime or size and is picked up). */
async function readCached(path: string): Promise<CachedFile | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const known = cache.get(path);
  if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known;
  const body = await readFile(path);
  const file = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`, mtimeMs: info.mtimeMs, size: info.size };
  cache.set(path, file);
  return file;
}

function send(request: FastifyRequest, reply: FastifyReply, file: CachedFile, type: string, cacheControl: string): FastifyReply {
  reply.header('ETag', file.etag).header('Cache-Control', cacheControl);
  const given = request.headers['if-none-match'];
  if (given !== undefined && given.split(',').some((tag) => tag.trim().replace(/^W\//, '') === file.etag)) return reply.code(304).send();
  return reply.type(type).send(file.body);
}
