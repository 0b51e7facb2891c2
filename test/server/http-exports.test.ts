/**
 * The open exports of any search: Atom 1.0, iCalendar and schema.org JSON-LD, each read back
 * with a parser from npm (fast-xml-parser, ical.js) and checked against what the search returns.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { OpportunitySearchResult } from '@mitmachen/contract';
import { parseFreinet } from '../../packages/server/src/import/freinet.js';
import { runImport } from '../../packages/server/src/import/run.js';
import { contractResponse, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ seed: { opportunities: 60, offers: 0 } });
  // Listings with known content beside the seed: a one-time date with a comma, HTML made Markdown.
  const xml = readFileSync(new URL('../fixtures/import/freinet-angebote.xml', import.meta.url), 'utf8');
  const { rows } = await server.db.pool.query<{ id: string }>(`INSERT INTO agencies (id, name) VALUES (gen_random_uuid(), 'Test') RETURNING id`);
  await runImport(server.db, parseFreinet(xml), { source: 'freinet', agency: rows[0]!.id, publish: true, dryRun: false });
});
after(() => server?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });
const search = async (query: string) => contractResponse<OpportunitySearchResult>('searchOpportunities', await get(`/v1/opportunities${query}`));

type Json = Record<string, unknown>;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link', 'category'].includes(name) });

describe('GET /v1/opportunities.atom', () => {
  it('is a valid Atom 1.0 feed of the same page the search returns, with paging links', async () => {
    const response = await get('/v1/opportunities.atom?category=tierschutz&category=kultur&pageSize=5');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    const text = await response.text();
    assert.equal(XMLValidator.validate(text), true);
    const feed = (xml.parse(text) as { feed: Json }).feed;
    assert.equal(feed.xmlns, 'http://www.w3.org/2005/Atom');
    assert.equal(feed.title, 'Engagementangebote: Tierschutz, Kultur');
    assert.match(String(feed.updated), /^\d{4}-\d\d-\d\dT/);
    const expected = await search('?category=tierschutz&category=kultur&pageSize=5');
    const entries = feed.entry as Json[];
    assert.deepEqual(entries.map((entry) => entry.id), expected.items.map((item) => `urn:uuid:${item.id}`));
    for (const [i, entry] of entries.entries()) {
      const item = expected.items[i]!;
      assert.equal(entry.title, item.title);
      assert.equal(entry.updated, item.updatedAt);
      assert.equal((entry.author as Json).name, item.organisation.name);
      assert.deepEqual((entry.category as Json[]).map((c) => c.term), item.categories);
      assert.ok(String(entry.summary).startsWith(item.summary));
      assert.equal((entry.content as Json).type, 'text');
    }
    const links = Object.fromEntries((feed.link as Json[]).map((link) => [String(link.rel), link.href] as const));
    assert.equal(links.self, `${server.url}/v1/opportunities.atom?category=tierschutz&category=kultur&pageSize=5`);
    assert.equal(links.next, `${server.url}/v1/opportunities.atom?category=tierschutz&category=kultur&pageSize=5&page=2`);
    assert.equal(links.previous, undefined);
    assert.match(response.headers.get('link') ?? '', /page=2>; rel="next"/);
  });

  it('carries the listing text escaped, never as markup', async () => {
    const text = await (await get('/v1/opportunities.atom?q=Lernwerkstatt')).text();
    const entry = ((xml.parse(text) as { feed: Json }).feed.entry as Json[])[0]!;
    assert.equal(entry.title, 'Hausaufgabenhilfe "Lernwerkstatt" für Grundschulkinder');
    assert.match(text, /Hausaufgabenhilfe &quot;Lernwerkstatt&quot;/);
    assert.equal((entry.content as Json)['#text'], 'Zweimal pro Woche treffen sich bis zu zwölf Kinder im Stadtteilladen.\n\nSie helfen beim Lesen, Rechnen und Schreiben.\nMaterial ist da.');
  });

  it('answers 304 to its ETag and refuses what the search refuses', async () => {
    const first = await get('/v1/opportunities.atom');
    const tag = first.headers.get('etag')!;
    assert.equal((await get('/v1/opportunities.atom', { 'If-None-Match': tag })).status, 304);
    const wrong = await get('/v1/opportunities.atom?category=tierschutzz');
    assert.equal(wrong.status, 400);
    assert.match(wrong.headers.get('content-type') ?? '', /^application\/problem\+json/);
  });
});

describe('GET /v1/opportunities.ics', () => {
  it('is RFC 5545 (CRLF, folded at 75 octets) with one VEVENT per date of the one-time listings', async () => {
    const response = await get('/v1/opportunities.ics?q=Aktionstag');
    assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
    const text = await response.text();
    assert.ok(text.endsWith('\r\n'));
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'every line ends with CRLF');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `line over 75 octets: ${line}`);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    assert.equal(events.length, 1);
    const [event] = events;
    assert.equal(event!.summary, 'Helfende Hände beim Tafel-Aktionstag');
    assert.equal(event!.startDate.toJSDate().toISOString(), '2031-06-14T07:00:00.000Z');
    assert.equal(event!.endDate.toJSDate().toISOString(), '2031-06-14T13:00:00.000Z');
    assert.equal(event!.location, 'Weißeritzstraße 3, 01067 Dresden');
    assert.match(event!.description, /^Einen Samstag lang Lebensmittel sortieren und an Gäste ausgeben\.\n\n\*?\*?Worum es geht/);
    assert.match(event!.uid, /^[0-9a-f-]{36}-1@mitmachen$/);
  });

  it('holds only one-time listings, whatever schedule is asked for, and stays the same between requests', async () => {
    const text = await (await get('/v1/opportunities.ics?schedule=regular&pageSize=50')).text();
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const expected = await search('?schedule=one-time&pageSize=50&sort=start');
    const events = calendar.getAllSubcomponents('vevent');
    const ids = new Set(events.map((vevent) => String(vevent.getFirstPropertyValue('uid')).slice(0, 36)));
    assert.deepEqual(ids, new Set(expected.items.map((item) => item.id)));
    const dates = expected.items.reduce((sum, item) => sum + (item.schedule.type === 'one-time' ? item.schedule.dates.length : 0), 0);
    assert.equal(events.length, dates);
    assert.equal(await (await get('/v1/opportunities.ics?schedule=regular&pageSize=50')).text(), text, 'stable, so subscribers do not see changes that are none');
  });
});

describe('GET /v1/opportunities.jsonld', () => {
  it('is a schema.org ItemList of volunteer JobPostings, paged like the search', async () => {
    const response = await get('/v1/opportunities.jsonld?near=Pirna&radiusKm=15&pageSize=3&page=2');
    assert.equal(response.headers.get('content-type'), 'application/ld+json; charset=utf-8');
    const list = (await response.json()) as Json;
    const expected = await search('?near=Pirna&radiusKm=15&pageSize=3&page=2');
    assert.equal(list['@context'], 'https://schema.org');
    assert.equal(list['@type'], 'ItemList');
    assert.equal(list.numberOfItems, expected.total);
    const elements = list.itemListElement as Json[];
    assert.deepEqual(elements.map((element) => element.position), [4, 5, 6].slice(0, expected.items.length));
    for (const [i, element] of elements.entries()) {
      assert.equal(element['@type'], 'ListItem');
      const posting = element.item as Json;
      const item = expected.items[i]!;
      // The properties Google's JobPosting structured data requires, and schema.org's types.
      assert.equal(posting['@type'], 'JobPosting');
      assert.equal(posting.employmentType, 'VOLUNTEER');
      assert.equal(posting.title, item.title);
      assert.equal(typeof posting.description, 'string');
      assert.equal(posting.datePosted, item.createdAt);
      assert.deepEqual(posting.hiringOrganization, { '@type': 'Organization', name: item.organisation.name, ...(item.organisation.website ? { sameAs: item.organisation.website } : {}) });
      const place = posting.jobLocation as Json | undefined;
      if (item.location.type === 'remote') assert.equal(posting.jobLocationType, 'TELECOMMUTE');
      else {
        assert.equal(place?.['@type'], 'Place');
        const address = place?.address as Json;
        assert.equal(address['@type'], 'PostalAddress');
        assert.equal(address.addressCountry, 'DE');
      }
      if (item.expiresAt) assert.equal(posting.validThrough, item.expiresAt);
    }
    assert.match(response.headers.get('link') ?? '', /rel="prev"/);
  });
});

describe('GET /v1/import/template.csv', () => {
  it('is the spreadsheet template: UTF-8 with BOM, ";" between the columns the import reads', async () => {
    const response = await get('/v1/import/template.csv');
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="mitmachen-vorlage\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const { parseSpreadsheet } = await import('../../packages/server/src/import/csv.js');
    const parsed = parseSpreadsheet(bytes);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.records.length, 2);
  });
});
