/**
 * Which search engine the search tests run against: MITMACHEN_SEARCH_ENGINE (`index`, the
 * default, or `sql`), passed on to the test server. Until the in-memory index is part of the
 * server, its configuration has no `searchEngine` and every search is SQL.
 */
import { loadConfig } from '../../packages/server/src/config.js';

export type SearchEngine = 'index' | 'sql';

/** The environment that selects the engine for `startTestServer` / `testServerConfig`. */
export function searchEngineEnv(): Record<string, string> {
  const chosen = process.env.MITMACHEN_SEARCH_ENGINE?.trim();
  return chosen ? { MITMACHEN_SEARCH_ENGINE: chosen } : {};
}

/** The engine a test server started with `searchEngineEnv()` searches with. */
export function searchEngineUnderTest(): SearchEngine {
  const config: object = loadConfig(searchEngineEnv());
  if (!('searchEngine' in config)) return 'sql';
  return config.searchEngine === 'sql' ? 'sql' : 'index';
}
