import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { searchOffers } from '../../packages/server/src/offers/search.js';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import { isSeeded, seedDatabase } from '../../packages/server/src/seed/load.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

describe('seeding the demo data', () => {
  let test: TestDatabase;
  const options = { opportunities: 1200, offers: 80, seed: 4 };

  before(async () => {
    test = await openTestDatabase();
  });
  after(() => test?.close());

  it('writes the generated postings, which then are searchable', async () => {
    assert.equal(await isSeeded(test.db.pool), false);
    assert.deepEqual(await seedDatabase(test.db, options), { opportunities: 1200, offers: 80 });
    assert.equal(await isSeeded(test.db.pool), true);
    const { rows } = await test.db.pool.query<Record<'opportunities' | 'offers' | 'organisations' | 'visible', number>>(`SELECT
        (SELECT count(*) FROM opportunities)::int AS opportunities,
        (SELECT count(*) FROM offers)::int AS offers,
        (SELECT count(*) FROM organisations)::int AS organisations,
        (SELECT count(*) FROM opportunities o WHERE o.status = 'published' AND (o.expires_at IS NULL OR o.expires_at >= service_today()))::int AS visible`);
    const counts = rows[0]!;
    assert.equal(counts.opportunities, 1200);
    assert.equal(counts.offers, 80);
    assert.ok(counts.organisations > 20);
    const all = await searchOpportunities(test.db.pool, {});
    assert.equal(all.total, counts.visible);
    assert.ok(all.total > 1000, 'most demo listings are current');
    assert.equal((await searchOffers(test.db.pool, {})).total, 80);
  });

  it('fills the spelling list, so typos in demo words are corrected', async () => {
    const { rows } = await test.db.pool.query<{ spelling: string }>(`SELECT spelling FROM search_words WHERE kind = 'opportunity' AND length(word) >= 8 ORDER BY ndoc DESC, word LIMIT 1`);
    const word = rows[0]!.spelling;
    // Drop one letter from the middle: a typo a hurried volunteer makes.
    const typo = word.slice(0, 4) + word.slice(5);
    const result = await searchOpportunities(test.db.pool, { q: `${typo} ` });
    assert.ok(result.total > 0, `nothing for ${typo}`);
    assert.ok(result.correctedQuery?.startsWith(word.slice(0, 4)), `"${typo}" became "${result.correctedQuery}"`);
  });

  it('skips postings that are already there when the same seed is written again', async () => {
    assert.deepEqual(await seedDatabase(test.db, options), { opportunities: 0, offers: 0 });
    const { rows } = await test.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM opportunities');
    assert.equal(rows[0]?.n, 1200);
  });
});
