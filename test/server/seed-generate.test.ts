import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import ajv2020 from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { Opportunity } from '@mitmachen/contract';
import { generateOffers, generateOpportunities } from '../../packages/server/src/seed/generate.js';
import { resolvePlace } from '../../packages/server/src/places/index.js';
import { taxonomy } from '../../packages/server/src/taxonomy.js';

const contract = parse(readFileSync(new URL('../../packages/contract/openapi.yaml', import.meta.url), 'utf8')) as object;
// Ajv's `discriminator` option rejects `mapping`; without it the keyword is ignored and `oneOf` decides.
const ajv = new ajv2020.default({ strict: false, allErrors: true });
ajvFormats.default(ajv);
ajv.addSchema({ ...contract, $id: 'mitmachen:openapi' });
const validateOpportunity = ajv.compile({ $ref: 'mitmachen:openapi#/components/schemas/Opportunity' });
const validateOffer = ajv.compile({ $ref: 'mitmachen:openapi#/components/schemas/Offer' });

const now = new Date('2026-11-25T09:30:00Z');
const today = '2026-11-25';
const opportunities = [...generateOpportunities(3000, { seed: 42, now })];
const offers = [...generateOffers(1000, { seed: 42, now })];

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const EXAMPLE_EMAIL = /^[a-z0-9._-]+@example\.(org|com|net)$/;
const EXAMPLE_WEBSITE = /^https:\/\/[a-z0-9-]+\.example\.(org|com|net)\/$/;

