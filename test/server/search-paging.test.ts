import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OpportunityQuery } from '@mitmachen/contract';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import type { TestDatabase } from '../support/database.js';
import { allPages, openSeededDatabase, publishOpportunity } from './search-fixtures.js';

describe('opportunity search: sorting and paging', () => {
  let test: TestDatabase;
  const search = (query: OpportunityQuery) => searchOpportunities(test.db.pool, query);

  before(async () => {
    test = await openSeededDatabase();
  });
  after(() => test?.close());

  it('pages without duplicates or gaps, with a stable total', async () => {
    for (const query of [{}, { category: ['soziales'] }, { q: 'Kinder' }, { near: 'Leipzig', sort: 'distance' }] as OpportunityQuery[]) {
      const { items, totals } = await allPages((page, pageSize) => search({ ...query, page, pageSize }));
      const ids = items.map((item) => item.id);
      assert.equal(new Set(ids).size, ids.length, `duplicates for ${JSON.stringify(query)}`);
      assert.equal(ids.length, totals[0]);
      assert.ok(totals.every((total) => total === totals[0]));
      // The same listings in pages of another size, in the same order.
      const small = await allPages((page, pageSize) => search({ ...query, page, pageSize }), 7);
      assert.deepEqual(small.items.map((item) => item.id), ids);
    }
  });

  it('uses 20 a page by default, at most 50, and answers a page past the end with no items', async () => {
    const first = await search({});
    assert.equal(first.items.length, 20);
    assert.equal(first.pageSize, 20);
    assert.equal(first.page, 1);
    const large = await search({ pageSize: 500 });
    assert.equal(large.items.length, 50);
    assert.equal(large.pageSize, 50);
    const beyond = await search({ page: Math.ceil(first.total / 20) + 1 });
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, first.total);
  });

  it('sorts by newest: latest first', async () => {
    const { items } = await allPages((page, pageSize) => search({ region: ['bautzen'], sort: 'newest', page, pageSize }));
    const created = items.map((item) => item.createdAt);
    assert.deepEqual(created, [...created].sort().reverse());
  });

  it('sorts by start: the next date first, undated listings last', async () => {
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const later = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const past = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const ids = {
      later: await publishOpportunity(test.db.pool, {
        title: 'Kürbisschnitzen im Herbst',
        schedule: { type: 'one-time', dates: [{ start: later }] },
      }),
      // Its first date has passed; its next one is what counts.
      soon: await publishOpportunity(test.db.pool, {
        title: 'Kürbissuppe kochen für alle',
        schedule: { type: 'one-time', dates: [{ start: past }, { start: soon }] },
      }),
      undated: await publishOpportunity(test.db.pool, { title: 'Kürbisbeet pflegen im Gemeinschaftsgarten' }),
    };
    const own = await search({ q: 'Kürbis', sort: 'start' });
    assert.deepEqual(own.items.map((item) => item.id), [ids.soon, ids.later, ids.undated]);

    const { items } = await allPages((page, pageSize) => search({ sort: 'start', region: ['meissen'], page, pageSize }));
    const dated = items.filter((item) => item.schedule.type === 'one-time');
    const firstUndated = items.findIndex((item) => item.schedule.type !== 'one-time');
    assert.ok(dated.length > 0 && firstUndated > 0);
    const now = Date.now();
    const nextDates = items.slice(0, firstUndated).map((item) => {
      assert.equal(item.schedule.type, 'one-time');
      const starts = item.schedule.type === 'one-time' ? item.schedule.dates.map((d) => Date.parse(d.start)) : [];
      return Math.min(...starts.filter((start) => start >= now));
    });
    assert.deepEqual(nextDates, [...nextDates].sort((a, b) => a - b));
    const upcoming = (item: (typeof items)[number]) =>
      item.schedule.type === 'one-time' && item.schedule.dates.some((d) => Date.parse(d.start) >= now);
    assert.ok(!items.slice(firstUndated).some(upcoming), 'a dated listing sorts after an undated one');
  });
});
