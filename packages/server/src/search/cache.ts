import type { Queryable } from '../db/database.js';

/**
 * Search results kept per database, least recently used dropped first. One entry is a page of
 * cards with its facet counts, some 10–50 KB, so this bounds the cache near 10 MB.
 */
export const searchCacheEntries = 256;

/** Pending and settled results by key, per database (the pool or client the search ran on). */
const caches = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Answers a search from the cache when nothing it reads has changed since: the key holds the
 * database's search version (moved by a trigger with every write to postings) and the service
 * day (which decides expiry), read with one small query. So an approval is visible to the next
 * search, from any process sharing the database. Concurrent identical searches share one
 * computation; failures are not kept. Callers get their own copy to change as they like.
 *
 * Why a version query per search and not LISTEN/NOTIFY: the query costs one round trip on a
 * one-row table (about as much as `SELECT 1`, well under a millisecond against the search it
 * saves) and is exact: an instance can never serve a result older than the last commit, not even
 * for the moment a notification is in flight, and there is no listener connection whose loss
 * would have to be noticed and answered with a flush. It is also one code path for PGlite, where a
 * single process owns the data and nobody else could notify. NOTIFY would pay off only if that
 * round trip ever dominated a search.
 */
export async function cachedSearch<T>(db: Queryable, kind: string, query: object, compute: () => Promise<T>): Promise<T> {
  const { rows } = await db.query<{ version: string; today: string }>(
    'SELECT version::text AS version, service_today()::text AS today FROM search_version',
  );
  const state = rows[0];
  if (!state) return compute();
  const key = `${kind} ${state.version} ${state.today} ${canonicalJson(query)}`;
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<string, Promise<unknown>>()));
  let entry = cache.get(key) as Promise<T> | undefined;
  if (entry) {
    // Map keeps insertion order: re-inserting marks the entry as most recently used.
    cache.delete(key);
  } else {
    entry = compute();
    entry.catch(() => cache.delete(key));
  }
  cache.set(key, entry);
  while (cache.size > searchCacheEntries) cache.delete(cache.keys().next().value as string);
  return structuredClone(await entry);
}

/**
 * The query as a key: properties sorted, absent ones dropped, lists sorted and without
 * repeats (`category=a&category=b` searches as `b,a` does).
 */
export function canonicalJson(query: object): string {
  const entries = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]): [string, unknown] => [name, Array.isArray(value) ? [...new Set(value.map(String))].sort() : value])
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(entries);
}
