/**
 * Every way a request can be wrong gets an RFC 9457 problem that says what is wrong and where:
 * query and path parameters by name (400), body fields by JSON pointer (422), headers by name,
 * and the right status for broken JSON, wrong media types, oversized bodies, unknown routes
 * and methods. None of them is ever a 500.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isObject, loadDocument, resolvePointer, type Json } from '../contract/openapi-document.js';
import { postJson as postWithProof } from '../support/altcha.js';
import {
  problemResponse,
  sampleInterestInput,
  sampleOfferInput,
  sampleOpportunityInput,
  startTestServer,
  type TestServer,
} from '../support/server.js';

let server: TestServer;
let opportunityId: string;
before(async () => {
  server = await startTestServer({ seed: { opportunities: 20, offers: 5 } });
  const list = (await (await fetch(`${server.baseUrl}/opportunities?pageSize=1`)).json()) as { items: { id: string }[] };
  opportunityId = list.items[0]?.id as string;
});
after(() => server?.close());

const get = (path: string) => fetch(`${server.url}${path}`);
const post = (path: string, body: string | undefined, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  fetch(`${server.url}${path}`, { method: 'POST', body, headers });
/** A JSON POST with a solved proof of work, so only what a test changes can be wrong. */
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  postWithProof(server.baseUrl, path.replace(/^\/v1/, ''), body, { headers });

describe('query and path parameters', () => {
  const cases: [string, string, { parameter: string; detail: RegExp }[]][] = [
    ['an unknown parameter', '/v1/opportunities?foo=1', [{ parameter: 'foo', detail: /is not a known parameter/ }]],
    ['a misspelt parameter', '/v1/opportunities?categroy=kultur', [{ parameter: 'categroy', detail: /is not a known parameter/ }]],
    ['a parameter on a route without any', '/v1/taxonomy?lang=de', [{ parameter: 'lang', detail: /is not a known parameter/ }]],
    ['a number that is not one', '/v1/opportunities?page=abc', [{ parameter: 'page', detail: /must be integer/ }]],
    ['a radius above the maximum', '/v1/opportunities?radiusKm=501&near=Pirna', [{ parameter: 'radiusKm', detail: /must be <= 500/ }]],
    ['a zero radius', '/v1/offers?radiusKm=0&near=Pirna', [{ parameter: 'radiusKm', detail: /must be > 0/ }]],
    ['a page size above 50', '/v1/opportunities?pageSize=51', [{ parameter: 'pageSize', detail: /must be <= 50/ }]],
    ['page 0', '/v1/offers?page=0', [{ parameter: 'page', detail: /must be >= 1/ }]],
    ['a latitude beyond the pole', '/v1/opportunities?lat=91&lon=13', [{ parameter: 'lat', detail: /must be <= 90/ }]],
    ['an age above 120', '/v1/opportunities?age=121', [{ parameter: 'age', detail: /must be <= 120/ }]],
    ['an unknown category', '/v1/opportunities?category=kochen', [{ parameter: 'category', detail: /must be one of: kinder-jugend, senioren/ }]],
    ['an unknown sort', '/v1/offers?sort=start', [{ parameter: 'sort', detail: /must be one of: relevance, newest, distance/ }]],
    ['a repeated single-valued parameter', '/v1/opportunities?page=1&page=2', [{ parameter: 'page', detail: /must be integer/ }]],
    ['a text query over 200 characters', `/v1/opportunities?q=${'a'.repeat(201)}`, [{ parameter: 'q', detail: /more than 200 characters/ }]],
    ['too many categories', `/v1/opportunities?${'category=kultur&'.repeat(17)}`, [{ parameter: 'category', detail: /more than 16 items/ }]],
    ['a place query over 100 characters', `/v1/places?q=${'P'.repeat(101)}`, [{ parameter: 'q', detail: /more than 100 characters/ }]],
    ['a place limit above 20', '/v1/places?q=Pirna&limit=21', [{ parameter: 'limit', detail: /must be <= 20/ }]],
    ['an id that is not a UUID', '/v1/opportunities/42', [{ parameter: 'id', detail: /must match format "uuid"/ }]],
    ['an offer id that is not a UUID', '/v1/offers/abc', [{ parameter: 'id', detail: /uuid/ }]],
    [
      'several wrong parameters at once',
      '/v1/opportunities?pageSize=0&sort=random&colour=red',
      [
        { parameter: 'colour', detail: /not a known parameter/ },
        { parameter: 'pageSize', detail: /must be >= 1/ },
        { parameter: 'sort', detail: /must be one of/ },
      ],
    ],
  ];
  for (const [what, path, expected] of cases) {
    it(`answers 400 naming the parameter for ${what}`, async () => {
      const problem = await problemResponse(await get(path), 400);
      assert.equal(problem.type, 'https://mitmachen.dev/problems/invalid-parameter');
      const errors = [...(problem.errors ?? [])].sort((a, b) => String(a.parameter).localeCompare(String(b.parameter)));
      assert.equal(errors.length, expected.length, JSON.stringify(problem.errors));
      expected.forEach((want, index) => {
        assert.equal(errors[index]?.parameter, want.parameter);
        assert.match(errors[index]?.detail ?? '', want.detail);
      });
      assert.ok(problem.detail, 'the problem explains itself in one sentence');
    });
  }

  it('names an invalid Idempotency-Key header', async () => {
    const problem = await problemResponse(await postJson('/v1/offers', sampleOfferInput(), { 'Idempotency-Key': 'short' }), 400);
    assert.deepEqual(problem.errors?.map((error) => error.header), ['Idempotency-Key']);
  });
});

