import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { jobPosting, jsonLdText } from '../../../packages/elements/src/format/json-ld.js';
import { opportunityFixture } from '../opportunity/fixtures.js';

describe('JobPosting structured data', () => {
  it('describes an on-site listing as a volunteer job posting', () => {
    const data = jobPosting(opportunityFixture(), { url: 'https://example.org/angebot' });
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'JobPosting');
    assert.equal(data.employmentType, 'VOLUNTEER');
    assert.equal(data.directApply, false);
    assert.equal(data.title, 'Vorlesen im Kinderhaus Sonnenschein');
    assert.equal(data.datePosted, '2026-01-05T10:00:00Z');
    assert.equal(data.validThrough, '2026-12-31');
    assert.equal(data.url, 'https://example.org/angebot');
    assert.deepEqual(data.hiringOrganization, {
      '@type': 'Organization',
      name: 'Kinderhaus Sonnenschein e. V.',
      sameAs: 'https://example.org/',
    });
    assert.deepEqual(data.jobLocation, {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Dohnaische Straße 12',
        postalCode: '01796',
        addressLocality: 'Pirna',
        addressCountry: 'DE',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 50.96234, longitude: 13.94021 },
    });
    assert.equal(data.jobLocationType, undefined);
    assert.match(String(data.description), /<strong>Vorlesepatinnen und -paten<\/strong>/);
  });

  it('marks a remote listing as telecommute, for applicants in Germany', () => {
    const data = jobPosting(opportunityFixture({ location: { type: 'remote', region: 'leipzig' } }));
    assert.equal(data.jobLocationType, 'TELECOMMUTE');
    assert.deepEqual(data.applicantLocationRequirements, { '@type': 'Country', name: 'DE' });
    assert.equal(data.jobLocation, undefined);
  });

  it('leaves out what the listing does not have and drops unsafe addresses', () => {
    const data = jobPosting(
      opportunityFixture({
        expiresAt: undefined,
        image: undefined,
        organisation: { id: 'x', name: 'X', type: 'verein', website: 'javascript:alert(1)' },
      }),
    );
    assert.equal('validThrough' in data, false);
    assert.equal('image' in data, false);
    assert.deepEqual(data.hiringOrganization, { '@type': 'Organization', name: 'X' });
  });

  it('cannot close its script element, and parses back to the same data', () => {
    const data = jobPosting(opportunityFixture({ title: 'Hilfe </script><script>alert(1)</script> <!--' }));
    const text = jsonLdText(data);
    assert.doesNotMatch(text, /</);
    assert.deepEqual(JSON.parse(text), data);
  });
});
