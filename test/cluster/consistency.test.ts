/**
 * Several instances on one PostgreSQL behave as one server: whatever one instance accepted,
 * spent or published holds on every other, and nginx passes caching and errors through as the
 * instances sent them.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { OpportunitySearchResult, PostingAccepted } from '@mitmachen/contract';
import { sampleOpportunityInput } from '../support/server.js';
import { altchaFrom, approve, markedOpportunity, pendingOpportunities, postOpportunity, send, startTestCluster, type Cluster } from './support.js';

let cluster: Cluster;
before(async () => {
  cluster = await startTestCluster({ instances: 2 });
});
after(() => cluster?.stop());

const first = () => cluster.instances[0]!.url;
const second = () => cluster.instances[1]!.url;

describe('one PostgreSQL behind several instances', () => {
  it('creates one posting for one Idempotency-Key, whichever instances the request reaches', async () => {
    const marker = `Schlüssel-${randomUUID().slice(0, 8)}`;
    const input = markedOpportunity(marker);
    const key = randomUUID();
    const accepted = await postOpportunity(first(), input, { key, altcha: await altchaFrom(first()) });
    assert.equal(accepted.status, 202, accepted.text);
    // The retry lands on the other instance, with a fresh solution as a browser would send.
    const replayed = await postOpportunity(second(), input, { key, altcha: await altchaFrom(second()) });
    assert.equal(replayed.status, 202, replayed.text);
    assert.deepEqual(replayed.json, accepted.json);
    const mine = (await pendingOpportunities(cluster)).filter((posting) => posting.title.startsWith(marker));
    assert.deepEqual(mine.map((posting) => posting.id), [(accepted.json as PostingAccepted).id]);
  });

  it('refuses a proof-of-work solution on the second instance once the first accepted it', async () => {
    const altcha = await altchaFrom(first());
    const accepted = await postOpportunity(first(), markedOpportunity('Einmal'), { key: randomUUID(), altcha });
    assert.equal(accepted.status, 202, accepted.text);
    const reused = await postOpportunity(second(), markedOpportunity('Zweimal'), { key: randomUUID(), altcha });
    assert.equal(reused.status, 422, reused.text);
    assert.equal((reused.json as { type: string }).type, 'https://mitmachen.dev/problems/altcha-used');
  });

  it('shows a posting approved through one instance on every instance within a second', async () => {
    const word = `Leuchtturmwärter${randomUUID().replace(/[^a-f]/g, '').slice(0, 6)}`;
    const input = markedOpportunity(word);
    const accepted = await postOpportunity(cluster.url, input, { key: randomUUID(), altcha: await altchaFrom(cluster.url) });
    assert.equal(accepted.status, 202, accepted.text);
    const { id } = accepted.json as PostingAccepted;
    const search = (origin: string) => `${origin}/v1/opportunities?q=${encodeURIComponent(word)}`;
    // Every instance has answered (and cached) the search without the posting before it is approved.
    for (const instance of cluster.instances) {
      const before = await send(search(instance.url));
      assert.equal((before.json as OpportunitySearchResult).total, 0, `${instance.name} before approval`);
      assert.equal((await send(`${instance.url}/v1/opportunities/${id}`)).status, 404);
    }
    const approved = await approve(cluster, first(), id);
    assert.equal(approved.status, 200, approved.text);
    const approvedAt = performance.now();
    for (const instance of cluster.instances) {
      let found = false;
      while (!found && performance.now() - approvedAt < 1000) {
        const result = (await send(search(instance.url))).json as OpportunitySearchResult;
        found = result.items.some((item) => item.id === id);
      }
      assert.ok(found, `${instance.name} still searches without the approved posting a second after the approval`);
      assert.equal((await send(`${instance.url}/v1/opportunities/${id}`)).status, 200, instance.name);
    }
  });
});

describe('the built server', () => {
  it('reads its synonym list: "Flüchtlinge" finds a listing that speaks only of Geflüchtete', async () => {
    const word = `Sprachcafe${randomUUID().replace(/[^a-f]/g, '').slice(0, 6)}`;
    const input = sampleOpportunityInput({ title: `${word} mit Geflüchteten im Stadtteil` });
    const accepted = await postOpportunity(cluster.url, input, { key: randomUUID(), altcha: await altchaFrom(cluster.url) });
    assert.equal(accepted.status, 202, accepted.text);
    const { id } = accepted.json as PostingAccepted;
    assert.equal((await approve(cluster, first(), id)).status, 200);
    // The same words without the synonym ("Geflüchteten") find it at once; then the synonym must too.
    const search = async (q: string) => ((await send(`${first()}/v1/opportunities?q=${encodeURIComponent(q)}`)).json as OpportunitySearchResult).items.map((item) => item.id);
    assert.ok((await search(`${word} Geflüchteten`)).includes(id), 'found by its own words');
    assert.ok((await search(`${word} Flüchtlinge`)).includes(id), '"Flüchtlinge" does not find "Geflüchteten": no synonyms in the built server');
  });
});

describe('nginx in front', () => {
  it('compresses search results and keeps conditional requests working (ETag made weak by gzip, then 304)', async () => {
    const url = `${cluster.url}/v1/opportunities?q=garten`;
    const full = await send(url, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(full.status, 200);
    assert.equal(full.headers['content-encoding'], 'gzip');
    // Both what a cache must key on: the coding, and the language the listings' texts came in.
    assert.deepEqual((full.headers.vary ?? '').toLowerCase().split(/\s*,\s*/).sort(), ['accept-encoding', 'accept-language']);
    const etag = full.headers.etag;
    assert.match(etag ?? '', /^W\/"/);
    // Both instances answer the weak tag with 304 (nginx alternates between them).
    for (let round = 0; round < 2; round++) {
      const again = await send(url, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag! } });
      assert.equal(again.status, 304);
      assert.equal(again.text, '');
    }
  });

  it('serves the script-tag bundle: the entry revalidated after five minutes, hashed chunks kept a year, gzipped', async () => {
    const entry = await send(`${cluster.url}/mitmachen.js`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(entry.status, 200);
    assert.equal(entry.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(entry.headers['cache-control'], 'public, max-age=300');
    assert.equal(entry.headers['access-control-allow-origin'], '*');
    assert.equal(entry.headers['content-encoding'], 'gzip');
    const revalidated = await send(`${cluster.url}/mitmachen.js`, { headers: { 'accept-encoding': 'gzip', 'if-none-match': entry.headers.etag! } });
    assert.equal(revalidated.status, 304);

    const plain = await send(`${cluster.url}/mitmachen.js`);
    const chunk = /["'/]\.\/([A-Za-z0-9_.-]+-[A-Za-z0-9_-]{8}\.js)["']/.exec(plain.text)?.[1];
    assert.ok(chunk, 'the entry imports at least one hashed chunk');
    const lazy = await send(`${cluster.url}/${chunk}`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(lazy.status, 200);
    assert.equal(lazy.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(lazy.headers['content-type'], 'text/javascript; charset=utf-8');
  });

  it('passes problem+json through untouched, also for a chunk name that does not exist', async () => {
    const missing = await send(`${cluster.url}/nothing-12345678.js`);
    assert.equal(missing.status, 404);
    assert.match(missing.headers['content-type'] ?? '', /^application\/problem\+json/);
    assert.equal(missing.headers['cache-control'], 'no-store');
    const bad = await send(`${cluster.url}/v1/opportunities?pageSize=500`);
    assert.equal(bad.status, 400);
    assert.match(bad.headers['content-type'] ?? '', /^application\/problem\+json/);
    assert.equal((bad.json as { status: number }).status, 400);
  });
});
