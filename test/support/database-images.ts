/**
 * Migrated (and seeded) databases made once and copied for each test file.
 *
 * PGlite: a `dumpDataDir()` tarball that new databases start from, which skips initdb and every
 * migration. Within one `npm test` the test files share them through MITMACHEN_TEST_CACHE (a
 * folder scripts/test.mjs makes and removes): the first file that needs one makes it, the others
 * wait for it. Without that folder each process makes its own.
 *
 * PostgreSQL: template databases for `CREATE DATABASE … TEMPLATE`, named after a hash of the
 * server's migrations and sources, so a changed schema or generator gets a new template.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import { packageRoot } from '../../packages/server/src/paths.js';
import { seedDatabase } from '../../packages/server/src/seed/load.js';

/** Demo data a test database starts with (`seedDatabase`'s options; `seed` picks the data set). */
export interface ImageSeed {
  opportunities: number;
  offers: number;
  seed?: number;
}

const cacheDir = process.env.MITMACHEN_TEST_CACHE;
const images = new Map<string, Promise<Blob>>();
const templates = new Map<string, Promise<string>>();

/** The demo data is made for a day; a run that passes midnight makes new images for the new day. */
function seedKey(seed: ImageSeed): { key: string; now: Date } {
  const day = new Date().toISOString().slice(0, 10);
  return { key: `${seed.opportunities}-${seed.offers}-${seed.seed ?? 'default'}-${day}`, now: new Date(`${day}T12:00:00Z`) };
}

/** A PGlite data folder, migrated, and seeded when `seed` says so (with at least one posting). */
export function pgliteImage(seed?: ImageSeed): Promise<Blob> {
  const wanted = seed && seed.opportunities + seed.offers > 0 ? seedKey(seed) : undefined;
  const key = wanted ? `seeded-${wanted.key}` : 'migrated';
  let image = images.get(key);
  if (!image) {
    image = shared(key, async () => {
      const base = wanted ? await pgliteImage() : undefined;
      const db = await openDatabase({ dataDir: 'memory://', pgliteImage: base });
      try {
        if (wanted && seed) await seedDatabase(db, { ...seed, now: wanted.now });
        await db.pool.query('CHECKPOINT');
        return await (db.dumpDataDir as NonNullable<Database['dumpDataDir']>)();
      } finally {
        await db.close();
      }
    });
    images.set(key, image);
    image.catch(() => images.delete(key));
  }
  return image;
}

/** Makes an image once per test run: in the shared folder when there is one, else in this process. */
async function shared(key: string, make: () => Promise<Blob>): Promise<Blob> {
  if (!cacheDir) return make();
  const file = join(cacheDir, `pglite-${key}.tar`);
  const lock = `${file}.lock`;
  for (;;) {
    const ready = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (ready) return new Blob([ready]);
    const handle = await open(lock, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      throw error;
    });
    if (!handle) {
      // Another test file is making it. Its file appears by rename, whole; if that process died
      // half-way (its lock names a process that is gone), take over.
      if (!(await lockHeld(lock))) await rm(lock, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    try {
      await handle.writeFile(String(process.pid));
      await handle.close();
      const image = await make();
      const partial = `${file}.${process.pid}`;
      await writeFile(partial, new Uint8Array(await image.arrayBuffer()));
      await rename(partial, file);
      return image;
    } finally {
      await rm(lock, { force: true });
    }
  }
}

async function lockHeld(lock: string): Promise<boolean> {
  const pid = Number(await readFile(lock, 'utf8').catch(() => ''));
  // An empty lock was created a moment ago; its process has yet to write its id.
  if (!pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let sources: string | undefined;

/** A hash of what decides a template's content: the migrations and the server's sources. */
function sourceHash(): string {
  if (sources) return sources;
  const hash = createHash('sha256');
  const root = fileURLToPath(packageRoot);
  for (const dir of ['migrations', 'src']) {
    const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.sql') || name.endsWith('.ts'))
      .sort();
    for (const name of files) hash.update(name).update(readFileSync(join(root, dir, name)));
  }
  sources = hash.digest('hex');
  return sources;
}

/** The name of a template database on the server at `adminUrl`, made when it is not there yet. */
export function postgresTemplate(adminUrl: string, seed?: ImageSeed): Promise<string> {
  const wanted = seed && seed.opportunities + seed.offers > 0 ? seedKey(seed) : undefined;
  const name = `mitmachen_template_${createHash('sha256').update(`${sourceHash()} ${wanted?.key ?? 'migrated'}`).digest('hex').slice(0, 16)}`;
  let template = templates.get(name);
  if (!template) {
    template = makeTemplate(adminUrl, name, async (url) => {
      const db = await openDatabase({ url });
      try {
        if (wanted && seed) await seedDatabase(db, { ...seed, now: wanted.now });
      } finally {
        await db.close();
      }
    }, wanted ? () => postgresTemplate(adminUrl) : undefined);
    templates.set(name, template);
    template.catch(() => templates.delete(name));
  }
  return template;
}

/**
 * Test files run in parallel: an advisory lock lets one make the template while the others
 * wait, and the template gets its name only when complete.
 */
async function makeTemplate(
  adminUrl: string,
  name: string,
  fill: (url: string) => Promise<void>,
  base: (() => Promise<string>) | undefined,
): Promise<string> {
  const from = base ? await base() : undefined;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return name;
    const building = `${name}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${building}${from ? ` TEMPLATE ${from}` : ''}`);
    const url = new URL(adminUrl);
    url.pathname = `/${building}`;
    await fill(url.href);
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    return name;
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]).catch(() => {});
    await admin.end();
  }
}
