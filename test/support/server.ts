/**
 * The real mitmachen server for tests: listening on a free loopback port, on a fresh database
 * from `openTestDatabase()` (PGlite in memory, or PostgreSQL when MITMACHEN_TEST_DATABASE_URL is
 * set), seeded with deterministic demo data, and ready when the promise resolves.
 */
import assert from 'node:assert/strict';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { InterestInput, OfferInput, OpportunityInput, Problem, ReportInput } from '@mitmachen/contract';
import { loadConfig, type Config } from '../../packages/server/src/config.js';
import type { Database } from '../../packages/server/src/db/database.js';
import type { LifecycleRunner } from '../../packages/server/src/manage/runner.js';
import { startServer } from '../../packages/server/src/server.js';
import { asObject, deref, forAjv, isObject, loadGeneratedDocument, operations } from '../contract/openapi-document.js';
import { testAltchaMaxNumber } from './altcha.js';
import { openTestDatabase } from './database.js';
import { serviceDay } from './service-days.js';

export interface TestServerOptions {
  /**
   * Demo data to write; default 300 opportunities and 50 offers. With 0 opportunities nothing is
   * written (offers are seeded together with opportunities, as on a first start).
   */
  seed?: { opportunities: number; offers: number };
  /** Enables moderation with this bearer token (at least 16 characters); without, moderation answers 404. */
  adminToken?: string;
  /** More environment for `loadConfig` (e.g. MITMACHEN_ALLOWED_ORIGINS, LOG_LEVEL). */
  env?: Record<string, string>;
  /**
   * The server's time for the listing lifecycle and the manage API (a clock the test moves);
   * with it the lifecycle and the scheduled jobs run only when the test calls `lifecycle.run()`
   * or `jobs.runDue()`.
   */
  clock?: () => Date;
}

export interface TestServer {
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The API base, `url + '/v1'`: what the SDK and the elements take as `api-base`. */
  baseUrl: string;
  /** The server's database, for looking behind the API (e.g. that a posting was stored). */
  db: Database;
  /** The listing lifecycle's runner: `run()` does one pass at the clock's time. */
  lifecycle: LifecycleRunner;
  /** Scheduled jobs (follow-up mails): `runDue()` runs those due at the clock's time. */
  jobs: { runDue(): Promise<number> };
  /** Stops the server (finishing open requests) and drops its database. */
  close(): Promise<void>;
}

/** A test admin token: long enough for the server's minimum. */
export const testAdminToken = 'test-admin-token-0123456789';

/** The configuration test servers run with (a free loopback port, cheap proof of work, no rate limits, no log). */
export function testServerConfig(options: TestServerOptions = {}): Config {
  const seed = options.seed ?? { opportunities: 300, offers: 50 };
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    MITMACHEN_DATA_DIR: 'memory://',
    MITMACHEN_SEED: String(seed.opportunities),
    MITMACHEN_SEED_OFFERS: String(seed.offers),
    LOG_LEVEL: 'silent',
    // Proof of work as cheap as it gets: tests post hundreds of times.
    MITMACHEN_ALTCHA_MAX_NUMBER: String(testAltchaMaxNumber),
    // Tests send far more than a person would from one address; a test of limits turns them on.
    MITMACHEN_RATE_LIMIT_READS: 'off',
    MITMACHEN_RATE_LIMIT_WRITES: 'off',
    ...(options.adminToken === undefined ? {} : { MITMACHEN_ADMIN_TOKEN: options.adminToken }),
    ...options.env,
  });
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const config = testServerConfig(options);
  // Seeded once per run and copied (test/support/database-images.ts); the server then finds
  // the demo data there, as on any restart, and writes none itself.
  const database = await openTestDatabase({ seed: config.seed });
  try {
    const server = await startServer(config, {
      database: database.db,
      ...(options.clock === undefined ? {} : { clock: options.clock, lifecycleIntervalMs: 0 }),
    });
    try {
      await server.ready;
    } catch (error) {
      await server.close();
      throw error;
    }
    return {
      url: server.url,
      baseUrl: `${server.url}/v1`,
      db: database.db,
      lifecycle: server.lifecycle as LifecycleRunner,
      jobs: server.jobs,
      async close() {
        await server.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

type Json = Record<string, unknown>;

interface ContractChecker {
  document: Json;
  ajv: Ajv2020;
  /**
   * Each response schema compiled once, by operation and status: Ajv caches by the schema
   * object, and `forAjv` makes a new one on every call, so compiling per response made a
   * validator anew each time (most of what checking a small answer cost).
   */
  validators: Map<string, ValidateFunction>;
}

let checker: Promise<ContractChecker> | undefined;

/**
 * An Ajv that knows the contract's component schemas. Built here from the contract's JSON
 * form (not from the server's own loader), so a response is checked against the contract, not
 * against itself; json-fresh.test.ts keeps that JSON equal to openapi.yaml.
 */
function contractChecker(): Promise<ContractChecker> {
  checker ??= (async () => {
    const document = await loadGeneratedDocument();
    // Unknown keywords are the contract tests' business; here only the shapes matter.
    const ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: false });
    addFormats.default(ajv);
    const schemas = asObject(asObject(document.components, 'components').schemas, 'schemas');
    for (const [name, schema] of Object.entries(schemas)) {
      ajv.addSchema({ ...forAjv(asObject(schema, name)), $id: `https://mitmachen.dev/contract/schemas/${name}` });
    }
    return { document, ajv, validators: new Map() };
  })();
  return checker;
}

/**
 * Reads a response and asserts it is what the contract documents for `operationId`: a listed
 * status, the listed media type, and a body valid against the listed schema. Returns the body
 * (undefined for a response without content, like 304).
 */
export async function contractResponse<T = unknown>(operationId: string, response: Response): Promise<T> {
  const { document, ajv, validators } = await contractChecker();
  const found = operations(document).find(({ operation }) => operation.operationId === operationId);
  assert.ok(found, `the contract has no operation ${operationId}`);
  const responses = asObject(found.operation.responses, `${operationId} responses`);
  const documented = responses[String(response.status)];
  const text = await response.text();
  assert.ok(isObject(documented), `${operationId} answered ${response.status}, which the contract does not list: ${text.slice(0, 300)}`);
  const content = deref(document, documented).content;
  if (!isObject(content)) {
    assert.equal(text, '', `${operationId} ${response.status} has no content in the contract`);
    return undefined as T;
  }
  const [mediaType, media] = Object.entries(content)[0] as [string, Json];
  assert.equal(response.headers.get('content-type')?.split(';')[0], mediaType, `${operationId} ${response.status} media type`);
  const body: unknown = JSON.parse(text);
  const key = `${operationId} ${response.status}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(forAjv(asObject(media.schema, `${operationId} ${response.status} schema`)));
    validators.set(key, validate);
  }
  assert.ok(validate(body), `${operationId} ${response.status} body does not match the contract: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 500)}`);
  return body as T;
}

/** Asserts an RFC 9457 problem response valid against the contract's Problem schema; returns it. */
export async function problemResponse(response: Response, status: number): Promise<Problem> {
  const { ajv } = await contractChecker();
  const text = await response.text();
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${text.slice(0, 300)}`);
  assert.equal(response.headers.get('content-type')?.split(';')[0], 'application/problem+json');
  const body: unknown = JSON.parse(text);
  const validate = ajv.getSchema('https://mitmachen.dev/contract/schemas/Problem');
  assert.ok(validate?.(body), `not a Problem: ${ajv.errorsText(validate?.errors)}\n${text}`);
  assert.equal((body as Problem).status, status, 'the problem states the response status');
  return body as Problem;
}

