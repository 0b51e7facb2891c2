import type { AltchaChallenge } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
// The protocol's solver alone (ALTCHA v1, as the server issues it): a loop of SHA-256 digests
// through crypto.subtle, each awaited, so the page stays responsive while it runs.
import { solveChallenge } from 'altcha-lib/v1';

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

async function solve(client: MitmachenClient, signal: AbortSignal): Promise<string> {
  const challenge: AltchaChallenge = await client.challenge({ signal });
  const { promise, controller } = solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber);
  signal.addEventListener('abort', () => controller.abort(), { once: true });
  const solved = await promise;
  if (signal.aborted) throw signal.reason;
  if (solved === null) throw new Error('The proof-of-work challenge has no solution within its range');
  const { algorithm, salt, signature } = challenge;
  return btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number: solved.number, salt, signature }));
}