describe('request bodies', () => {
  it('answers 400 without pointers when the body is not JSON', async () => {
    const problem = await problemResponse(await post('/v1/opportunities', '{"title": "Vorlesen", '), 400);
    assert.equal(problem.type, 'https://mitmachen.dev/problems/invalid-json');
    assert.equal(problem.errors, undefined);
    assert.match(problem.detail ?? '', /JSON/);
  });

  it('answers 400 for an empty JSON body', async () => {
    await problemResponse(await post('/v1/offers', ''), 400);
  });

  it('answers 400 for a body smuggling __proto__', async () => {
    await problemResponse(await post('/v1/offers', '{"__proto__": {"admin": true}}'), 400);
  });

  for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    it(`answers 415 for Content-Type ${contentType}`, async () => {
      const problem = await problemResponse(await post('/v1/opportunities', 'title=Vorlesen', { 'Content-Type': contentType }), 415);
      assert.match(problem.detail ?? '', /application\/json/);
    });
  }

  it('answers 415 for a POST without a body or content type', async () => {
    await problemResponse(await post('/v1/offers', undefined, {}), 415);
  });

  it('answers 413 for a body over 64 KiB', async () => {
    const huge = JSON.stringify({ ...sampleOfferInput(), description: 'x'.repeat(64 * 1024) });
    const problem = await problemResponse(await post('/v1/offers', huge), 413);
    assert.match(problem.detail ?? '', /65536 bytes/);
  });

  for (const [what, body] of [['an array', []], ['null', null], ['a string', 'Vorlesen'], ['a number', 42]] as const) {
    it(`answers 422 at the root pointer for ${what}`, async () => {
      const problem = await problemResponse(await postJson('/v1/opportunities', body), 422);
      assert.deepEqual(problem.errors?.map((error) => error.pointer), ['']);
    });
  }

  it('names every missing required field', async () => {
    const problem = await problemResponse(await postJson('/v1/opportunities', {}), 422);
    assert.equal(problem.type, 'https://mitmachen.dev/problems/validation');
    assert.deepEqual(
      problem.errors?.map((error) => error.pointer).sort(),
      ['/categories', '/contact', '/description', '/location', '/organisation', '/schedule', '/summary', '/title'],
    );
    assert.ok(problem.errors?.every((error) => error.detail === 'is required'));
  });

  it('names nested missing fields and extra properties at their pointer', async () => {
    const body = { ...sampleOpportunityInput(), colour: 'red', contact: { name: 'Anna Beispiel', fax: '0351 1' } };
    const problem = await problemResponse(await postJson('/v1/opportunities', body), 422);
    assert.deepEqual(
      problem.errors?.map((error) => [error.pointer, error.detail]).sort(),
      [
        ['/colour', 'is not a known field'],
        ['/contact/email', 'is required'],
        ['/contact/fax', 'is not a known field'],
      ],
    );
  });

  it('names wrong types, unknown enum values and duplicates', async () => {
    const body = { ...sampleOpportunityInput(), title: 5, minimumAge: 17.5, categories: ['kultur', 'kultur'], targetGroups: ['kids'] };
    const problem = await problemResponse(await postJson('/v1/opportunities', body), 422);
    const byPointer = new Map((problem.errors ?? []).map((error) => [error.pointer, error.detail]));
    assert.deepEqual([...byPointer.keys()].sort(), ['/categories', '/minimumAge', '/targetGroups/0', '/title']);
    assert.match(byPointer.get('/title') ?? '', /must be string/);
    assert.match(byPointer.get('/targetGroups/0') ?? '', /must be one of: young-people/);
    assert.match(byPointer.get('/categories') ?? '', /duplicate/);
  });

  it('points into the schedule variant the type selects', async () => {
    const unknownType = await problemResponse(await postJson('/v1/opportunities', sampleOpportunityInput({ schedule: { type: 'weekly' } as never })), 422);
    assert.deepEqual(unknownType.errors, [{ pointer: '/schedule/type', detail: 'must be one of: one-time, regular, flexible' }]);
    // null once slipped past the discriminator and ended as a 500.
    for (const schedule of [null, 'regular']) {
      const notAnObject = await problemResponse(await postJson('/v1/opportunities', sampleOpportunityInput({ schedule: schedule as never })), 422);
      assert.deepEqual(notAnObject.errors, [{ pointer: '/schedule', detail: 'must be object' }]);
    }
    const missingHours = await problemResponse(await postJson('/v1/opportunities', sampleOpportunityInput({ schedule: { type: 'regular' } as never })), 422);
    assert.deepEqual(missingHours.errors, [{ pointer: '/schedule/hoursPerWeek', detail: 'is required' }]);
    const badDate = sampleOpportunityInput({ schedule: { type: 'one-time', dates: [{ start: 'next tuesday' }] } });
    const problem = await problemResponse(await postJson('/v1/opportunities', badDate), 422);
    assert.deepEqual(problem.errors?.map((error) => error.pointer), ['/schedule/dates/0/start']);
  });

  it('does not take a number given as a string in a body (no coercion of JSON)', async () => {
    const problem = await problemResponse(await postJson('/v1/opportunities', { ...sampleOpportunityInput(), minimumAge: '18' }), 422);
    assert.deepEqual(problem.errors?.map((error) => error.pointer), ['/minimumAge']);
  });
});

