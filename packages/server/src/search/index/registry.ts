import type { SearchIndex } from './engine.js';

/** The index answering for a database's pool; absent: the SQL search answers. */
const indexes = new WeakMap<object, SearchIndex>();

export function registerSearchIndex(pool: object, index: SearchIndex | undefined): void {
  if (index) indexes.set(pool, index);
  else indexes.delete(pool);
}

export function searchIndexFor(pool: object): SearchIndex | undefined {
  return indexes.get(pool);
}
