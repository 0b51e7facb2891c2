/**
 * Faults under load, through nginx: PostgreSQL going away and coming back, and an instance
 * killed while postings arrive. A volunteer may be told to try again (503 with Retry-After, which
 * the SDK and the widgets do); they must never get a 500, a broken page or a lost posting.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { PostingAccepted } from '@mitmachen/contract';
import { altchaFrom, markedOpportunity, pendingOpportunities, postOpportunity, send, startTestCluster, type Answer, type Cluster } from './support.js';

let cluster: Cluster;
before(async () => {
  cluster = await startTestCluster({ instances: 2 });
});
after(() => cluster?.stop());

/** Upper bound on waiting for a state the test needs; reaching it is a failure, not a pass. */
const patienceMs = 60_000;

async function until(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = performance.now() + patienceMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a failed answer looked like, for the assertion message. */
function describeAnswer(answer: Answer): string {
  return `${answer.status} ${answer.headers['content-type'] ?? ''} retry-after=${answer.headers['retry-after'] ?? '–'} ${answer.text.slice(0, 160)}`;
}

/** A 503 the SDK retries: problem+json with a Retry-After in whole seconds. */
function isRetryable503(answer: Answer): boolean {
  return (
    answer.status === 503 &&
    /^\d+$/.test(answer.headers['retry-after'] ?? '') &&
    /^application\/problem\+json/.test(answer.headers['content-type'] ?? '') &&
    (answer.json as { status?: number } | undefined)?.status === 503
  );
}

describe('PostgreSQL away and back', () => {
  it('answers every search with results or a 503 with Retry-After, then recovers by itself', async () => {
    const { halt, resume } = cluster.postgres;
    assert.ok(halt && resume, 'the private PostgreSQL can be halted and resumed');
    let phase: 'up' | 'down' | 'back' = 'up';
    const counts = { up: { ok: 0, unavailable: 0 }, down: { ok: 0, unavailable: 0 }, back: { ok: 0, unavailable: 0 } };
    const wrong: string[] = [];
    const afterwards: number[] = [];
    let running = true;
    let next = 0;
    // Every search a different word, so no instance can answer from its search cache.
    const reader = async () => {
      while (running) {
        const during = phase;
        const answer = await send(`${cluster.url}/v1/opportunities?q=hund${next++}`).catch(
          (error: Error): Answer => ({ status: 0, headers: {}, text: error.message, json: undefined }),
        );
        if (during === 'back') afterwards.push(answer.status);
        if (answer.status === 200) counts[during].ok++;
        else if (isRetryable503(answer)) counts[during].unavailable++;
        else wrong.push(`${during}: ${describeAnswer(answer)}`);
      }
    };
    const readers = Array.from({ length: 4 }, reader);

    await until('searches answered before the outage', () => counts.up.ok >= 20);
    // A posting with its proof of work solved before the outage, sent during it.
    const input = markedOpportunity(`Ausfall-${randomUUID().slice(0, 8)}`);
    const post = { key: randomUUID(), altcha: await altchaFrom(cluster.url) };
    await halt();
    phase = 'down';
    try {
      await until('503s during the outage', () => counts.down.unavailable >= 20);
      const refused = await postOpportunity(cluster.url, input, post);
      assert.ok(isRetryable503(refused), `a posting during the outage: ${describeAnswer(refused)}`);
    } finally {
      await resume();
    }
    phase = 'back';
    // Recovered: the last 40 searches in a row succeeded, on both instances (nginx alternates).
    await until('40 searches in a row answered after the outage', () => afterwards.length >= 40 && afterwards.slice(-40).every((status) => status === 200));
    running = false;
    await Promise.all(readers);

    assert.deepEqual(wrong, [], 'no answer other than 200 or a retryable 503');
    for (const instance of cluster.instances) {
      const answer = await send(`${instance.url}/v1/opportunities?q=katze`);
      assert.equal(answer.status, 200, `${instance.name} after the outage: ${describeAnswer(answer)}`);
    }
    // The posting refused during the outage goes through afterwards with the same key and solution.
    const accepted = await postOpportunity(cluster.url, input, post);
    assert.equal(accepted.status, 202, describeAnswer(accepted));
  });
});

describe('an instance killed while postings arrive', () => {
  it('loses no posting that was answered 202, and stores none twice', async () => {
    const marker = `Absturz-${randomUUID().slice(0, 8)}`;
    const writers = 4;
    const postingsPerWriter = 10;
    const accepted = new Map<string, string>();
    const unexpected: string[] = [];
    let killed = false;

    // Each posting is retried with its key until it is accepted, as the SDK does.
    const writer = async (number: number) => {
      for (let i = 0; i < postingsPerWriter; i++) {
        const key = randomUUID();
        const input = markedOpportunity(`${marker} ${number}-${i}`);
        for (;;) {
          const answer = await altchaFrom(cluster.url)
            .then((altcha) => postOpportunity(cluster.url, input, { key, altcha }))
            .catch((error: Error): Answer => ({ status: 0, headers: {}, text: error.message, json: undefined }));
          if (answer.status === 202) {
            accepted.set(key, (answer.json as PostingAccepted).id);
            break;
          }
          // 409: a retry while the dead instance's attempt is still on record; 503: try again.
          if (answer.status !== 409 && !isRetryable503(answer)) unexpected.push(describeAnswer(answer));
          if (unexpected.length > 20) throw new Error(`unexpected answers:\n${unexpected.join('\n')}`);
          await pause(100);
        }
        if (!killed && accepted.size >= writers * 2) {
          killed = true;
          cluster.instances[1]!.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: writers }, (_, number) => writer(number)));
    await cluster.instances[1]!.exited;

    assert.ok(killed);
    assert.deepEqual(unexpected, [], 'every answer was 202, or one to retry');
    assert.equal(accepted.size, writers * postingsPerWriter);
    const stored = (await pendingOpportunities(cluster)).filter((posting) => posting.title.startsWith(marker));
    assert.deepEqual(
      stored.map((posting) => posting.id).sort(),
      [...accepted.values()].sort(),
      'exactly the accepted postings are stored, each once',
    );
  });

  it('answers 503 problem+json with Retry-After when no instance is left, not an HTML error page', async () => {
    for (const instance of cluster.instances) instance.kill('SIGKILL');
    await Promise.all(cluster.instances.map((instance) => instance.exited));
    const search = await send(`${cluster.url}/v1/opportunities?q=hund`);
    assert.ok(isRetryable503(search), describeAnswer(search));
    const posting = await postOpportunity(cluster.url, markedOpportunity('Niemand da'), { key: randomUUID(), altcha: 'unsolved' });
    assert.ok(isRetryable503(posting), describeAnswer(posting));
  });
});
