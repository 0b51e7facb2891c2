/**
 * Proof of work for tests, done as a browser does it: fetch a challenge from the real server and
 * solve it with altcha-lib (the same library the forms use), giving the `Altcha` header value.
 * Test servers run with a small `MITMACHEN_ALTCHA_MAX_NUMBER`, so this takes milliseconds.
 */
import { solveChallenge } from 'altcha-lib/v1';
import type { AltchaChallenge } from '@mitmachen/contract';

/**
 * The difficulty test servers use (see `startTestServer`). Solving tries half of it on average,
 * each try an asynchronous WebCrypto digest: at 1000, solving was about half of http-fuzz's CPU
 * (its ~600 solved posts; the file took 29-33 s of CPU, at 100 it takes 15-17 s). The server
 * checks a solution the same way at any difficulty; the config's floor is 10.
 */
export const testAltchaMaxNumber = 100;

/** Solves a challenge; returns the `Altcha` header value for one request. */
export async function solve(challenge: AltchaChallenge): Promise<string> {
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  if (!solution) throw new Error(`No solution found for challenge ${challenge.challenge} up to ${challenge.maxnumber}`);
  const { algorithm, challenge: hash, salt, signature } = challenge;
  return Buffer.from(JSON.stringify({ algorithm, challenge: hash, number: solution.number, salt, signature })).toString('base64');
}

/** Fetches a fresh challenge from `baseUrl` (the API base, `…/v1`) and solves it. */
export async function solvedChallenge(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/challenge`);
  if (!response.ok) throw new Error(`GET /v1/challenge answered ${response.status}: ${await response.text()}`);
  return solve((await response.json()) as AltchaChallenge);
}

export interface PostOptions {
  /** Sent as Idempotency-Key. */
  key?: string;
  /** The `Altcha` header: a fresh solution when absent, none when null. */
  altcha?: string | null;
  headers?: Record<string, string>;
}

/**
 * A creating POST as a form sends it: JSON body, a freshly solved proof of work, and the
 * Idempotency-Key when given. `baseUrl` is the API base (`…/v1`); `path` starts with `/`.
 */
export function postJson(baseUrl: string, path: string, body: unknown, options: PostOptions = {}): Promise<Response> {
  return postText(baseUrl, path, JSON.stringify(body), options);
}

/** The same with the body's text as given (it need not be JSON). */
export async function postText(baseUrl: string, path: string, body: string, options: PostOptions = {}): Promise<Response> {
  const altcha = options.altcha === undefined ? await solvedChallenge(baseUrl) : options.altcha;
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    body,
    headers: {
      'Content-Type': 'application/json',
      ...(options.key === undefined ? {} : { 'Idempotency-Key': options.key }),
      ...(altcha === null ? {} : { Altcha: altcha }),
      ...options.headers,
    },
  });
}
