/**
 * Whatever a client sends — random query strings, random path ids, random JSON, broken valid
 * bodies — the server answers with a documented success or a 4xx problem, never a 5xx.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { deref, isObject, loadDocument, operations, type Json } from '../contract/openapi-document.js';
import { postText } from '../support/altcha.js';
import {
  contractResponse,
  problemResponse,
  sampleInterestInput,
  sampleOfferInput,
  sampleOpportunityInput,
  sampleReportInput,
  startTestServer,
  testAdminToken,
  type TestServer,
} from '../support/server.js';

/**
 * Requests per property; enough to reach odd corners, few enough for a quick run. npm test runs
 * this file a second time on PostgreSQL with fewer (MITMACHEN_TEST_FUZZ_RUNS; scripts/test.mjs
 * says why).
 */
const runs = fuzzRuns(process.env.MITMACHEN_TEST_FUZZ_RUNS, 120);

function fuzzRuns(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^[1-9]\d*$/.test(raw)) throw new Error(`MITMACHEN_TEST_FUZZ_RUNS must be a whole number above 0, not "${raw}"`);
  return Number(raw);
}

let server: TestServer;
let opportunityId: string;
let offerId: string;
let parametersByOperation: Map<string, { path: string; names: string[]; values: string[] }>;
before(async () => {
  // A data set other files of the run start from too (demo-csp, configurator, …), so its image is
  // made once per run and only copied here; the fuzzing needs some listings, not these many.
  server = await startTestServer({ seed: { opportunities: 60, offers: 6 }, adminToken: testAdminToken });
  const list = (await (await fetch(`${server.baseUrl}/opportunities?pageSize=1`)).json()) as { items: { id: string }[] };
  opportunityId = list.items[0]?.id as string;
  const offers = (await (await fetch(`${server.baseUrl}/offers?pageSize=1`)).json()) as { items: { id: string }[] };
  offerId = offers.items[0]?.id as string;
  parametersByOperation = await queryParameters();
});
after(() => server?.close());

/** Checks one answer: < 500, and either what the contract documents or a valid problem. */
async function expectHandled(operationId: string, response: Response, what: string): Promise<void> {
  assert.ok(response.status < 500, `${what} → ${response.status}: ${await response.clone().text()}`);
  if (response.status >= 400) await problemResponse(response, response.status);
  else await contractResponse(operationId, response);
}

describe('random query strings', () => {
  for (const operationId of ['searchOpportunities', 'searchOffers', 'searchPlaces', 'listPending', 'getTaxonomy']) {
    it(`${operationId}: never a 5xx`, async () => {
      const { path, names, values } = parametersByOperation.get(operationId) as { path: string; names: string[]; values: string[] };
      const randomKey = fc.string({ maxLength: 12 });
      const key = names.length > 0 ? fc.oneof(fc.constantFrom(...names), randomKey) : randomKey;
      const value = fc.oneof(
        fc.constantFrom(...values),
        fc.string({ maxLength: 30 }),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.double().map(String),
        fc.integer().map(String),
      );
      const query = fc.oneof(
        fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs).toString()),
        // Raw text, including broken percent-encoding and separators.
        fc.string({ unit: fc.constantFrom('a', '=', '&', '%', '2', 'F', '+', ';', '[', ']', 'ä', 'q', 'near', 'page'), maxLength: 40 }),
      );
      await fc.assert(
        fc.asyncProperty(query, async (search) => {
          const response = await fetch(`${server.url}${path}?${search}`, { headers: { Authorization: `Bearer ${testAdminToken}` } });
          await expectHandled(operationId, response, `GET ${path}?${search}`);
        }),
        { numRuns: runs },
      );
    });
  }
});

describe('random path ids', () => {
  it('getOpportunity and getOffer: 400 or 404, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), fc.uuid()), fc.boolean(), async (id, offer) => {
        const path = `/v1/${offer ? 'offers' : 'opportunities'}/${encodeURIComponent(id)}`;
        const response = await fetch(`${server.url}${path}`);
        assert.ok(response.status < 500, `${path} → ${response.status}`);
        if (response.status >= 400) await problemResponse(response, response.status);
        else await response.body?.cancel();
      }),
      { numRuns: runs },
    );
  });
});

