/**
 * The index reads the database's version once for many searches: searches that arrive together
 * share one small query, and none of them answers from a version older than the one it could
 * have seen when it began (a listing published before a search began is found by it).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SearchIndex } from '../../packages/server/src/search/index/engine.js';
import { seedDatabase } from '../../packages/server/src/seed/load.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { publishOpportunity } from './search-fixtures.js';

describe('search index: reads of the database version', () => {
  let test: TestDatabase;
  let index: SearchIndex;
  let stateReads = 0;

  before(async () => {
    test = await openTestDatabase();
    await seedDatabase(test.db, { opportunities: 200, offers: 20, seed: 20261205 });
    const pool = test.db.pool;
    const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    // Counts the statement every search begins with (engine.ts names it).
    (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const statement = args[0] as { name?: string } | string;
      if (typeof statement === 'object' && statement.name === 'search-index-state') stateReads++;
      return query(...args);
    };
    index = await SearchIndex.load(test.db);
  });
  after(async () => {
    await index?.stop();
    await test?.close();
  });

  it('twenty searches begun together read the version once, and each gets its own answer', async () => {
    const words = ['hund', 'garten', 'senioren', 'nachhilfe'];
    // Words are analysed once by a read of their own; from then on only the version is read.
    for (const q of words) await index.searchOpportunities({ q });
    const alone = await Promise.all(words.map((q) => index.searchOpportunities({ q, pageSize: 5 })));
    stateReads = 0;
    const together = await Promise.all(Array.from({ length: 20 }, (_, i) => index.searchOpportunities({ q: words[i % words.length]!, pageSize: 5 })));
    assert.equal(stateReads, 1);
    together.forEach((result, i) => assert.deepEqual(result, alone[i % words.length]));
  });

  it('a listing published before a search began is found by it, even among searches sharing a read', async () => {
    await index.searchOpportunities({ q: 'kletterwand' });
    const id = await publishOpportunity(test.db.pool, { title: 'Kletterwand im Jugendhaus betreuen', categories: ['sport-bewegung'] });
    const results = await Promise.all(Array.from({ length: 5 }, () => index.searchOpportunities({ q: 'kletterwand' })));
    for (const result of results) assert.deepEqual(result.items.map((item) => item.id), [id]);
  });
});
