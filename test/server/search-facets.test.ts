import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OpportunityListItem, OpportunityQuery, OpportunitySearchResult } from '@mitmachen/contract';
import { createOpportunity } from '../../packages/server/src/opportunities/repository.js';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import type { TestDatabase } from '../support/database.js';
import { allPages, opportunityInput, openSeededDatabase } from './search-fixtures.js';

type Dimension = keyof OpportunitySearchResult['facets'];
// 'available' has one value (German) in the demo data: translations are tested in listing-translations.test.ts.
const dimensions: Dimension[] = ['category', 'suits', 'schedule', 'locationType', 'region', 'organisation'];

/** Whether an item has `value` in a dimension, read from what the client sees. */
function has(item: OpportunityListItem, dimension: Dimension, value: string): boolean {
  switch (dimension) {
    case 'category':
      return (item.categories as string[]).includes(value);
    case 'suits':
      return (item.targetGroups as string[]).includes(value);
    case 'schedule':
      return item.schedule.type === value;
    case 'locationType':
      return item.location.type === value;
    case 'region':
      return item.location.region === value;
    case 'organisation':
      return item.organisation.id === value;
    case 'available':
      return (item.textLanguages ?? ['de']).includes(value as 'de');
  }
}

describe('opportunity search: filters and facet counts', () => {
  let test: TestDatabase;
  const search = (query: OpportunityQuery) => searchOpportunities(test.db.pool, query);
  const everything = (query: OpportunityQuery) => allPages((page, pageSize) => search({ ...query, page, pageSize }));

  before(async () => {
    test = await openSeededDatabase();
  });
  after(() => test?.close());

  for (const dimension of dimensions) {
    it(`filters by ${dimension}: every result has the chosen value, and the count matches the facet`, async () => {
      const facet = (await search({})).facets[dimension] ?? [];
      assert.ok(facet.length >= 2, `the demo data should have several ${dimension} values`);
      const value = facet[1]!.value;
      const { items, totals } = await everything({ [dimension]: [value] });
      assert.ok(items.length > 0);
      assert.equal(items.length, totals[0]);
      for (const item of items) assert.ok(has(item, dimension, value), `${item.id} lacks ${dimension} ${value}`);
      assert.equal(items.length, facet[1]!.count);
    });
  }

  it('combines values of one dimension with OR', async () => {
    const [a, b] = (await search({})).facets.category;
    const ofA = new Set((await everything({ category: [a!.value as never] })).items.map((item) => item.id));
    const ofB = new Set((await everything({ category: [b!.value as never] })).items.map((item) => item.id));
    const either = await everything({ category: [a!.value, b!.value] as never });
    assert.deepEqual(new Set(either.items.map((item) => item.id)), new Set([...ofA, ...ofB]));
  });

  it('combines dimensions with AND', async () => {
    const all = await search({});
    const category = all.facets.category[0]!.value as never;
    const region = all.facets.region[0]!.value as never;
    const both = await everything({ category: [category], region: [region] });
    assert.ok(both.items.length > 0);
    for (const item of both.items) assert.ok(has(item, 'category', category) && has(item, 'region', region));
    const byCategory = await search({ category: [category] });
    const byRegion = await search({ region: [region] });
    assert.ok(both.items.length < byCategory.total && both.items.length < byRegion.total);
  });

  it('counts each facet value as the number of results that choosing it gives (disjunctively)', async () => {
    // A query with filters on two dimensions and text: each count must equal the total of the
    // same query with that value chosen in its dimension (replacing that dimension's choice).
    const base: OpportunityQuery = { q: 'Kinder', category: ['bildung', 'kinder-jugend'], schedule: ['regular'] };
    const result = await search(base);
    assert.ok(result.total > 0);
    for (const dimension of dimensions) {
      const values = result.facets[dimension] ?? [];
      assert.ok(values.length > 0, `no ${dimension} counts`);
      for (const { value, count } of values) {
        const chosen = await search({ ...base, [dimension]: [value] });
        assert.equal(count, chosen.total, `${dimension}=${value}`);
      }
    }
  });

  it("ignores a dimension's own choice for its counts, so other values stay choosable", async () => {
    const all = await search({});
    const chosen = all.facets.region[0]!;
    const result = await search({ region: [chosen.value as never] });
    assert.equal(result.total, chosen.count);
    assert.deepEqual(result.facets.region, all.facets.region);
    const otherCategories = result.facets.category.reduce((sum, value) => sum + value.count, 0);
    const allCategories = all.facets.category.reduce((sum, value) => sum + value.count, 0);
    assert.ok(otherCategories < allCategories, 'the region choice narrows the other dimensions');
  });

  it('labels organisations with their names and reports the 20 largest', async () => {
    const result = await search({});
    assert.equal(result.facets.organisation.length, 20);
    const counts = result.facets.organisation.map((value) => value.count);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    const first = result.facets.organisation[0]!;
    const page = await search({ organisation: [first.value], pageSize: 1 });
    assert.equal(first.label, page.items[0]!.organisation.name);
  });

  it('filters by the volunteer\'s age: no minimum, or a minimum at most that age', async () => {
    const { items } = await everything({ age: 16 });
    assert.ok(items.some((item) => item.minimumAge === undefined));
    assert.ok(items.some((item) => item.minimumAge !== undefined && item.minimumAge <= 16));
    for (const item of items) assert.ok(item.minimumAge === undefined || item.minimumAge <= 16);
    const adults = await search({ age: 99 });
    const all = await search({});
    assert.equal(adults.total, all.total);
    assert.ok(items.length < all.total);
  });

  it('counts nothing of a pending posting, not even its new organisation', async () => {
    await createOpportunity(
      test.db.pool,
      opportunityInput({ title: 'Zauberkunst für Kinderfeste', organisation: { name: 'Zauberfreunde Riesa', type: 'initiative' } }),
    );
    const result = await search({ q: 'Zauberkunst' });
    assert.equal(result.total, 0);
    for (const dimension of dimensions) assert.deepEqual(result.facets[dimension], []);
    const byOrganisation = await search({ organisation: ['zauberfreunde-riesa'] });
    assert.equal(byOrganisation.total, 0);
    assert.ok(!byOrganisation.facets.organisation.some((value) => value.value === 'zauberfreunde-riesa'));
  });
});
