import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { approvePosting } from '../../packages/server/src/moderation/repository.js';
import { createOpportunity } from '../../packages/server/src/opportunities/repository.js';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { opportunityInput, publishOpportunity } from './search-fixtures.js';

describe('search results cache', () => {
  let first: TestDatabase;
  let second: TestDatabase;

  before(async () => {
    [first, second] = await Promise.all([openTestDatabase(), openTestDatabase()]);
  });
  after(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  it('never answers one database with results from another', async () => {
    const a = await publishOpportunity(first.db.pool, { title: 'Turmuhr aufziehen in der Kirche' });
    const b = await publishOpportunity(second.db.pool, { title: 'Turmuhr reparieren im Heimatverein' });
    assert.deepEqual((await searchOpportunities(first.db.pool, { q: 'Turmuhr' })).items.map((item) => item.id), [a]);
    assert.deepEqual((await searchOpportunities(second.db.pool, { q: 'Turmuhr' })).items.map((item) => item.id), [b]);
  });

  it('answers with what the database holds now, after any change to it', async () => {
    const db = first.db.pool;
    const before = await searchOpportunities(db, { q: 'Glockenturm' });
    assert.equal(before.total, 0);
    const { id } = await createOpportunity(db, opportunityInput({ title: 'Führungen im Glockenturm' }));
    assert.equal((await searchOpportunities(db, { q: 'Glockenturm' })).total, 0, 'pending stays invisible');
    await approvePosting(db, 'opportunity', id);
    assert.equal((await searchOpportunities(db, { q: 'Glockenturm' })).total, 1);
    // A change made by other means (another process, an operator's SQL) counts as well.
    await db.query(`UPDATE opportunities SET status = 'expired' WHERE id = $1`, [id]);
    assert.equal((await searchOpportunities(db, { q: 'Glockenturm' })).total, 0);
  });

  it('gives every caller its own copy', async () => {
    const db = first.db.pool;
    const one = await searchOpportunities(db, { category: ['bildung'] });
    one.items.length = 0;
    one.facets.category.push({ value: 'changed', count: 1 });
    const two = await searchOpportunities(db, { category: ['bildung'] });
    assert.ok(two.items.length > 0);
    assert.ok(!two.facets.category.some((value) => value.value === 'changed'));
  });
});
