import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer } from '../support/server.js';
import { MAX_PAGE_SIZE, createClient, type MitmachenClient, type OpportunityQuery } from '../../packages/sdk/src/index.js';
import { fetchLog, type FetchLog } from './fetch-log.js';

describe('searchAll', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let client: MitmachenClient;
  let log: FetchLog;

  before(async () => {
    server = await startTestServer({ seed: { opportunities: 130, offers: 60 } });
    log = fetchLog();
    client = createClient({ baseUrl: server.baseUrl, fetch: log.fetch });
  });
  after(() => server.close());

  it('yields exactly `total` distinct opportunities, 50 a page, and stops', async () => {
    const { total } = await client.opportunities.search();
    assert.ok(total > MAX_PAGE_SIZE * 2, `seed too small: ${total}`);
    const start = log.attempts.length;
    const ids = new Set<string>();
    let count = 0;
    for await (const item of client.opportunities.searchAll()) {
      ids.add(item.id);
      count++;
    }
    assert.equal(count, total);
    assert.equal(ids.size, total);
    const pages = log.attempts.slice(start).map((attempt) => new URL(attempt.url).searchParams);
    assert.deepEqual(
      pages.map((params) => [params.get('page'), params.get('pageSize')]),
      Array.from({ length: Math.ceil(total / MAX_PAGE_SIZE) }, (_, i) => [String(i + 1), String(MAX_PAGE_SIZE)]),
    );
  });

  it('keeps the filters on every page and honours a smaller page size', async () => {
    const query = { category: ['soziales', 'kultur', 'bildung'], pageSize: 7 } satisfies OpportunityQuery;
    const { total } = await client.opportunities.search(query);
    const start = log.attempts.length;
    const items = [];
    for await (const item of client.opportunities.searchAll(query)) items.push(item);
    assert.equal(items.length, total);
    assert.equal(new Set(items.map((item) => item.id)).size, total);
    for (const attempt of log.attempts.slice(start)) {
      const params = new URL(attempt.url).searchParams;
      assert.deepEqual(params.getAll('category'), ['soziales', 'kultur', 'bildung']);
      assert.equal(params.get('pageSize'), '7');
    }
    assert.equal(log.attempts.length - start, Math.max(1, Math.ceil(total / 7)));
  });

  it('caps a larger page size at the contract maximum', async () => {
    const start = log.attempts.length;
    let count = 0;
    for await (const _offer of client.offers.searchAll({ pageSize: 500 })) count++;
    const { total } = await client.offers.search();
    assert.equal(count, total);
    for (const attempt of log.attempts.slice(start, -1)) {
      assert.equal(new URL(attempt.url).searchParams.get('pageSize'), String(MAX_PAGE_SIZE));
    }
  });

  it('stops fetching when the caller breaks out', async () => {
    const start = log.attempts.length;
    let count = 0;
    for await (const _item of client.opportunities.searchAll()) {
      if (++count === 3) break;
    }
    assert.equal(log.attempts.length - start, 1);
  });

  it('rejects with the abort reason when aborted between pages', async () => {
    const controller = new AbortController();
    const start = log.attempts.length;
    let count = 0;
    const walk = async () => {
      for await (const _item of client.opportunities.searchAll({}, { signal: controller.signal })) {
        if (++count === MAX_PAGE_SIZE) controller.abort();
      }
    };
    await assert.rejects(walk(), (error: Error) => error.name === 'AbortError');
    assert.equal(count, MAX_PAGE_SIZE);
    assert.equal(log.attempts.length - start, 1);
  });
});
