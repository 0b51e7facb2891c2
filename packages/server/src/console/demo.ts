/**
 * The console's demo: agencies for four Saxon districts, their staff, reason templates, and a
 * few postings waiting for review in each, and a listing for each lifecycle tab (demo-lifecycle.ts),
 * so a first `npm start` shows a working console.
 * Written once, on a database without staff; run again it changes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Region, StaffRole } from '@mitmachen/contract';
import type { Database } from '../db/database.js';
import { seedLifecycleDemo } from './demo-lifecycle.js';

export const demoAgencies: Array<{ name: string; regions: Region[]; staff: Array<{ email: string; name: string; role: StaffRole }> }> = [
  {
    name: 'Freiwilligenagentur Dresden',
    regions: ['dresden'],
    staff: [
      { email: 'admin.dresden@example.org', name: 'Anja Richter', role: 'agency_admin' },
      { email: 'moderator.dresden@example.org', name: 'Tobias Lehmann', role: 'moderator' },
      { email: 'analyst.dresden@example.org', name: 'Claudia Wolf', role: 'analyst' },
    ],
  },
  {
    name: 'Ehrenamtsbüro Leipzig',
    regions: ['leipzig'],
    staff: [{ email: 'moderator.leipzig@example.org', name: 'Jana Schubert', role: 'moderator' }],
  },
  {
    name: 'Engagementzentrum Sächsische Schweiz-Osterzgebirge',
    regions: ['saechsische-schweiz-osterzgebirge'],
    staff: [{ email: 'moderator.saechsische-schweiz@example.org', name: 'Frank Böhme', role: 'moderator' }],
  },
  {
    name: 'Ehrenamtsagentur Landkreis Görlitz',
    regions: ['goerlitz'],
    staff: [{ email: 'moderator.goerlitz@example.org', name: 'Marta Nowak', role: 'moderator' }],
  },
];

export const demoOperator = { email: 'operator@example.org', name: 'Plattform-Team', role: 'operator' as const };

const demoTemplates = [
  { title: 'Kontaktangaben fehlen', text: 'Bitte ergänzen Sie eine Ansprechperson mit E-Mail-Adresse oder Telefonnummer, damit Interessierte Sie erreichen können.' },
  { title: 'Kein Ehrenamt', text: 'Das Angebot beschreibt eine bezahlte Tätigkeit oder Werbung. Auf mitmachen veröffentlichen wir nur freiwilliges Engagement.' },
  { title: 'Beschreibung zu knapp', text: 'Bitte beschreiben Sie genauer, was Freiwillige tun, wann und wo, und was sie mitbringen sollten.' },
];

/** Pending postings per covered region, taken from the published demo data. */
const pendingPerRegion = { opportunities: 3, offers: 1 };

/** Writes the demo when the database has no staff account yet; returns whether it did. */
export async function seedConsoleDemo(db: Database): Promise<boolean> {
  return db.transaction(async (client) => {
    // Two servers starting at once on one PostgreSQL write the demo once.
    await client.query('LOCK TABLE staff_accounts IN EXCLUSIVE MODE');
    const { rows } = await client.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM staff_accounts) AS any');
    if (rows[0]?.any) return false;
    await client.query('INSERT INTO staff_accounts (id, email, name, role) VALUES ($1, $2, $3, $4)', [randomUUID(), demoOperator.email, demoOperator.name, demoOperator.role]);
    for (const agency of demoAgencies) {
      const existing = await client.query<{ id: string }>('SELECT id FROM agencies WHERE name = $1', [agency.name]);
      const id = existing.rows[0]?.id ?? randomUUID();
      if (!existing.rows[0]) {
        await client.query('INSERT INTO agencies (id, name) VALUES ($1, $2)', [id, agency.name]);
        await client.query('INSERT INTO agency_regions (region, agency_id) SELECT unnest($1::text[]), $2 ON CONFLICT (region) DO NOTHING', [agency.regions, id]);
      }
      for (const person of agency.staff) {
        await client.query('INSERT INTO staff_accounts (id, email, name, role, agency_id) VALUES ($1, $2, $3, $4, $5)', [randomUUID(), person.email, person.name, person.role, id]);
      }
      for (const [table, limit] of [['opportunities', pendingPerRegion.opportunities], ['offers', pendingPerRegion.offers]] as const) {
        await client.query(
          `UPDATE ${table} SET status = 'pending', decided_at = NULL
           WHERE id IN (SELECT id FROM ${table} WHERE status = 'published' AND region = ANY($1) ORDER BY created_at DESC, id LIMIT $2)`,
          [agency.regions, limit],
        );
      }
      await seedLifecycleDemo(client, agency.regions);
    }
    for (const template of demoTemplates) {
      await client.query('INSERT INTO reason_templates (id, title, text) VALUES ($1, $2, $3)', [randomUUID(), template.title, template.text]);
    }
    return true;
  });
}
