/**
 * A small world (the agencies and staff come from `seedStaff`) with figures counted by hand (see statistics.test.ts): two agencies' regions
 * (Dresden, Leipzig), three organisations, seven opportunities (one remote, so only operators count it),
 * nine contact requests to them, two volunteers' offers (Dresden, Leipzig) with three contact
 * requests, over September and October 2026 (Europe/Berlin; CEST until 25 October).
 */
import type { TestServer } from '../support/server.js';

export const ids = {
  d1: 'd1000000-0000-4000-8000-000000000001',
  d2: 'd1000000-0000-4000-8000-000000000002',
  d3: 'd1000000-0000-4000-8000-000000000003',
  d4: 'd1000000-0000-4000-8000-000000000004',
  l1: 'e1000000-0000-4000-8000-000000000001',
  l2: 'e1000000-0000-4000-8000-000000000002',
  r1: 'f1000000-0000-4000-8000-000000000001',
  o1: 'c1000000-0000-4000-8000-000000000001',
  o2: 'c1000000-0000-4000-8000-000000000002',
};

// [id, region, location type, organisation, status, created, decided, expires]
const listings: Array<[string, string, string, string, string, string, string | null, string | null]> = [
  [ids.d1, 'dresden', 'onsite', 'org-a', 'published', '2026-09-03 10:00+02', '2026-09-04 10:00+02', null],
  [ids.d2, 'dresden', 'onsite', 'org-b', 'published', '2026-09-20 12:00+02', '2026-10-02 12:00+02', '2026-10-15'],
  [ids.d3, 'dresden', 'onsite', 'org-a', 'rejected', '2026-10-10 08:00+02', '2026-10-10 14:00+02', null],
  [ids.d4, 'dresden', 'onsite', 'org-b', 'pending', '2026-10-30 09:00+01', null, null],
  [ids.l1, 'leipzig', 'onsite', 'org-c', 'published', '2026-09-10 09:00+02', '2026-09-10 21:00+02', '2026-09-30'],
  [ids.l2, 'leipzig', 'onsite', 'org-c', 'published', '2026-10-01 09:00+02', '2026-10-03 09:00+02', null],
  [ids.r1, 'dresden', 'remote', 'org-a', 'published', '2026-09-05 10:00+02', '2026-09-06 10:00+02', null],
];

// [listing, created, state, replied]
const requests: Array<[string, string, string, string | null]> = [
  [ids.d1, '2026-09-10 10:00+02', 'placed', '2026-09-12 10:00+02'],
  [ids.d1, '2026-09-15 10:00+02', 'answered', '2026-09-16 10:00+02'],
  [ids.d1, '2026-10-05 10:00+02', 'no-answer', null],
  [ids.d1, '2026-10-06 10:00+02', 'sent', null],
  [ids.d2, '2026-10-03 10:00+02', 'placed', '2026-10-04 10:00+02'],
  [ids.l1, '2026-09-12 10:00+02', 'no-answer', null],
  [ids.l1, '2026-09-20 10:00+02', 'answered', '2026-09-23 10:00+02'],
  [ids.l2, '2026-10-05 10:00+02', 'placed', '2026-10-06 10:00+02'],
  [ids.r1, '2026-09-07 10:00+02', 'placed', '2026-09-08 10:00+02'],
];

// Volunteers' offers: [id, region, created, decided]. Offers are not listings in the figures;
// the requests to them are contact requests like any other.
const offers: Array<[string, string, string, string]> = [
  [ids.o1, 'dresden', '2026-09-01 10:00+02', '2026-09-02 10:00+02'],
  [ids.o2, 'leipzig', '2026-09-01 10:00+02', '2026-09-02 10:00+02'],
];

// [offer, created, state, replied]
const offerRequests: Array<[string, string, string, string | null]> = [
  [ids.o1, '2026-09-18 10:00+02', 'placed', '2026-09-19 22:00+02'],
  [ids.o1, '2026-10-08 10:00+02', 'no-answer', null],
  [ids.o2, '2026-10-20 10:00+02', 'answered', '2026-10-22 10:00+02'],
];

export async function writeFixture(server: TestServer): Promise<void> {
  const db = server.db.pool;
  for (const org of ['org-a', 'org-b', 'org-c']) {
    await db.query(`INSERT INTO organisations (id, name, name_key, type) VALUES ($1, $2, $1, 'verein')`, [org, `Verein ${org}`]);
  }
  for (const [id, region, location, org, status, created, decided, expires] of listings) {
    await db.query(
      `INSERT INTO opportunities (id, status, title, summary, description, organisation_id, categories, location_type, region,
         schedule, schedule_type, created_at, updated_at, decided_at, expires_at, contact)
       VALUES ($1, $2, $3, 'Kurz', 'Lang', $4, '{soziales}', $5, $6, '{"type":"flexible"}', 'flexible', $7, $7, $8, $9,
         '{"name":"Kontakt","email":"kontakt@example.org"}')`,
      [id, status, `Angebot ${id.slice(0, 2)}`, org, location, region, created, decided, expires],
    );
  }
  let n = 0;
  for (const [listing, created, state, replied] of requests) {
    n += 1;
    await db.query(
      `INSERT INTO interests (id, opportunity_id, name, email, message, state, state_changed_at, replied_at, created_at)
       VALUES ($1, $2, $3, $4, 'Ich würde gern helfen.', $5, coalesce($6::timestamptz, $7::timestamptz), $6, $7)`,
      [`a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, listing, `Person ${n}`, `person${n}@example.net`, state, replied, created],
    );
  }
  for (const [id, region, created, decided] of offers) {
    await db.query(
      `INSERT INTO offers (id, status, display_name, email, title, description, categories, availability, place, region, radius_km, created_at, updated_at, decided_at)
       VALUES ($1, 'published', 'Helferin', 'helferin@example.net', $2, 'Ich helfe gern.', '{soziales}', '{"type":"flexible"}', 'Ort', $3, 10, $4, $4, $5)`,
      [id, `Hilfsangebot ${id.slice(0, 2)}`, region, created, decided],
    );
  }
  n = 0;
  for (const [offer, created, state, replied] of offerRequests) {
    n += 1;
    await db.query(
      `INSERT INTO offer_contacts (id, offer_id, name, email, message, state, state_changed_at, replied_at, created_at)
       VALUES ($1, $2, $3, $4, 'Wir würden uns freuen.', $5, coalesce($6::timestamptz, $7::timestamptz), $6, $7)`,
      [`b0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, offer, `Verein ${n}`, `verein${n}@example.org`, state, replied, created],
    );
  }
}
