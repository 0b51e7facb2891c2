/**
 * The paced load generator's arithmetic (bench/lib/paced.ts), on a simulated clock: when each
 * request is due, that latency counts from the due time (a slow server's queue shows), and
 * which requests waited for a connection or were never sent. No wall-clock time is measured.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dueAt, runPaced, scheduledCount, type Clock, type Send } from '../../bench/lib/paced.js';

/** Virtual time: timers fire in order, each after every promise the last one set off has settled. */
class SimulatedClock implements Clock {
  time = 1000;
  #timers: Array<{ at: number; fire: () => void }> = [];
  now(): number {
    return this.time;
  }
  sleepUntil(milliseconds: number): Promise<void> {
    return new Promise((resolve) => this.#at(milliseconds, resolve));
  }
  #at(milliseconds: number, fire: () => void): void {
    this.#timers.push({ at: Math.max(milliseconds, this.time), fire });
    // Stable: timers due at the same moment fire in the order they were set.
    this.#timers.sort((a, b) => a.at - b.at);
  }
  /** A server that answers each request `serviceMs` after it was sent, noting when it was sent. */
  server(serviceMs: (path: string) => number, status = 200): { send: Send; sent: Array<{ path: string; at: number }> } {
    const sent: Array<{ path: string; at: number }> = [];
    const send: Send = (path) => {
      sent.push({ path, at: this.time });
      return new Promise((resolve) => this.#at(this.time + serviceMs(path), () => resolve(status)));
    };
    return { send, sent };
  }
  async runUntilIdle<T>(work: Promise<T>): Promise<T> {
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      const timer = this.#timers.shift();
      if (!timer) return work;
      this.time = timer.at;
      timer.fire();
    }
  }
}

const paths = Array.from({ length: 7 }, (_, i) => `/v1/opportunities?q=${i}`);

describe('paced load', () => {
  it('spaces the requests evenly at 1000 / rate milliseconds from the start', () => {
    assert.equal(dueAt(0, 500, 0), 0);
    assert.equal(dueAt(0, 500, 1), 2);
    assert.equal(dueAt(100, 500, 499), 100 + 998);
    assert.equal(dueAt(0, 3, 2), 2000 / 3);
    assert.equal(scheduledCount(500, 10), 5000);
    assert.equal(scheduledCount(3, 0.5), 1);
  });

  it('sends each request when it is due and, with connections to spare, measures only the service time', async () => {
    const clock = new SimulatedClock();
    const server = clock.server(() => 3);
    const result = await clock.runUntilIdle(runPaced({ paths, rate: 100, connections: 2, durationSeconds: 1, clock, send: server.send, offset: 5 }));
    assert.equal(result.paced.scheduled, 100);
    assert.equal(server.sent.length, 100);
    assert.deepEqual(
      server.sent.slice(0, 3).map(({ at }) => at - 1000),
      [0, 10, 20],
    );
    // Round-robin from the offset, and the next run continues after the last one sent.
    assert.deepEqual(
      server.sent.slice(0, 3).map(({ path }) => path),
      [paths[5], paths[6], paths[0]],
    );
    assert.equal(result.nextOffset, (5 + 100) % paths.length);
    assert.deepEqual([result.latency.p50, result.latency.max], [3, 3]);
    assert.deepEqual([result.paced.waited, result.paced.unsent, result.paced.sendLag.max], [0, 0, 0]);
    assert.equal(result.responses, 100);
    // The last one is due at 990 ms and answered at 993: the run lasted 1 s, 100 answers.
    assert.equal(result.seconds, 1);
    assert.equal(result.requestsPerSecond, 100);
  });

  it('counts latency from the due time when the server is slower than the rate (coordinated omission)', async () => {
    const clock = new SimulatedClock();
    // One connection, a request every 10 ms, each answered 50 ms after it is sent: request k is
    // sent when k-1 is answered, at 50k, and answered at 50(k + 1); due at 10k, so it took 50 + 40k.
    const server = clock.server(() => 50);
    const result = await clock.runUntilIdle(runPaced({ paths, rate: 100, connections: 1, durationSeconds: 0.1, clock, send: server.send }));
    assert.deepEqual(
      server.sent.map(({ at }) => at - 1000),
      [0, 50, 100, 150, 200, 250, 300, 350, 400, 450],
    );
    // A closed loop (or a latency from the send) would say 50 ms for every request.
    assert.equal(result.latency.p50, 50 + 40 * 4);
    assert.equal(result.latency.max, 50 + 40 * 9);
    assert.equal(result.latency.mean, 50 + 40 * 4.5);
    assert.equal(result.paced.waited, 9);
    assert.equal(result.paced.sendLag.max, 450 - 90);
    // Still waiting when the 100 ms were up, the rest went out within the grace time.
    assert.equal(result.paced.unsent, 0);
    assert.equal(result.seconds, 0.5);
  });

  it('drops the requests still waiting for a connection after the grace time and awaits those in flight', async () => {
    const clock = new SimulatedClock();
    const server = clock.server(() => 2500);
    const result = await clock.runUntilIdle(runPaced({ paths, rate: 10, connections: 2, durationSeconds: 1, graceSeconds: 1, clock, send: server.send }));
    // Two sent at 0 and 100 ms, answered after the 2 s deadline; eight waited and were never sent.
    assert.deepEqual(
      server.sent.map(({ at }) => at - 1000),
      [0, 100],
    );
    assert.deepEqual([result.paced.scheduled, result.paced.waited, result.paced.unsent], [10, 8, 8]);
    assert.equal(result.responses, 2);
    assert.deepEqual([result.latency.p50, result.latency.max], [2500, 2500]);
    assert.equal(result.seconds, 2.6);
  });

  it('counts errors, timeouts and statuses outside 2xx apart', async () => {
    const clock = new SimulatedClock();
    let n = 0;
    const send: Send = () => {
      n++;
      if (n === 1) return Promise.reject(Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' }));
      if (n === 2) return Promise.reject(new Error('other side closed'));
      return Promise.resolve(n === 3 ? 503 : 200);
    };
    const result = await clock.runUntilIdle(runPaced({ paths, rate: 4, connections: 1, durationSeconds: 1, clock, send }));
    assert.deepEqual([result.timeouts, result.errors, result.non2xx], [1, 1, { 503: 1 }]);
    assert.equal(result.responses, 2);
    assert.deepEqual(result.errorMessages, { 'Headers Timeout Error': 1, 'other side closed': 1 });
  });
});
