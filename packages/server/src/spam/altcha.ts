/**
 * Proof of work on the ALTCHA protocol (v1): the server hands out signed challenges and accepts
 * each solved one once. No tracking, no third party: the cost of a posting is a second of a
 * browser's time, which is nothing for a volunteer and a lot for a spammer posting thousands.
 */
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { AltchaChallenge } from '@mitmachen/contract';
import { limits } from '../config.js';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../errors.js';

export const altchaHeader = 'Altcha';

/** The only algorithm handed out, so the only one accepted. */
const algorithm = 'SHA-256';

interface Payload {
  algorithm: 'SHA-256';
  challenge: string;
  number: number;
  salt: string;
  signature: string;
}

export async function newChallenge(hmacKey: string, maxNumber: number, now = Date.now()): Promise<AltchaChallenge> {
  const challenge = await createChallenge({
    algorithm,
    hmacKey,
    maxnumber: maxNumber,
    expires: new Date(now + limits.altchaExpiresMs),
  });
  return {
    algorithm,
    challenge: challenge.challenge,
    maxnumber: challenge.maxnumber ?? maxNumber,
    salt: challenge.salt,
    signature: challenge.signature,
  };
}

/**
 * Checks the solution in the `Altcha` header and spends it: it is recorded as used in the
 * caller's transaction, so it counts only if the posting is stored too. Throws the problem the
 * client gets (400 malformed; 422 invalid, expired or used), each naming the header.
 */
export async function spendSolution(db: Queryable, header: string | undefined, hmacKey: string, now = Date.now()): Promise<void> {
  const payload = parsePayload(header);
  if (!payload) {
    throw altchaProblem(400, 'altcha-malformed', 'Proof of work missing or malformed',
      'must be base64 of the JSON {algorithm, challenge, number, salt, signature} for a challenge from GET /v1/challenge');
  }
  const expires = Number(extractParams(payload).expires);
  if (!Number.isSafeInteger(expires) || !(await verifySolution(payload, hmacKey, false).catch(() => false))) {
    throw altchaProblem(422, 'altcha-invalid', 'Proof of work not valid',
      'is not a correct solution of a challenge from this server; fetch a new one from GET /v1/challenge');
  }
  if (expires * 1000 < now) {
    throw altchaProblem(422, 'altcha-expired', 'Proof of work expired',
      'belongs to an expired challenge; fetch a new one from GET /v1/challenge');
  }
  const { rowCount } = await db.query(
    `INSERT INTO altcha_solutions (challenge, expires_at) VALUES ($1, to_timestamp($2)) ON CONFLICT (challenge) DO NOTHING`,
    [payload.challenge, expires],
  );
  if (rowCount !== 1) {
    throw altchaProblem(422, 'altcha-used', 'Proof of work already used',
      'was already used for another request; every request needs its own solution from GET /v1/challenge');
  }
}

/** Forgets spent solutions whose challenges have expired (their signature check refuses them now). */
export async function purgeSpentSolutions(db: Queryable): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM altcha_solutions WHERE expires_at < now()');
  return rowCount ?? 0;
}

function parsePayload(header: string | undefined): Payload | undefined {
  if (header === undefined || !/^[A-Za-z0-9+/=_-]+$/.test(header.trim())) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(header.trim(), 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { algorithm: given, challenge, number, salt, signature } = value as Record<string, unknown>;
  if (given !== algorithm || typeof challenge !== 'string' || typeof salt !== 'string' || typeof signature !== 'string') return undefined;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) return undefined;
  return { algorithm, challenge, number, salt, signature };
}

function altchaProblem(status: 400 | 422, slug: string, title: string, detail: string): ProblemError {
  return new ProblemError(status, slug, title, `${altchaHeader}: ${detail}.`, [{ header: altchaHeader, detail }]);
}
