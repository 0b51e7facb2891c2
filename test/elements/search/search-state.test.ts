import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  decodeState,
  emptyState,
  encodeState,
  readState,
  writeState,
  type SearchState,
} from '../../../packages/elements/src/search/search-state.js';
import {
  AGE_GROUPS,
  CATEGORIES,
  LOCATION_TYPES,
  SCHEDULE_TYPES,
  SORTS,
  TARGET_GROUPS,
} from '../../../packages/elements/src/search/vocabulary.js';

const text = (maxLength: number) =>
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.floor(maxLength / 4) }).filter((s) => s.length <= maxLength);
const coordinate = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true }).map((value) => (Object.is(value, -0) ? 0 : value));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Every state a user can reach: valid values only, no duplicates in lists. */
const states: fc.Arbitrary<SearchState> = fc.record({
  q: fc.oneof(fc.constant(''), text(200)),
  categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { maxLength: 5 }),
  suits: fc.uniqueArray(fc.constantFrom(...TARGET_GROUPS), { maxLength: 5 }),
  schedule: fc.uniqueArray(fc.constantFrom(...SCHEDULE_TYPES), { maxLength: 3 }),
  locationTypes: fc.uniqueArray(fc.constantFrom(...LOCATION_TYPES), { maxLength: 3 }),
  ageGroups: fc.uniqueArray(fc.constantFrom(...AGE_GROUPS), { maxLength: 5 }),
  place: optional(
    fc
      .record({
        name: optional(text(100)),
        coordinates: optional(fc.record({ lat: coordinate(90), lon: coordinate(180) }, { noNullPrototype: true })),
      }, { noNullPrototype: true })
      .filter((place) => place.name !== undefined || place.coordinates !== undefined),
  ),
  radiusKm: optional(fc.double({ min: Number.MIN_VALUE, max: 500, noNaN: true })),
  sort: optional(fc.constantFrom(...SORTS)),
  page: fc.integer({ min: 1, max: 1000 }),
  ownLanguage: fc.boolean(),
  open: optional(fc.uuid()),
}, { noNullPrototype: true });

/** Query strings of a host page: its own parameters, in any spelling, possibly none. */
const pageQueries = fc
  .array(
    fc.tuple(
      fc.constantFrom('id', 'lang', 'utm_source', 'tx_news[page]', 'flag', 'a%20b'),
      fc.constantFrom('', '=1', '=x%2Cy', '=%C3%BC', '=a+b', '=q'),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([name, value]) => name + value).join('&')}`));

const hostPairs = (search: string) =>
  search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '');

describe('search state in the URL', () => {
  it('decodes what it encodes, for every valid state', () => {
    fc.assert(
      fc.property(states, (state) => {
        assert.deepEqual(decodeState(new URLSearchParams(encodeState(state))), state);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what it writes into a page URL, and leaves the page’s own parameters exactly as they were', () => {
    fc.assert(
      fc.property(states, pageQueries, (state, search) => {
        const written = writeState(search, state);
        assert.deepEqual(readState(written), state);
        assert.deepEqual(hostPairs(written).slice(0, hostPairs(search).length), hostPairs(search));
      }),
      { numRuns: 500 },
    );
  });

  it('replaces its own parameters instead of adding to them', () => {
    fc.assert(
      fc.property(states, states, pageQueries, (first, second, search) => {
        assert.equal(writeState(writeState(search, first), second), writeState(search, second));
      }),
    );
  });

  it('keeps two searches with different prefixes apart in one URL, each reading back its own state', () => {
    fc.assert(
      fc.property(states, states, states, pageQueries, (a, b, plain, search) => {
        const both = writeState(writeState(writeState(search, a, 'a-'), b, 'b-'), plain);
        assert.deepEqual(readState(both, 'a-'), a);
        assert.deepEqual(readState(both, 'b-'), b);
        assert.deepEqual(readState(both), plain);
        assert.equal(writeState(both, emptyState(), 'b-'), writeState(writeState(search, a, 'a-'), plain));
      }),
      { numRuns: 300 },
    );
    assert.equal(writeState('?id=7', { ...emptyState(), q: 'Garten', page: 2 }, 'a-'), '?id=7&a-q=Garten&a-seite=2');
  });

  it('writes readable German parameter names, lists as repeated parameters', () => {
    const state: SearchState = {
      ...emptyState(),
      q: 'Garten hilfe',
      categories: ['umwelt-naturschutz', 'kultur'],
      suits: ['seniors'],
      schedule: ['regular'],
      locationTypes: ['remote'],
      place: { name: 'Pirna', coordinates: undefined },
      radiusKm: 10,
      sort: 'distance',
      page: 2,
    };
    assert.equal(
      writeState('?id=7', state),
      '?id=7&q=Garten+hilfe&kategorie=umwelt-naturschutz&kategorie=kultur&passt=seniors&zeit=regular&art=remote' +
        '&ort=Pirna&umkreis=10&sortierung=distance&seite=2',
    );
    assert.equal(
      writeState('', { ...emptyState(), place: { name: undefined, coordinates: { lat: 51.05, lon: 13.74 } }, open: 'a1b2c3d4-0000-4000-8000-000000000001' }),
      '?lage=51.05,13.74&angebot=a1b2c3d4-0000-4000-8000-000000000001',
    );
    assert.equal(writeState('?id=7&q=alt&seite=3', emptyState()), '?id=7');
    assert.equal(writeState('', emptyState()), '');
  });

  it('drops what it cannot search for rather than sending it to the API', () => {
    const state = readState(
      '?kategorie=kultur&kategorie=erfunden&kategorie=kultur&passt=aliens&zeit=regular&seite=0&umkreis=-5&sortierung=zufall' +
        '&lage=91,13&angebot=not-an-id',
    );
    assert.deepEqual(state, { ...emptyState(), categories: ['kultur'], schedule: ['regular'] });
    assert.equal(readState('?seite=1001').page, 1);
    assert.equal(readState('?seite=2.5').page, 1);
    assert.equal(readState('?umkreis=501').radiusKm, undefined);
    assert.equal(readState('?lage=50.9,13.9,1').place, undefined);
    assert.equal(readState(`?q=${'a'.repeat(300)}`).q.length, 200);
  });
});
