/**
 * The search index alone, no HTTP and no database in the measured path: builds the index of
 * N generated opportunities (the generator bench:api seeds with) in memory, then runs the text,
 * filter+facet, radius and landing mixes (bench:api's own URLs) through the engine's query
 * preparation and searchListings, one at a time, and reports microseconds per query, the
 * garbage collector's share, build time and bytes per listing, and what holding every card costs.
 *
 *   npm run bench:index -- [--count 100000,1000000] [--queries 2000] [--mix text,radius] [--cpu-prof DIR]
 *   npm run bench:index -- --snapshot FILE [--queries 2000] [--mix text,radius] [--cpu-prof DIR]
 *
 * With --snapshot the index is the one a server wrote to its snapshot file
 * (MITMACHEN_SEARCH_SNAPSHOT), read in seconds where generating a million listings takes
 * minutes: for comparing two versions of the search code back to back on the same index (the
 * file's format must be this code's), with a digest of every mix's answers to show that they
 * answer alike (on the same day: what is shown depends on it). Only the searches are measured
 * then, not building, the cards or changes.
 *
 * With --cpu-prof each mix's queries run once more after they are timed, under V8's CPU profiler,
 * written to DIR/<count>-<mix>.cpuprofile (open it in Chrome's DevTools): only the searches, not
 * the minute of building the corpus that node's own --cpu-prof would mostly show, and not in the
 * timed run, which the profiler would slow.
 *
 * Searches run without pausing between phases (the server pauses from 262,144 listings on, so
 * other requests get a turn): the numbers are CPU per search, not a request's latency.
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import v8 from 'node:v8';
import { openDatabase } from '../packages/server/src/db/database.js';
import { searchCenter } from '../packages/server/src/search/center.js';
import { expansions } from '../packages/server/src/search/index/recall.js';
import { joinGenderMarks } from '../packages/server/src/search/index/recall.js';
import { Derived } from '../packages/server/src/search/index/derived.js';
import type { ListingRow } from '../packages/server/src/search/index/listings.js';
import { searchListings } from '../packages/server/src/search/index/query.js';
import { decodeSnapshot, readSnapshotFile, snapshotFormat, snapshotHeader } from '../packages/server/src/search/index/snapshot-file.js';
import { textQuery, type WordAnalysis } from '../packages/server/src/search/index/text.js';
import { paging } from '../packages/server/src/search/paging.js';
import { tokenize } from '../packages/server/src/search/text-query.js';
import { searchScenarios } from './api/scenarios.js';
import { fixed, formatTable } from './lib/table.js';
import { UsageError, whole } from './lib/options.js';
import { buildCards } from './search-index/cards.js';
import { buildCorpus } from './search-index/corpus.js';
import { prepareMix, type Prepared } from './search-index/mixes.js';

interface Options {
  counts: number[];
  queries: number;
  mixes: string[];
  /** Folder for each mix's CPU profile; undefined: no profiles. */
  cpuProf: string | undefined;
  /** A server's snapshot file to measure instead of generated listings. */
  snapshot: string | undefined;
}

function parse(argv: string[]): Options {
  const options: Options = { counts: [100_000, 1_000_000], queries: 2000, mixes: ['text', 'filter+facet', 'radius', 'landing'], cpuProf: undefined, snapshot: undefined };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    if (flag === '--count') options.counts = value.split(',').map((v) => whole(v, flag, 1, 5_000_000));
    else if (flag === '--queries') options.queries = whole(value, flag, 1, 1_000_000);
    else if (flag === '--mix') options.mixes = value.split(',');
    else if (flag === '--cpu-prof') options.cpuProf = value;
    else if (flag === '--snapshot') options.snapshot = value;
    else throw new UsageError(`unknown option ${flag}`);
  }
  return options;
}