/** A valid posting by an organisation that fills every optional field (the contract's limits apply to each). */
export function sampleOpportunityInput(overrides: Partial<OpportunityInput> = {}): OpportunityInput {
  return {
    title: 'Vorlesepatin oder Vorlesepate in der Stadtbibliothek',
    summary: 'Lesen Sie Kindern im Grundschulalter einmal pro Woche vor.',
    description: 'Wir suchen Menschen, die Freude am Vorlesen haben.\n\nDie Vorlesestunde ist mittwochs von 15 bis 16 Uhr.',
    tasks: ['Bücher auswählen und vorlesen'],
    requirements: ['Freude am Umgang mit Kindern'],
    organisation: { name: 'Förderverein Stadtbibliothek Meißen e. V.', type: 'verein', website: 'https://bibliothek.example.org' },
    contact: { name: 'Anna Beispiel', email: 'anna@example.org', phone: '03521 123456', public: true },
    categories: ['bildung', 'kinder-jugend'],
    targetGroups: ['seniors'],
    location: { type: 'onsite', address: { street: 'Kirchgasse 1', postalCode: '01662', city: 'Meißen' } },
    schedule: { type: 'regular', hoursPerWeek: 1, slots: [{ day: 'we', from: '15:00', to: '16:00' }], note: 'Nicht in den Schulferien' },
    minimumAge: 18,
    languages: ['de'],
    accessibility: { features: ['step-free'], note: 'Aufzug am Seiteneingang' },
    benefits: ['insurance', 'training'],
    image: { url: 'https://images.example.org/vorlesen.jpg', alt: 'Kinder hören einer Vorleserin zu' },
    // Half a year on, from any day: 30 June of next year was over a year ahead from January to
    // June, where the server refuses to extend it (at most 365 days ahead).
    expiresAt: serviceDay(200),
    ...overrides,
  };
}

/** A valid own offer by a volunteer with every optional field. */
export function sampleOfferInput(overrides: Partial<OfferInput> = {}): OfferInput {
  return {
    displayName: 'Gartenfreundin',
    email: 'gartenfreundin@example.com',
    title: 'Ich helfe beim Gärtnern und bei Pflanzaktionen',
    description: 'Ich habe samstags Zeit und einen grünen Daumen.',
    categories: ['umwelt-naturschutz', 'nachbarschaft'],
    availability: { type: 'regular', hoursPerWeek: 3, days: ['sa'], note: 'Am liebsten vormittags' },
    area: { place: 'Freital', radiusKm: 15 },
    ageGroup: '30-49',
    languages: ['de', 'en'],
    ...overrides,
  };
}

/** A valid contact request with every optional field. */
export function sampleInterestInput(overrides: Partial<InterestInput> = {}): InterestInput {
  return {
    name: 'Max Mustermann',
    email: 'max@example.net',
    phone: '+49 351 1234567',
    message: 'Ich hätte mittwochs Zeit und würde gern mitmachen.',
    ...overrides,
  };
}

/** A valid report with every optional field. */
export function sampleReportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    reason: 'Die Telefonnummer stimmt nicht mehr, und das Angebot gibt es seit Mai nicht mehr.',
    email: 'hinweis@example.net',
    ...overrides,
  };
}