const creating = [
  { operationId: 'createOpportunity', path: () => '/v1/opportunities', sample: () => sampleOpportunityInput() as unknown as Json },
  { operationId: 'createOffer', path: () => '/v1/offers', sample: () => sampleOfferInput() as unknown as Json },
  {
    operationId: 'expressInterest',
    path: () => `/v1/opportunities/${opportunityId}/interests`,
    sample: () => sampleInterestInput() as unknown as Json,
  },
  {
    operationId: 'contactOffer',
    path: () => `/v1/offers/${offerId}/interests`,
    sample: () => sampleInterestInput() as unknown as Json,
  },
  {
    operationId: 'reportOpportunity',
    path: () => `/v1/opportunities/${opportunityId}/reports`,
    sample: () => sampleReportInput() as unknown as Json,
  },
];

describe('random bodies', () => {
  for (const { operationId, path, sample } of creating) {
    it(`${operationId}: random JSON is a 4xx problem`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (body) => {
          const response = await postJson(path(), JSON.stringify(body));
          await expectHandled(operationId, response, `POST ${JSON.stringify(body).slice(0, 200)}`);
        }),
        { numRuns: runs },
      );
    });

    it(`${operationId}: a valid body with random fields replaced or removed is accepted or a 4xx problem`, async () => {
      const pointers = leafPointers(sample());
      const change = fc.tuple(fc.constantFrom(...pointers), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }));
      await fc.assert(
        fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 4 }), async (changes) => {
          const body = sample();
          for (const [pointer, value] of changes) replaceAt(body, pointer, value);
          const response = await postJson(path(), JSON.stringify(body), true);
          await expectHandled(operationId, response, `POST with ${JSON.stringify(changes).slice(0, 300)}`);
          if (response.status === 422) return;
          assert.ok(response.status === 202 || response.status === 400 || response.status === 404, String(response.status));
        }),
        { numRuns: runs },
      );
    });

    it(`${operationId}: random text as a JSON body is a 4xx problem`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ maxLength: 80 }), async (text) => {
          const response = await postJson(path(), text);
          await expectHandled(operationId, response, `POST ${JSON.stringify(text)}`);
        }),
        { numRuns: runs },
      );
    });
  }
});

/**
 * With a solved proof of work when `solved`, so a valid body gets as far as being stored;
 * else with an unsolved one (random bodies fail validation before it is looked at).
 */
function postJson(path: string, body: string, solved = false): Promise<Response> {
  return postText(server.baseUrl, path.replace(/^\/v1/, ''), body, solved ? {} : { altcha: 'unsolved' });
}

/** Every query parameter each GET operation declares, and plausible values from their schemas. */
async function queryParameters(): Promise<Map<string, { path: string; names: string[]; values: string[] }>> {
  const document = await loadDocument();
  const result = new Map<string, { path: string; names: string[]; values: string[] }>();
  for (const { method, path, operation } of operations(document)) {
    if (method !== 'get') continue;
    const parameters = (Array.isArray(operation.parameters) ? operation.parameters : [])
      .map((parameter) => deref(document, parameter as Json))
      .filter((parameter) => parameter.in === 'query');
    const values = new Set(['', '0', '1', '-1', '50', '51', 'Pirna', 'Dresden', 'true']);
    for (const parameter of parameters) {
      const schema = deref(document, (parameter.schema ?? {}) as Json);
      const items = isObject(schema.items) ? deref(document, schema.items) : schema;
      for (const value of Array.isArray(items.enum) ? items.enum : []) values.add(String(value));
      for (const bound of [schema.minimum, schema.maximum, schema.maxLength]) if (typeof bound === 'number') values.add(String(bound + 1));
    }
    result.set(String(operation.operationId), { path, names: parameters.map((parameter) => String(parameter.name)), values: [...values] });
  }
  return result;
}

function leafPointers(value: unknown, pointer = ''): string[] {
  if (Array.isArray(value)) return [pointer, ...value.flatMap((item, index) => leafPointers(item, `${pointer}/${index}`))];
  if (isObject(value)) return [pointer, ...Object.entries(value).flatMap(([key, item]) => leafPointers(item, `${pointer}/${key}`))].filter((p) => p !== '');
  return [pointer];
}

/** Sets (or, for undefined, removes) the value at a pointer whose parent exists. */
function replaceAt(root: Json, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  const last = keys.pop() as string;
  const parent = keys.reduce<unknown>((node, key) => (isObject(node) || Array.isArray(node) ? (node as Json)[key] : undefined), root);
  if (!isObject(parent) && !Array.isArray(parent)) return;
  if (value === undefined) Reflect.deleteProperty(parent, last);
  else (parent as Json)[last] = value;
}