/** A translation into every language a listing may add, so their length limits are tried too. */
function everyTranslation(fields: Record<string, string>): Record<string, Record<string, string>> {
  return Object.fromEntries(['en', 'uk', 'ar', 'tr', 'ru'].map((lang) => [lang, { ...fields }]));
}

describe('string limits from the contract', () => {
  const opportunityTexts = { title: 'Vorlesen im Stadtteil', summary: 'Kindern einmal in der Woche vorlesen.', description: 'Wir suchen Menschen, die gerne und deutlich vorlesen.' };
  const bodies: { operation: string; path: () => string; body: () => Json }[] = [
    {
      operation: 'createOpportunity',
      path: () => '/v1/opportunities',
      body: () => ({ ...sampleOpportunityInput(), translations: everyTranslation(opportunityTexts) }),
    },
    {
      operation: 'createOffer',
      path: () => '/v1/offers',
      body: () => ({ ...sampleOfferInput(), translations: everyTranslation({ title: opportunityTexts.title, description: opportunityTexts.description }) }),
    },
    { operation: 'expressInterest', path: () => `/v1/opportunities/${opportunityId}/interests`, body: () => sampleInterestInput() },
  ];
  for (const { operation, path, body } of bodies) {
    it(`${operation}: the sample body is valid and fills every length-limited field`, async () => {
      const limits = await stringLimits(operation, body());
      assert.deepEqual(limits.filter((limit) => !limit.present).map((limit) => limit.pointer), [], 'fields the sample leaves out');
      const response = await postJson(path(), body());
      assert.equal(response.status, 202, await response.text());
    });

    it(`${operation}: every string one character over its maxLength is a 422 naming that field`, async () => {
      const limits = (await stringLimits(operation, body())).filter((limit) => limit.present);
      assert.ok(limits.length >= 3);
      for (const { pointer, maxLength } of limits) {
        const input = body();
        setAt(input, pointer, lengthen(getAt(input, pointer) as string, maxLength + 1));
        const problem = await problemResponse(await postJson(path(), input), 422);
        assert.equal(problem.errors?.length, 1, `${pointer}: ${JSON.stringify(problem.errors)}`);
        assert.equal(problem.errors?.[0]?.pointer, pointer);
        assert.match(problem.errors?.[0]?.detail ?? '', new RegExp(`more than ${maxLength} characters`), pointer);
      }
    });
  }
});