function text(o: Opportunity): string {
  return `${o.title}\n${o.summary}\n${o.description}\n${o.tasks.join('\n')}`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string | readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const keys = key(item);
    for (const k of typeof keys === 'string' ? [keys] : keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

describe('generateOpportunities', () => {
  it('makes opportunities that validate against the contract', () => {
    for (const opportunity of opportunities) {
      assert.ok(validateOpportunity(opportunity), `${opportunity.id}: ${JSON.stringify(validateOpportunity.errors)}`);
      assert.equal(opportunity.status, 'published');
      assert.equal(opportunity.image, undefined, 'no images: the demo calls no third-party host');
    }
  });

  it('gives the same items for the same seed and day, and others for another seed', () => {
    const again = [...generateOpportunities(3000, { seed: 42, now: new Date('2026-11-25T23:59:00Z') })];
    assert.equal(JSON.stringify(again), JSON.stringify(opportunities));
    const other = [...generateOpportunities(20, { seed: 43, now })];
    assert.notDeepEqual(other, opportunities.slice(0, 20));
  });

  it('makes exactly as many items as asked', () => {
    assert.equal([...generateOpportunities(0, { now })].length, 0);
    assert.equal([...generateOpportunities(1, { now })].length, 1);
    assert.equal([...generateOpportunities(17, { now })].length, 17);
  });

  it('gives every item a unique UUID v4', () => {
    const ids = opportunities.map((o) => o.id);
    assert.ok(ids.every((id) => UUID_V4.test(id)));
    assert.equal(new Set(ids).size, ids.length);
  });

  it('spreads over all districts, weighted by population, Dresden and Leipzig first', () => {
    const byRegion = countBy(opportunities, (o) => o.location.region);
    assert.deepEqual([...byRegion.keys()].sort(), taxonomy.regions.map((r) => r.id).sort());
    const ranked = [...byRegion.entries()].sort((a, b) => b[1] - a[1]).map(([region]) => region);
    assert.deepEqual(ranked.slice(0, 2).sort(), ['dresden', 'leipzig']);
    for (const [region, count] of byRegion) assert.ok(count >= 90, `${region}: ${count}`);
  });

  it('covers all categories, target groups, schedule and location types, mostly on site', () => {
    const categories = countBy(opportunities, (o) => o.categories);
    assert.deepEqual([...categories.keys()].sort(), taxonomy.categories.map((c) => c.id).sort());
    for (const [category, count] of categories) assert.ok(count >= 30, `${category}: ${count}`);
    assert.deepEqual([...countBy(opportunities, (o) => o.targetGroups).keys()].sort(), taxonomy.targetGroups.map((t) => t.id).sort());
    assert.deepEqual([...countBy(opportunities, (o) => o.schedule.type).keys()].sort(), ['flexible', 'one-time', 'regular']);
    const locations = countBy(opportunities, (o) => o.location.type);
    assert.deepEqual([...locations.keys()].sort(), ['hybrid', 'onsite', 'remote']);
    assert.ok((locations.get('onsite') ?? 0) > opportunities.length * 0.7);
    assert.ok(opportunities.every((o) => o.categories.length >= 1 && o.categories.length <= 3));
    assert.ok(opportunities.every((o) => new Set(o.categories).size === o.categories.length));
  });

  it('varies minimum ages, languages, accessibility and benefits', () => {
    const ages = countBy(opportunities, (o) => String(o.minimumAge ?? 'none'));
    for (const age of ['none', '14', '16', '18']) assert.ok(ages.has(age), `minimum age ${age}`);
    const languages = countBy(opportunities, (o) => o.languages);
    assert.ok((languages.get('de') ?? 0) === opportunities.length, 'every posting is in German');
    for (const language of ['en', 'ar', 'uk', 'ru', 'pl', 'cs']) assert.ok(languages.has(language), language);
    const features = countBy(opportunities, (o) => o.accessibility.features);
    assert.deepEqual([...features.keys()].sort(), taxonomy.accessibilityFeatures.map((f) => f.id).sort());
    const benefits = countBy(opportunities, (o) => o.benefits);
    assert.deepEqual([...benefits.keys()].sort(), taxonomy.benefits.map((b) => b.id).sort());
  });

  it('places on-site items at an address in their town, in the town’s district', () => {
    for (const { location } of opportunities) {
      if (location.type === 'remote') {
        assert.equal(location.address, undefined);
        assert.equal(location.coordinates, undefined);
        continue;
      }
      assert.ok(location.place && location.address && location.coordinates);
      assert.equal(location.address.city, location.place);
      assert.match(location.address.postalCode, /^0[0-9]{4}$/, 'Saxon postal codes start with 0');
      const town = resolvePlace(location.place);
      assert.equal(town?.region, location.region, location.place);
      const km = Math.hypot(town.lat - location.coordinates.lat, (town.lon - location.coordinates.lon) * 0.63) * 111;
      assert.ok(km < 7, `${location.place}: ${km.toFixed(1)} km from the centre`);
    }
  });

  it('dates creation in the past and expiry and events in the future', () => {
    for (const o of opportunities) {
      assert.ok(o.createdAt <= o.updatedAt, o.id);
      assert.ok(o.updatedAt.slice(0, 10) <= today, o.id);
      if (o.expiresAt) assert.ok(o.expiresAt > today, o.id);
      if (o.schedule.type === 'one-time') {
        for (const date of o.schedule.dates) assert.ok(date.start.slice(0, 10) > today && date.start <= (date.end ?? date.start));
        assert.equal(o.expiresAt, (o.schedule.dates.at(-1)?.end ?? o.schedule.dates.at(-1)?.start)?.slice(0, 10));
      }
    }
    assert.ok(opportunities.filter((o) => o.expiresAt).length > opportunities.length * 0.8);
  });

  it('gives one organisation one id, derived from its name, and websites only at example domains', () => {
    const byId = new Map<string, string>();
    for (const { organisation } of opportunities) {
      const seen = byId.get(organisation.id);
      if (seen) assert.equal(seen, JSON.stringify(organisation));
      byId.set(organisation.id, JSON.stringify(organisation));
      if (organisation.website) assert.match(organisation.website, EXAMPLE_WEBSITE);
    }
    assert.ok(byId.size > 500, `${byId.size} organisations`);
    const names = [...byId.values()].map((o) => (JSON.parse(o) as { name: string }).name);
    assert.ok(names.some((n) => n.length > 90), 'some very long names');
    assert.ok(names.some((n) => n.startsWith('Tierschutzverein ')));
    assert.ok(names.some((n) => n.startsWith('Freiwillige Feuerwehr ')));
    assert.ok(names.some((n) => n.startsWith('Ev.-Luth. Kirchgemeinde ')));
  });

  it('names contact persons with addresses only at the example domains', () => {
    const contacts = opportunities.flatMap((o) => (o.contact ? [o.contact] : []));
    assert.ok(contacts.length > opportunities.length / 2);
    for (const contact of contacts) {
      assert.match(contact.name, /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u);
      if (contact.email) assert.match(contact.email, EXAMPLE_EMAIL);
    }
  });

  it('has the themes people search for, in quantity', () => {
    const themes: Record<string, RegExp> = {
      dogs: /\bHund(e|en)?\b/,
      walking: /Gassi/,
      shelter: /Tierheim/,
      dogTeam: /Hundestaffel/,
      seniors: /Senioren/,
      seniorsFemale: /Seniorinnen/,
      streetParty: /Straßenfest/,
      tafel: /\bTafel\b/,
      homework: /Hausaufgabenhilfe/,
      germanCourse: /Deutschkurs/,
      languageCafe: /Sprachcafé/,
      repairCafe: /Repair-Café/,
      visits: /Besuchsdienst/,
      reading: /Vorlese|Vorlesen/,
      football: /Fußballtraining/,
    };
    for (const [theme, pattern] of Object.entries(themes)) {
      const count = opportunities.filter((o) => pattern.test(text(o))).length;
      assert.ok(count >= 20, `${theme}: ${count}`);
    }
  });

  it('writes descriptions of varied length, with paragraphs, some Markdown and long compounds', () => {
    const lengths = opportunities.map((o) => o.description.length).sort((a, b) => a - b);
    assert.ok((lengths[0] ?? 0) < 400 && (lengths.at(-1) ?? 0) > 3000, `${lengths[0]} … ${lengths.at(-1)}`);
    assert.ok(opportunities.filter((o) => o.description.includes('\n\n')).length > opportunities.length * 0.6);
    assert.ok(opportunities.some((o) => /^- /m.test(o.description)), 'a Markdown list');
    assert.ok(opportunities.some((o) => /\*\*[^*]+\*\*/.test(o.description)), 'emphasis');
    assert.ok(opportunities.some((o) => /Ehrenamtskoordinationsverantwortliche/.test(text(o))));
  });
});

describe('generateOffers', () => {
  it('makes published offers that validate against the contract', () => {
    for (const { offer } of offers) {
      assert.ok(validateOffer(offer), `${offer.id}: ${JSON.stringify(validateOffer.errors)}`);
      assert.equal(offer.status, 'published');
    }
  });

  it('is deterministic, honours the count and gives unique UUIDs', () => {
    assert.equal(JSON.stringify([...generateOffers(1000, { seed: 42, now })]), JSON.stringify(offers));
    assert.equal([...generateOffers(5, { now })].length, 5);
    const ids = offers.map(({ offer }) => offer.id);
    assert.ok(ids.every((id) => UUID_V4.test(id)));
    assert.equal(new Set([...ids, ...opportunities.map((o) => o.id)]).size, ids.length + opportunities.length);
  });

  it('keeps the volunteer private: a pseudonym in public, an example address aside', () => {
    for (const { offer, email } of offers) {
      assert.match(email, EXAMPLE_EMAIL);
      assert.ok(!JSON.stringify(offer).includes('@'), 'no address in the public offer');
    }
    assert.ok(offers.some(({ offer }) => / aus /.test(offer.displayName)), 'names like "Paul aus Plauen"');
    assert.ok(offers.some(({ offer }) => /^Ich /.test(offer.title)), 'titles like "Ich helfe bei …"');
  });

  it('gives a coarse area: place, district, coordinates to two decimals, radius', () => {
    const regions = new Set(offers.map(({ offer }) => offer.area.region));
    assert.equal(regions.size, 13);
    for (const { offer } of offers) {
      const { lat, lon } = offer.area.coordinates ?? { lat: NaN, lon: NaN };
      assert.equal(Math.round(lat * 100) / 100, lat);
      assert.equal(Math.round(lon * 100) / 100, lon);
      assert.equal(resolvePlace(offer.area.place)?.region, offer.area.region);
      assert.ok(offer.area.radiusKm > 0);
    }
  });
});
