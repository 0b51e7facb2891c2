/**
 * The lifecycle part of the console's demo: in each demo agency's regions one published
 * opportunity ending in 5 days (the "läuft ab" tab) and one flagged unanswered after two
 * volunteers reported no reply (the "unbeantwortet" tab), so both tabs show something real.
 * Runs inside `seedConsoleDemo`'s transaction, so it is written once.
 */
import { randomUUID } from 'node:crypto';
import type { Region } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';

const volunteers = [
  { name: 'Lena Hoffmann', email: 'lena.hoffmann@example.org', message: 'Ich würde gern mithelfen. Wann kann ich vorbeikommen?' },
  { name: 'Emil Krause', email: 'emil.krause@example.org', message: 'Hallo, ich habe mittwochs Zeit und interessiere mich für Ihr Angebot.' },
];

export async function seedLifecycleDemo(client: Queryable, regions: Region[]): Promise<void> {
  const { rows } = await client.query<{ id: string; contact_email: string | null }>(
    `SELECT id, contact->>'email' AS contact_email FROM opportunities
     WHERE status = 'published' AND region = ANY($1) AND location_type <> 'remote' AND contact->>'email' IS NOT NULL
     ORDER BY created_at, id LIMIT 2`,
    [regions],
  );
  const [expiring, unanswered] = rows;
  if (expiring) {
    await client.query(`UPDATE opportunities SET expires_at = (now() AT TIME ZONE 'Europe/Berlin')::date + 5 WHERE id = $1`, [expiring.id]);
  }
  if (!unanswered) return;
  for (const [index, volunteer] of volunteers.entries()) {
    await client.query(
      `INSERT INTO interests (id, opportunity_id, name, email, message, status, created_at, state, state_changed_at)
       VALUES ($1, $2, $3, $4, $5, 'relayed', now() - $6::int * interval '1 day', 'no-answer', now() - $7::int * interval '1 day')`,
      [randomUUID(), unanswered.id, volunteer.name, volunteer.email, volunteer.message, 30 - index * 5, 15 - index * 5],
    );
  }
  await client.query(
    `INSERT INTO unanswered_flags (id, opportunity_id, flagged_at, no_reply, organisation_notified_at) VALUES ($1, $2, now() - interval '10 days', 2, now() - interval '10 days')`,
    [randomUUID(), unanswered.id],
  );
}