describe('routes and methods', () => {
  it('answers 404 as a problem for an unknown path', async () => {
    const problem = await problemResponse(await get('/v1/volunteers'), 404);
    assert.match(problem.detail ?? '', /\/v1\/volunteers/);
  });

  it('answers 405 with Allow for a known path and a wrong method', async () => {
    const response = await fetch(`${server.url}/v1/opportunities`, { method: 'DELETE' });
    assert.equal(response.headers.get('allow'), 'GET, HEAD, POST, OPTIONS');
    await problemResponse(response, 405);
    const taxonomy = await fetch(`${server.url}/v1/taxonomy`, { method: 'PUT', body: '{}', headers: { 'Content-Type': 'application/json' } });
    assert.equal(taxonomy.headers.get('allow'), 'GET, HEAD, OPTIONS');
    await problemResponse(taxonomy, 405);
    const one = await fetch(`${server.url}/v1/opportunities/${opportunityId}`, { method: 'PATCH', body: '{}' });
    assert.equal(one.headers.get('allow'), 'GET, HEAD, OPTIONS');
    await problemResponse(one, 405);
  });

  it('tolerates a trailing slash', async () => {
    assert.equal((await get('/v1/taxonomy/')).status, 200);
  });

  it('never lets a problem be cached', async () => {
    const response = await get('/v1/opportunities?foo=1');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    await response.body?.cancel();
  });
});

interface StringLimit {
  pointer: string;
  maxLength: number;
  present: boolean;
}

/** Every string with a maxLength in an operation's request body schema, followed into `$ref`s and the chosen `oneOf` branch. */
async function stringLimits(operationId: string, body: Json): Promise<StringLimit[]> {
  const document = await loadDocument();
  const operation = Object.values(document.paths as Json)
    .flatMap((item) => Object.values(item as Json))
    .find((candidate) => isObject(candidate) && candidate.operationId === operationId) as Json;
  const schema = (((operation.requestBody as Json).content as Json)['application/json'] as Json).schema as Json;
  const found: StringLimit[] = [];
  const walk = (node: Json, value: unknown, pointer: string): void => {
    if (typeof node.$ref === 'string') return walk(resolvePointer(document, node.$ref) as Json, value, pointer);
    const discriminator = node.discriminator as { propertyName: string; mapping: Record<string, string> } | undefined;
    if (discriminator && isObject(value)) {
      const ref = discriminator.mapping[String(value[discriminator.propertyName])];
      if (ref) walk({ $ref: ref }, value, pointer);
      return;
    }
    if (node.type === 'string' && typeof node.maxLength === 'number') {
      found.push({ pointer, maxLength: node.maxLength, present: typeof value === 'string' });
    }
    for (const [name, child] of Object.entries((node.properties ?? {}) as Json)) {
      walk(child as Json, isObject(value) ? value[name] : undefined, `${pointer}/${name}`);
    }
    if (isObject(node.items)) walk(node.items, Array.isArray(value) ? value[0] : undefined, `${pointer}/0`);
  };
  walk(schema, body, '');
  return found;
}

/** The value made `length` characters long, keeping an e-mail an e-mail and a URL a URL where that fits. */
function lengthen(value: string, length: number): string {
  if (value.includes('@')) return value.padStart(length, 'a');
  return value.padEnd(length, '0');
}

function getAt(root: Json, pointer: string): unknown {
  return pointer.split('/').slice(1).reduce<unknown>((node, key) => (node as Json)[key], root);
}

function setAt(root: Json, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  const last = keys.pop() as string;
  (keys.reduce<unknown>((node, key) => (node as Json)[key], root) as Json)[last] = value;
}