interface Row {
  count: number;
  mix: string;
  queries: number;
  p50: number;
  p95: number;
  mean: number;
  allocatedKb: number;
  gcShare: number;
  hits: number;
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const now = new Date();
  const today = Math.floor(now.getTime() / 86_400_000);
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const recall = await expansions(db.pool);
    const rows: Row[] = [];
    const measureMixes = async (count: number, listings: Context['listings'], words: Context['words']) => {
      const analyses = new Map<string, WordAnalysis>();
      for (const mix of options.mixes) {
        const prepared = await prepareMix(db.pool, mix, searchScenarios(), analyses, recall, options.queries);
        const context = { listings, words, analyses, recall, today, now: now.getTime() * 1000 };
        rows.push(await run(count, mix, prepared, context));
        if (options.snapshot) console.log(`  ${mix}: answers digest ${await answersDigest(prepared, context)} (equal for code that answers alike)`);
        if (options.cpuProf) await profile(join(options.cpuProf, `${count}-${mix}.cpuprofile`), prepared, context);
      }
    };
    if (options.snapshot) {
      const started = performance.now();
      const { listings, words } = await readIndexSnapshot(options.snapshot);
      console.log(
        `${listings.size} opportunities read from ${options.snapshot} in ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
          `index ${(listings.bytes() / 2 ** 20).toFixed(1)} MiB = ${(listings.bytes() / listings.size).toFixed(0)} B per listing`,
      );
      await measureMixes(listings.size, listings, words);
    }
    for (const count of options.snapshot ? [] : options.counts) {
      const heapBefore = v8.getHeapStatistics().used_heap_size;
      const started = performance.now();
      const corpus = await buildCorpus(db.pool, count, now, (done) => process.stderr.write(`\r  ${count}: ${done} listings built`));
      const buildMs = performance.now() - started;
      const { listings, words } = corpus;
      globalThis.gc?.();
      const heapAfter = v8.getHeapStatistics().used_heap_size;
      process.stderr.write('\n');
      console.log(
        `${count} opportunities (${listings.size} published): built in ${(buildMs / 1000).toFixed(1)} s ` +
          `(Listings.put ${(corpus.putMs / 1000).toFixed(1)} s), index ${(listings.bytes() / 2 ** 20).toFixed(1)} MiB = ` +
          `${(listings.bytes() / listings.size).toFixed(0)} B per listing (arrays and postings); heap grew ${((heapAfter - heapBefore) / 2 ** 20).toFixed(0)} MiB`,
      );
      const { cards, heapBytes, buildMs: cardMs } = buildCards(listings, count, now);
      const perListing = (bytes: number) => (bytes / cards.size).toFixed(0);
      console.log(
        `  cards of ${cards.size} listings (cards.ts) in ${(cardMs / 1000).toFixed(1)} s: heap grew ${(heapBytes / 2 ** 20).toFixed(1)} MiB = ${perListing(heapBytes)} B per listing, ` +
          `of which the listings' own texts ${perListing(cards.textBytes())} B and the rest ${perListing(heapBytes - cards.textBytes())} B (the Cards' own estimate of that rest: ${perListing(cards.overheadBytes())} B)`,
      );
      await measureMixes(count, listings, words);
      console.log(changeCosts(listings, corpus.samples, today, now.getTime() * 1000));
      // After the mixes: with what searches build on first use (the radius grid, the newest order's array is not counted).
      console.log(`  after the searches: ${(listings.bytes() / listings.size).toFixed(0)} B per listing (with the radius grid, if a radius mix ran)`);
    }
    console.log(
      formatTable(
        [
          { title: 'listings', value: (r: Row) => String(r.count) },
          { title: 'mix', value: (r) => r.mix, align: 'left' },
          { title: 'queries', value: (r) => String(r.queries) },
          { title: 'p50 µs', value: (r) => fixed(r.p50, 0) },
          { title: 'p95 µs', value: (r) => fixed(r.p95, 0) },
          { title: 'mean µs', value: (r) => fixed(r.mean, 0) },
          { title: 'alloc KiB/q', value: (r) => fixed(r.allocatedKb, 1) },
          { title: 'GC %', value: (r) => fixed(r.gcShare * 100, 1) },
          { title: 'mean total', value: (r) => fixed(r.hits, 0) },
        ],
        rows,
      ),
    );
  } finally {
    await db.close();
  }
}

/** The opportunities' index and words a server's snapshot file holds. */
async function readIndexSnapshot(path: string): Promise<{ listings: Context['listings']; words: Context['words'] }> {
  const file = await readSnapshotFile(path);
  if (!file) throw new UsageError(`--snapshot: no file ${path}`);
  const { header, body } = snapshotHeader(file);
  if (header.format !== snapshotFormat) throw new UsageError(`--snapshot: ${path} has format ${header.format}, this code reads ${snapshotFormat}`);
  const state = decodeSnapshot(file, header, body);
  return { listings: state.listings.opportunity, words: state.words.opportunity };
}

interface Context {
  listings: Awaited<ReturnType<typeof buildCorpus>>['listings'];
  words: Awaited<ReturnType<typeof buildCorpus>>['words'];
  analyses: Map<string, WordAnalysis>;
  recall: Awaited<ReturnType<typeof expansions>>;
  today: number;
  now: number;
}

/**
 * What one changed listing costs the index (the rows put again as an edit does, each in a new
 * slot), and the landing search right after it: since derived.ts it is adjusted by the change,
 * before it was rebuilt by that search, which is what `Derived.recount` times.
 */
function changeCosts(listings: Context['listings'], samples: ListingRow[], today: number, now: number): string {
  const landing = () =>
    searchListings(listings, { clauses: [], today, now, selected: listings.dimensions.map(() => undefined), sort: 'newest', offset: 0, limit: 12, yieldAbove: Number.POSITIVE_INFINITY });
  const puts: number[] = [];
  const searches: number[] = [];
  const rebuilds: number[] = [];
  void landing();
  for (const row of samples.slice(0, 30)) {
    let t0 = performance.now();
    listings.put({ ...row, values: row.values.map((v, i) => (i === 4 ? 'leipzig' : v)) });
    puts.push((performance.now() - t0) * 1000);
    t0 = performance.now();
    void landing();
    searches.push((performance.now() - t0) * 1000);
  }
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    Derived.recount(listings, today);
    rebuilds.push(performance.now() - t0);
  }
  const summary = (list: number[], unit: string) => {
    const sorted = [...list].sort((a, b) => a - b);
    return `p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ${unit}, max ${sorted.at(-1)!.toFixed(0)} ${unit}`;
  };
  return (
    `  ${puts.length} single changes: Listings.put ${summary(puts, 'µs')} (the first grows the columns trimmed after the load); ` +
    `landing search right after ${summary(searches, 'µs')}; rebuilding the derived data as the first search after a change did before derived.ts: ${summary(rebuilds, 'ms')}`
  );
}

async function search(context: Context, query: Prepared, digest?: Hash): Promise<number> {
  const { listings, words, analyses, recall } = context;
  const center = searchCenter(query);
  const q = joinGenderMarks(query.q ?? '');
  const tokens = tokenize(q);
  const text = textQuery(q, tokens, tokens.map((t) => analyses.get(t.text)!), words, listings, {
    transpositions: true,
    expand: recall.expander(listings, words, analyses),
  });
  const { pageSize, offset } = paging(query.page, undefined);
  const found = await searchListings(listings, {
    clauses: text?.clauses ?? [],
    exact: text?.exact,
    today: context.today,
    now: context.now,
    center,
    minimumAge: undefined,
    selected: query.selected,
    sort: query.sort ?? (text ? 'relevance' : 'newest'),
    offset,
    limit: pageSize,
    yieldAbove: Number.POSITIVE_INFINITY,
  });
  digest?.update(JSON.stringify([found.total, found.hits.map((hit) => [hit.id, hit.distance]), found.facets]));
  return found.total;
}

/** A digest of every answer (total, page with distances, facet counts): two versions of the code answer alike when theirs match. */
async function answersDigest(queries: Prepared[], context: Context): Promise<string> {
  const digest = createHash('sha256');
  for (const query of queries) await search(context, query, digest);
  return digest.digest('hex').slice(0, 16);
}

async function run(count: number, mix: string, queries: Prepared[], context: Context): Promise<Row> {
  // Warm-up: the JIT, and derived data (visible set, newest order, landing counts) built once.
  for (const query of queries.slice(0, Math.min(200, queries.length))) await search(context, query);
  const times: number[] = [];
  let gcMs = 0;
  let allocated = 0;
  let lastUsed = v8.getHeapStatistics().used_heap_size;
  const profiler = new v8.GCProfiler();
  profiler.start();
  let hits = 0;
  const started = performance.now();
  for (const query of queries) {
    const t0 = performance.now();
    hits += await search(context, query);
    times.push((performance.now() - t0) * 1000);
  }
  const elapsed = performance.now() - started;
  const stats = profiler.stop();
  for (const gc of stats?.statistics ?? []) {
    allocated += gc.beforeGC.heapStatistics.usedHeapSize - lastUsed;
    lastUsed = gc.afterGC.heapStatistics.usedHeapSize;
    gcMs += gc.cost / 1000;
  }
  allocated += v8.getHeapStatistics().used_heap_size - lastUsed;
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  const row = {
    count,
    mix,
    queries: queries.length,
    p50: at(0.5),
    p95: at(0.95),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    allocatedKb: allocated / queries.length / 1024,
    gcShare: gcMs / elapsed,
    hits: hits / queries.length,
  };
  console.log(`  ${mix}: p50 ${row.p50.toFixed(0)} µs, p95 ${row.p95.toFixed(0)} µs, ${row.allocatedKb.toFixed(1)} KiB allocated a query, GC ${(row.gcShare * 100).toFixed(1)} %`);
  return row;
}

/** The queries once more under the CPU profiler, its profile written to `file`. */
async function profile(file: string, queries: Prepared[], context: Context): Promise<void> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    for (const query of queries) await search(context, query);
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    console.log(`  profile of the ${queries.length} queries written to ${file}`);
  } finally {
    session.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = 1;
});
