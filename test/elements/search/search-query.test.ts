import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  applicableState,
  offerQuery,
  opportunityQuery,
  parsePresets,
  type Presets,
} from '../../../packages/elements/src/search/search-query.js';
import { emptyState, type SearchState } from '../../../packages/elements/src/search/search-state.js';

const none: Presets = { regions: [], categories: [], organisations: [] };
const pirna = { name: 'Pirna', coordinates: undefined };

describe('what the search sends to the API', () => {
  it('reads preset attributes, space- or comma-separated, and names unknown values once', () => {
    const warnings: string[] = [];
    const presets = parsePresets(
      { region: 'dresden, meissen  atlantis', categories: 'kultur,kultur', organisation: 'tafel-dresden Bad_Slug' },
      (message) => warnings.push(message),
    );
    assert.deepEqual(presets, { regions: ['dresden', 'meissen'], categories: ['kultur'], organisations: ['tafel-dresden'] });
    assert.equal(warnings.length, 2);
    assert.match(warnings[0]!, /"atlantis"/);
    assert.match(warnings[1]!, /"Bad_Slug"/);
    assert.deepEqual(parsePresets({ region: null, categories: '', organisation: null }, () => assert.fail('no warning')), none);
  });

  it('sends the trimmed text, the filters, the place and the page', () => {
    const state: SearchState = {
      ...emptyState(),
      q: '  garten ',
      categories: ['umwelt-naturschutz'],
      suits: ['seniors'],
      schedule: ['regular'],
      locationTypes: ['onsite', 'hybrid'],
      place: pirna,
      radiusKm: 10,
      sort: 'distance',
      page: 3,
    };
    assert.deepEqual(opportunityQuery(state, none, 12), {
      q: 'garten',
      category: ['umwelt-naturschutz'],
      suits: ['seniors'],
      schedule: ['regular'],
      locationType: ['onsite', 'hybrid'],
      near: 'Pirna',
      radiusKm: 10,
      sort: 'distance',
      page: 3,
      pageSize: 12,
    });
    assert.deepEqual(opportunityQuery(emptyState(), none, 20), { page: 1, pageSize: 20 });
  });

  it('sends coordinates instead of the name when it has them, and no distance order without a place', () => {
    const at = { name: 'Neustadt', coordinates: { lat: 51.02, lon: 14.21 } };
    assert.deepEqual(opportunityQuery({ ...emptyState(), place: at }, none, 12), { lat: 51.02, lon: 14.21, page: 1, pageSize: 12 });
    assert.equal(opportunityQuery({ ...emptyState(), sort: 'distance' }, none, 12).sort, undefined);
    assert.equal(opportunityQuery({ ...emptyState(), radiusKm: 50 }, none, 12).radiusKm, undefined);
  });

  it('searches within the presets: the user’s categories narrow them, regions and organisations always apply', () => {
    const presets: Presets = { regions: ['dresden'], categories: ['kultur', 'bildung'], organisations: ['tafel-dresden'] };
    assert.deepEqual(opportunityQuery(emptyState(), presets, 12), {
      category: ['kultur', 'bildung'],
      region: ['dresden'],
      organisation: ['tafel-dresden'],
      page: 1,
      pageSize: 12,
    });
    assert.deepEqual(opportunityQuery({ ...emptyState(), categories: ['bildung'] }, presets, 12).category, ['bildung']);
    assert.deepEqual(applicableState({ ...emptyState(), categories: ['bildung', 'sport-bewegung'] }, 'opportunities', presets).categories, [
      'bildung',
    ]);
  });

  it('sends offers only what the offers search knows', () => {
    const state: SearchState = {
      ...emptyState(),
      categories: ['kultur'],
      suits: ['seniors'],
      ageGroups: ['65-plus'],
      sort: 'start',
      place: pirna,
    };
    assert.deepEqual(offerQuery(state, { ...none, organisations: ['tafel-dresden'] }, 12), {
      category: ['kultur'],
      ageGroup: ['65-plus'],
      near: 'Pirna',
      page: 1,
      pageSize: 12,
    });
    // A chosen offer stays open: it shows the contact form to its author.
    const open = 'a1b2c3d4-0000-4000-8000-000000000001';
    const applicable = applicableState({ ...state, open }, 'offers', none);
    assert.deepEqual(applicable, { ...state, suits: [], sort: undefined, open });
  });

  it('forgets a radius and a distance order that have no place', () => {
    const state = applicableState({ ...emptyState(), radiusKm: 10, sort: 'distance' }, 'opportunities', none);
    assert.equal(state.radiusKm, undefined);
    assert.equal(state.sort, undefined);
  });
});
