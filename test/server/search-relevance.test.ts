/**
 * The relevance set (test/server/relevance/queries.json): queries a citizen types, each with
 * what a good first page holds. The real server runs on a fixed demo data set with the search
 * engine MITMACHEN_SEARCH_ENGINE selects; every query's precision on the first page is printed,
 * and the test fails only where a query falls below the floor recorded for it. The floors are a
 * guard against regressions, not a target to tune the ranking to.
 *
 * Each engine has its own floors (the index's started as the SQL search's: it must not answer
 * worse). `MITMACHEN_RELEVANCE_RECORD=1` raises the engine's floors to what this run measured,
 * less one result (rounded down to tenths); it never lowers one: that is a decision to make by hand.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { OpportunityListItem, OpportunitySearchResult } from '@mitmachen/contract';
import { startServer, type RunningServer } from '../../packages/server/src/server.js';
import { seedDatabase } from '../../packages/server/src/seed/load.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { testServerConfig } from '../support/server.js';
import { formatJudgements, isRelevant, judge, meanPrecision, type Judgement, type RelevanceSet } from './relevance/judge.js';
import { searchEngineUnderTest, searchEngineEnv } from './search-engine.js';

const setFile = new URL('relevance/queries.json', import.meta.url);
const set = JSON.parse(readFileSync(setFile, 'utf8')) as RelevanceSet;

/**
 * The demo data the floors were recorded on: the server's default size, a fixed seed, and a
 * fixed day to generate dates around. The day lies ahead so that no listing has expired by the
 * time the test runs (expiry is checked against the database's clock); the texts, categories
 * and places depend only on the seed.
 */
const relevanceData = { opportunities: 3000, offers: 300, seed: 20261204, now: new Date('2036-01-01T00:00:00Z') } as const;

const engine = searchEngineUnderTest();

describe(`relevance set (${set.cases.length} queries, engine ${engine})`, () => {
  let database: TestDatabase;
  let server: RunningServer;
  let everything: OpportunityListItem[] = [];
  const judgements = new Map<string, Judgement>();

  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${server.url}/v1${path}`);
    assert.equal(response.status, 200, `GET ${path}: ${response.status} ${await response.clone().text()}`);
    return (await response.json()) as T;
  };

  before(async () => {
    database = await openTestDatabase();
    await seedDatabase(database.db, relevanceData);
    server = await startServer(testServerConfig({ seed: { opportunities: 0, offers: 0 }, env: searchEngineEnv() }), { database: database.db });
    await server.ready;
    // Every listing, to know how many good answers each query could have had.
    for (let page = 1; ; page++) {
      const result = await get<OpportunitySearchResult>(`/opportunities?sort=newest&pageSize=50&page=${page}`);
      everything.push(...result.items);
      if (result.items.length < 50) break;
    }
    for (const testCase of set.cases) {
      const query = new URLSearchParams({ q: testCase.q, pageSize: String(set.pageSize) });
      const page = await get<OpportunitySearchResult>(`/opportunities?${query.toString()}`);
      judgements.set(testCase.q, judge(testCase, page, everything, set.pageSize, engine));
    }
    const all = [...judgements.values()];
    console.log(`\n${formatJudgements(all, engine)}\n`);
    if (process.env.MITMACHEN_RELEVANCE_RECORD === '1') record(all);
  });

  after(async () => {
    await server?.close();
    await database?.close();
    everything = [];
  });

  it('runs on the whole demo data set', () => {
    assert.equal(everything.length, relevanceData.opportunities);
  });

  it('has at least 40 queries, each asked once', () => {
    assert.ok(set.cases.length >= 40);
    assert.equal(new Set(set.cases.map((c) => c.q)).size, set.cases.length);
  });

  for (const testCase of set.cases) {
    const floor = testCase.floor[engine];
    it(`"${testCase.q}" (${testCase.kind}): precision at least ${floor.toFixed(2)}`, () => {
      const judgement = judgements.get(testCase.q);
      assert.ok(judgement, 'the query was run');
      // A query with no good answer in the demo data measures nothing: the data must hold some.
      assert.ok(judgement.available > 0, `the demo data holds no listing that is a good answer to "${testCase.q}"`);
      assert.ok(
        judgement.precision >= floor,
        `"${testCase.q}": ${judgement.good} good of ${judgement.returned} on the first page (precision ${judgement.precision.toFixed(2)}), below the ${engine} floor ${floor.toFixed(2)}`,
      );
    });
  }

  it('judges by properties, so each criterion tells good from bad listings in the data', () => {
    // A criterion every listing meets would give any page full marks.
    for (const testCase of set.cases) {
      const good = everything.filter((item) => isRelevant(item, testCase.relevant)).length;
      assert.ok(good < everything.length / 2, `"${testCase.q}": ${good} of ${everything.length} listings count as good answers`);
    }
  });

  it('reports the mean precision', () => {
    const mean = meanPrecision([...judgements.values()]);
    assert.ok(mean >= 0 && mean <= 1);
  });
});

/** Raises each floor of this engine to this run's precision less one result, rounded down to tenths. */
function record(judgements: readonly Judgement[]): void {
  const byQuery = new Map(judgements.map((j) => [j.q, j]));
  const cases = set.cases.map((testCase) => {
    const measured = byQuery.get(testCase.q);
    if (!measured) return testCase;
    const candidate = Math.max(0, Math.floor((measured.precision - 1 / set.pageSize) * 10 + 1e-9) / 10);
    return { ...testCase, floor: { ...testCase.floor, [engine]: Math.max(testCase.floor[engine], candidate) } };
  });
  const lines = cases.map((testCase) => `    ${JSON.stringify(testCase)}`);
  writeFileSync(setFile, `{\n  "pageSize": ${set.pageSize},\n  "cases": [\n${lines.join(',\n')}\n  ]\n}\n`);
  console.log(`floors recorded in ${setFile.pathname}`);
}
