import type { AltchaChallenge } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
// The protocol's solver alone (ALTCHA v1, as the server issues it): tree-shaken to a few hundred bytes.
import { solveChallenge } from 'altcha-lib/v1';

/**
 * Numbers tried between two pauses. altcha-lib awaits each SHA-256 digest, but in Chromium those
 * promises settle without letting the page run: a whole solve is one long task (measured: 2.9 s
 * for 150,000 numbers, not one timer in between). Solving in slices of this many (about 10 ms on
 * a slow machine) with a pause after each keeps typing and scrolling smooth.
 */
const SLICE = 1000;

/**
 * The proof-of-work a posting carries in its `Altcha` header (no tracking, no third party): a
 * challenge fetched from the API when the user first touches the form, solved in the background
 * while they type. A solution stays valid until a posting with it was accepted, so it is kept
 * across failed attempts; `renew` fetches a new one when the server says it is used or expired.
 */
export class ProofOfWork {
  #solution: Promise<string> | undefined;
  #abort: AbortController | undefined;

  /** Starts fetching and solving, once; a failed attempt is forgotten so the next call tries again. */
  start(client: MitmachenClient): void {
    if (this.#solution !== undefined) return;
    const abort = new AbortController();
    this.#abort = abort;
    const solution = solve(client, abort.signal);
    this.#solution = solution;
    solution.catch(() => {
      if (this.#solution === solution) this.#solution = undefined;
    });
  }

  /** The solved payload (base64), waiting for the solver when it is still at work. */
  solution(client: MitmachenClient): Promise<string> {
    this.start(client);
    return this.#solution!;
  }

  /** Drops the current solution (used or expired) and starts on a new one. */
  renew(client: MitmachenClient): void {
    this.stop();
    this.start(client);
  }

  stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#solution = undefined;
  }
}

/** Lets the page handle what is waiting (input, rendering) before the next slice; no timer clamping. */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

async function solve(client: MitmachenClient, signal: AbortSignal): Promise<string> {
  const challenge: AltchaChallenge = await client.challenge({ signal });
  const { algorithm, salt, signature, maxnumber } = challenge;
  for (let start = 0; start <= maxnumber; start += SLICE) {
    const end = Math.min(start + SLICE - 1, maxnumber);
    const solved = await solveChallenge(challenge.challenge, salt, algorithm, end, start).promise;
    if (signal.aborted) throw signal.reason;
    if (solved !== null) return btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number: solved.number, salt, signature }));
    await pause();
  }
  throw new Error('The proof-of-work challenge has no solution within its range');
}
