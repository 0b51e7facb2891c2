import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pageList } from '../../../packages/elements/src/search/paging.js';
import {
  activeFilters,
  narrowestFilter,
  removeFilter,
  withoutFilters,
  type Facets,
} from '../../../packages/elements/src/search/search-filters.js';
import { emptyState, type SearchState } from '../../../packages/elements/src/search/search-state.js';

const chosen: SearchState = {
  ...emptyState(),
  q: 'garten',
  categories: ['kultur', 'bildung'],
  schedule: ['one-time'],
  place: { name: 'Pirna', coordinates: undefined },
  radiusKm: 10,
  sort: 'distance',
  page: 4,
};

describe('chosen filters', () => {
  it('lists every chosen value, then the place', () => {
    assert.deepEqual(activeFilters(chosen), [
      { field: 'categories', value: 'kultur' },
      { field: 'categories', value: 'bildung' },
      { field: 'schedule', value: 'one-time' },
      { field: 'place' },
    ]);
  });

  it('removes one value, or the place with its radius and distance order, and goes back to page 1', () => {
    assert.deepEqual(removeFilter(chosen, { field: 'categories', value: 'kultur' }), { ...chosen, categories: ['bildung'], page: 1 });
    assert.deepEqual(removeFilter(chosen, { field: 'place' }), {
      ...chosen,
      place: undefined,
      radiusKm: undefined,
      sort: undefined,
      page: 1,
    });
  });

  it('resets every filter but keeps the text', () => {
    assert.deepEqual(withoutFilters(chosen), { ...emptyState(), q: 'garten', sort: undefined });
  });
});

describe('the narrowest filter, suggested when nothing is found', () => {
  const facets: Facets = {
    category: [
      { value: 'kultur', count: 0 },
      { value: 'sport-bewegung', count: 4 },
    ],
    schedule: [
      { value: 'one-time', count: 0 },
      { value: 'regular', count: 9 },
    ],
  };

  it('is the list whose removal brings the most results back', () => {
    assert.deepEqual(narrowestFilter(chosen, facets), { field: 'schedule' });
    assert.deepEqual(narrowestFilter(chosen, { ...facets, category: [{ value: 'soziales', count: 12 }] }), { field: 'categories' });
  });

  it('is the place, then the text, when no list would help', () => {
    const noGain: Facets = { category: [{ value: 'kultur', count: 0 }] };
    assert.deepEqual(narrowestFilter(chosen, noGain), { field: 'place' });
    assert.deepEqual(narrowestFilter({ ...chosen, place: undefined }, noGain), { field: 'q' });
    assert.deepEqual(narrowestFilter({ ...emptyState(), categories: ['kultur'] }, noGain), { field: 'categories' });
    assert.equal(narrowestFilter(emptyState(), noGain), undefined);
  });
});

describe('paging', () => {
  it('shows the first, the last and the current page with its neighbours', () => {
    assert.deepEqual(pageList(1, 1), [1]);
    assert.deepEqual(pageList(2, 17), [1, 2, 3, undefined, 17]);
    assert.deepEqual(pageList(6, 17), [1, undefined, 5, 6, 7, undefined, 17]);
    assert.deepEqual(pageList(3, 17), [1, 2, 3, 4, undefined, 17]);
    assert.deepEqual(pageList(17, 17), [1, undefined, 16, 17]);
    assert.deepEqual(pageList(4, 5), [1, 2, 3, 4, 5]);
  });
});
