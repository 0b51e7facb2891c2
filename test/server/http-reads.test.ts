/**
 * The public reads over HTTP: every GET answers what the contract documents (status, media
 * type and a body valid against its schema), with ETag and Cache-Control, and 304 on a match.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
  Health,
  Offer,
  OfferSearchResult,
  Opportunity,
  OpportunitySearchResult,
  PlaceList,
  Taxonomy,
} from '@mitmachen/contract';
import { contractResponse, problemResponse, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ seed: { opportunities: 120, offers: 30 } });
});
after(() => server?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

describe('GET /v1/opportunities', () => {
  it('returns the first page with total and facets, as the contract says', async () => {
    const result = await contractResponse<OpportunitySearchResult>('searchOpportunities', await get('/v1/opportunities'));
    assert.equal(result.page, 1);
    assert.equal(result.pageSize, 20);
    assert.equal(result.items.length, 20);
    assert.ok(result.total > 20, `the seed publishes opportunities (total ${result.total})`);
    assert.ok(result.facets.category.length > 0);
  });

  it('accepts a single value for a list parameter and repeated values for several', async () => {
    const one = await contractResponse<OpportunitySearchResult>('searchOpportunities', await get('/v1/opportunities?category=kultur'));
    assert.ok(one.items.every((item) => item.categories.includes('kultur')));
    const two = await contractResponse<OpportunitySearchResult>(
      'searchOpportunities',
      await get('/v1/opportunities?category=kultur&category=tierschutz&pageSize=50'),
    );
    assert.ok(two.total >= one.total);
    assert.ok(two.items.every((item) => item.categories.includes('kultur') || item.categories.includes('tierschutz')));
  });

  it('searches text, place and radius together, and pages', async () => {
    const result = await contractResponse<OpportunitySearchResult>(
      'searchOpportunities',
      await get('/v1/opportunities?near=Dresden&radiusKm=40&sort=distance&page=1&pageSize=5'),
    );
    assert.ok(result.center, 'the resolved centre is reported');
    assert.equal(result.pageSize, 5);
    const distances = result.items.map((item) => item.distanceKm ?? Infinity);
    assert.deepEqual(distances, [...distances].sort((a, b) => a - b), 'nearest first');
    await contractResponse('searchOpportunities', await get('/v1/opportunities?q=Hund%20Gassi&age=16'));
  });

  it('carries a strong ETag and a public Cache-Control that revalidates, and answers 304 to If-None-Match', async () => {
    // Uncompressed: a compressed answer's tag is weak (http-compression.test.ts).
    const first = await get('/v1/opportunities?category=sport-bewegung', { 'Accept-Encoding': 'identity' });
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"[A-Za-z0-9_-]+"$/);
    // Revalidated every time, so an approval or a take-down shows at once, also behind a cache.
    assert.equal(first.headers.get('cache-control'), 'public, no-cache');
    const again = await get('/v1/opportunities?category=sport-bewegung', { 'Accept-Encoding': 'identity', 'If-None-Match': etag as string });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(await again.text(), '');
    await contractResponse('searchOpportunities', again);
    const other = await get('/v1/opportunities?category=sport-bewegung', { 'Accept-Encoding': 'identity', 'If-None-Match': '"something-else", W/' + etag });
    assert.equal(other.status, 304, 'a weak form of the same tag matches too (weak comparison)');
    const changed = await get('/v1/opportunities?category=kultur', { 'If-None-Match': etag as string });
    assert.equal(changed.status, 200, 'another result has another tag');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await fetch(`${server.url}/v1/opportunities`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.ok(head.headers.get('etag'));
    assert.equal(await head.text(), '');
  });
});

describe('GET /v1/opportunities/{id}', () => {
  it('returns a published opportunity with its details', async () => {
    const list = await contractResponse<OpportunitySearchResult>('searchOpportunities', await get('/v1/opportunities?pageSize=1'));
    const id = list.items[0]?.id as string;
    const response = await get(`/v1/opportunities/${id}`);
    assert.equal(response.headers.get('cache-control'), 'public, no-cache');
    const etag = response.headers.get('etag') as string;
    const opportunity = await contractResponse<Opportunity>('getOpportunity', response);
    assert.equal(opportunity.id, id);
    assert.equal(opportunity.status, 'published');
    assert.equal((await get(`/v1/opportunities/${id}`, { 'If-None-Match': etag })).status, 304);
  });

  it('answers 404 as a problem for an id nobody published', async () => {
    const response = await get('/v1/opportunities/00000000-0000-4000-8000-000000000000');
    const problem = await problemResponse(response, 404);
    assert.match(problem.detail ?? '', /00000000-0000-4000-8000-000000000000/);
  });
});

describe('GET /v1/offers and /v1/offers/{id}', () => {
  it('searches offers and returns one', async () => {
    const result = await contractResponse<OfferSearchResult>('searchOffers', await get('/v1/offers?pageSize=3'));
    assert.ok(result.total > 0);
    const id = result.items[0]?.id as string;
    const offer = await contractResponse<Offer>('getOffer', await get(`/v1/offers/${id}`));
    assert.equal(offer.id, id);
    await contractResponse('searchOffers', await get('/v1/offers?near=Leipzig&ageGroup=65-plus&ageGroup=50-64&sort=distance'));
  });

  it('answers 404 for an unknown offer', async () => {
    await problemResponse(await get('/v1/offers/00000000-0000-4000-8000-000000000000'), 404);
  });
});

describe('GET /v1/taxonomy', () => {
  it('returns the vocabularies, cacheable for an hour', async () => {
    const response = await get('/v1/taxonomy');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=3600');
    const taxonomy = await contractResponse<Taxonomy>('getTaxonomy', response);
    assert.equal(taxonomy.categories.length, 16);
    assert.ok(taxonomy.regions.every((region) => region.label.de && region.label.en));
  });
});

describe('GET /v1/places', () => {
  it('finds places by prefix, ignoring umlauts, cacheable for a day', async () => {
    const response = await get('/v1/places?q=Gorl');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=86400');
    const places = await contractResponse<PlaceList>('searchPlaces', response);
    assert.ok(places.items.some((place) => place.name === 'Görlitz'));
    const limited = await contractResponse<PlaceList>('searchPlaces', await get('/v1/places?q=Ber&limit=2'));
    assert.ok(limited.items.length <= 2);
  });

  it('requires q, naming it', async () => {
    const problem = await problemResponse(await get('/v1/places'), 400);
    assert.deepEqual(problem.errors, [{ parameter: 'q', detail: 'is required' }]);
  });
});

describe('GET /v1/openapi.json', () => {
  it('serves the contract as JSON, naming this server', async () => {
    const response = await get('/v1/openapi.json');
    assert.ok(response.headers.get('etag'));
    const document = await contractResponse<{ openapi: string; paths: object; servers: { url: string }[] }>('getOpenApi', response);
    assert.equal(document.openapi, '3.1.0');
    assert.ok('/v1/opportunities' in document.paths);
    assert.equal(document.servers[0]?.url, server.url);
  });
});

describe('GET /health', () => {
  it('reports the server, its database and the search index it answers from', async () => {
    const response = await get('/health');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const health = await contractResponse<Health>('getHealth', response);
    const { search, ...rest } = health;
    assert.deepEqual(rest, { status: 'ok', database: process.env.MITMACHEN_TEST_DATABASE_URL ? 'postgres' : 'pglite' });
    assert.equal(search?.engine, 'index');
    // Ready means loaded: the demo listings are in it.
    assert.ok((search?.listings ?? 0) > 0);
    assert.ok((search?.bytes ?? 0) > 0);
  });
});
