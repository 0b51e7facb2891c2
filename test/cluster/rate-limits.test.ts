/**
 * Rate limits per client address hold across instances: the counters live in PostgreSQL, so a
 * client whose requests nginx spreads over two instances gets its budget once, not once per
 * instance. nginx names the client in X-Forwarded-For and the instances trust it from nginx only.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { altchaFrom, markedOpportunity, postOpportunity, send, startTestCluster, type Answer, type Cluster } from './support.js';

const reads = 12;
const writes = 3;
let cluster: Cluster;
before(async () => {
  cluster = await startTestCluster({
    instances: 2,
    env: { MITMACHEN_RATE_LIMIT_READS: `${reads}/600`, MITMACHEN_RATE_LIMIT_WRITES: `${writes}/600` },
  });
});
after(() => cluster?.stop());

/** Each test speaks from its own loopback addresses: other clients, other budgets. */
const client = { reader: '127.0.0.2', otherReader: '127.0.0.3', writer: '127.0.0.4', spoofer: '127.0.0.5' };

function assertLimited(answer: Answer): void {
  assert.equal(answer.status, 429, answer.text);
  assert.match(answer.headers['content-type'] ?? '', /^application\/problem\+json/);
  assert.match(answer.headers['retry-after'] ?? '', /^[1-9]\d*$/, 'Retry-After in whole seconds');
  assert.ok(answer.headers['ratelimit-policy'], 'RateLimit-Policy header');
  assert.ok(answer.headers.ratelimit, 'RateLimit header');
}

describe('rate limits through nginx', () => {
  it('counts one client’s searches once across both instances, and leaves other clients alone', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < reads; i++) {
      const answer = await send(`${cluster.url}/v1/opportunities?q=garten${i}`, { from: client.reader });
      statuses.push(answer.status);
      assert.ok(answer.headers.ratelimit, 'every answer tells the client its remaining budget');
    }
    assert.deepEqual(statuses, Array.from({ length: reads }, () => 200));
    // nginx alternated: each instance saw half of them, yet the next search is over the limit on either.
    for (let i = 0; i < 2; i++) assertLimited(await send(`${cluster.url}/v1/opportunities?q=hund${i}`, { from: client.reader }));
    const other = await send(`${cluster.url}/v1/opportunities?q=hund`, { from: client.otherReader });
    assert.equal(other.status, 200, 'another address has its own budget');
  });

  it('takes the client from nginx, not from an X-Forwarded-For the client made up', async () => {
    for (let i = 0; i <= reads; i++) {
      const answer = await send(`${cluster.url}/v1/opportunities?q=kinder${i}`, {
        from: client.spoofer,
        headers: { 'x-forwarded-for': `10.0.${i}.1` },
      });
      if (i < reads) assert.equal(answer.status, 200);
      else assertLimited(answer);
    }
  });

  it('limits postings per client across instances', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= writes; i++) {
      // The proof of work comes straight from an instance; only the postings count as this client's writes.
      const altcha = await altchaFrom(cluster.instances[0]!.url);
      const answer = await postOpportunity(cluster.url, markedOpportunity(`Grenze ${i}`), { key: randomUUID(), altcha }, client.writer);
      statuses.push(answer.status);
      if (i === writes) assertLimited(answer);
    }
    assert.deepEqual(statuses, [...Array.from({ length: writes }, () => 202), 429]);
  });
});
