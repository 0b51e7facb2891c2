import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.js';

const secretName = 'altcha-hmac-key';

/**
 * The key that signs proof-of-work challenges: the configured one, else one generated on the
 * first start and kept in the database, so every instance on it accepts the others' challenges
 * and a restart does not void challenges already handed out. Never logged.
 */
export async function loadAltchaKey(db: Queryable, configured: string | undefined): Promise<string> {
  if (configured !== undefined) return configured;
  // Two attempts: when two instances start at once, the loser's statement cannot yet see the
  // winner's row (it was committed after the statement began); the second attempt does.
  for (let attempt = 0; attempt < 2; attempt++) {
    const { rows } = await db.query<{ value: string }>(
      `WITH created AS (
         INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING value
       )
       SELECT value FROM created UNION ALL SELECT value FROM server_secrets WHERE name = $1 LIMIT 1`,
      [secretName, randomBytes(32).toString('hex')],
    );
    if (rows[0]) return rows[0].value;
  }
  throw new Error('Could not read or create the proof-of-work key');
}
