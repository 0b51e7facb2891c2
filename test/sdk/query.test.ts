import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toSearchParams } from '../../packages/sdk/src/query.js';

describe('query encoding', () => {
  it('repeats a parameter once per array element, in order', () => {
    const params = toSearchParams({ category: ['tierschutz', 'kultur'], region: ['dresden'] });
    assert.equal(params.toString(), 'category=tierschutz&category=kultur&region=dresden');
  });

  it('writes numbers as they are, decimals included', () => {
    const params = toSearchParams({ lat: 50.9623, lon: 13.9387, radiusKm: 12.5, age: 16, page: 2 });
    assert.equal(params.toString(), 'lat=50.9623&lon=13.9387&radiusKm=12.5&age=16&page=2');
  });

  it('leaves out undefined, null, empty strings and empty arrays', () => {
    const params = toSearchParams({ q: '', category: [], near: undefined, sort: null, region: ['', 'leipzig'] });
    assert.equal(params.toString(), 'region=leipzig');
  });

  it('percent-encodes text so umlauts and separators survive', () => {
    const params = toSearchParams({ q: 'Görlitz & Umgebung', near: 'Sächsische Schweiz' });
    assert.equal(params.get('q'), 'Görlitz & Umgebung');
    assert.equal(params.toString(), 'q=G%C3%B6rlitz+%26+Umgebung&near=S%C3%A4chsische+Schweiz');
  });

  it('gives no parameters for no query', () => {
    assert.equal(toSearchParams(undefined).size, 0);
  });
});
