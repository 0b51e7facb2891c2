import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDateTimeRange, formatDay } from '../../../packages/elements/src/format/detail-dates.js';
import { formatDistance } from '../../../packages/elements/src/format/distance.js';
import { formatAddress, openStreetMapUrl } from '../../../packages/elements/src/format/address.js';
import { formatPlace } from '../../../packages/elements/src/format/place.js';
import { safeUrl } from '../../../packages/elements/src/format/url.js';

describe('distance, place and dates', () => {
  it('writes distances with the language’s decimal sign, whole km from 10 km on', () => {
    assert.equal(formatDistance(3.44, 'de'), '3,4 km');
    assert.equal(formatDistance(3.44, 'en'), '3.4 km');
    assert.equal(formatDistance(27.6, 'de'), '28 km');
    assert.equal(formatDistance(0, 'de'), '0 km');
  });

  it('names the town of a place, from the address when the place has no name', () => {
    assert.equal(formatPlace({ type: 'onsite', region: 'dresden', place: 'Dresden' }), 'Dresden');
    assert.equal(
      formatPlace({ type: 'hybrid', region: 'meissen', address: { postalCode: '01662', city: 'Meißen' } }),
      'Meißen',
    );
    assert.equal(formatPlace({ type: 'remote', region: 'leipzig' }), undefined);
  });

  it('writes an address in German order', () => {
    assert.equal(formatAddress({ street: 'Markt 1', postalCode: '01796', city: 'Pirna' }), 'Markt 1, 01796 Pirna');
    assert.equal(formatAddress({ postalCode: '01796', city: 'Pirna' }), '01796 Pirna');
  });

  it('links a place to OpenStreetMap with a marker', () => {
    assert.equal(
      openStreetMapUrl({ lat: 50.962341234, lon: 13.94021 }),
      'https://www.openstreetmap.org/?mlat=50.96234&mlon=13.94021#map=15/50.96234/13.94021',
    );
  });

  it('writes an appointment with weekday and times in German time', () => {
    const range = { start: '2026-03-14T09:00:00Z', end: '2026-03-14T13:00:00Z' };
    assert.equal(formatDateTimeRange(range, 'de'), 'Sa., 14. März 2026, 10:00–14:00 Uhr');
    assert.equal(formatDateTimeRange(range, 'en'), 'Sat, 14 March 2026, 10:00–14:00');
    assert.equal(formatDateTimeRange({ start: range.start }, 'de'), 'Sa., 14. März 2026 um 10:00');
  });

  it('names a bare date as that day in every zone', () => {
    assert.equal(formatDay('2026-12-31', 'de'), '31. Dezember 2026');
    assert.equal(formatDay('2026-12-31', 'en'), '31 December 2026');
  });

  it('keeps only http, https and mailto links', () => {
    assert.equal(safeUrl('https://example.org/a b'), 'https://example.org/a%20b');
    assert.equal(safeUrl('mailto:info@example.org'), 'mailto:info@example.org');
    assert.equal(safeUrl('javascript:alert(1)'), undefined);
    assert.equal(safeUrl(' JavaScript:alert(1)'), undefined);
    assert.equal(safeUrl('data:text/html,<script>alert(1)</script>'), undefined);
    assert.equal(safeUrl('/relative'), undefined);
  });
});
