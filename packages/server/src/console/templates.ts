/** Reason templates (table `reason_templates`): the platform's (no agency) and each agency's own. */
import { randomUUID } from 'node:crypto';
import type { ConsoleStatistics, ReasonTemplate, ReasonTemplateInput, ReasonTemplateList, ReasonTemplatePatch, Region } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { notFound } from '../errors.js';
import { agencyScope, forbidden, requireAdminRole, type Principal } from './principal.js';

interface TemplateRow {
  id: string;
  agency_id: string | null;
  title: string;
  text: string;
  archived: boolean;
}

const toTemplate = (row: TemplateRow): ReasonTemplate => ({ id: row.id, agencyId: row.agency_id, title: row.title, text: row.text, archived: row.archived });

export async function listTemplates(db: Queryable, principal: Principal): Promise<ReasonTemplateList> {
  if (principal.role === 'analyst') throw forbidden('Your role may not work the review queue.');
  const { rows } = await db.query<TemplateRow>(
    `SELECT id, agency_id, title, text, archived FROM reason_templates
     WHERE agency_id IS NULL OR $1::uuid IS NULL OR agency_id = $1 ORDER BY lower(title), id`,
    [agencyScope(principal)],
  );
  return { items: rows.map(toTemplate) };
}

export async function createTemplate(db: Queryable, principal: Principal, input: ReasonTemplateInput): Promise<ReasonTemplate> {
  requireAdminRole(principal);
  const agencyId = principal.role === 'operator' ? (input.agencyId ?? null) : principal.agencyId;
  if (principal.role !== 'operator' && input.agencyId !== undefined && input.agencyId !== principal.agencyId) {
    throw notFound(`No agency has the id ${input.agencyId}.`);
  }
  const { rows } = await db.query<TemplateRow>(
    'INSERT INTO reason_templates (id, agency_id, title, text) VALUES ($1, $2, $3, $4) RETURNING id, agency_id, title, text, archived',
    [randomUUID(), agencyId, input.title.trim(), input.text.trim()],
  );
  return toTemplate(rows[0] as TemplateRow);
}

export async function updateTemplate(db: Queryable, principal: Principal, id: string, patch: ReasonTemplatePatch): Promise<ReasonTemplate> {
  requireAdminRole(principal);
  // An agency admin changes their agency's templates only, not the platform's.
  const { rows } = await db.query<TemplateRow>(
    `UPDATE reason_templates SET title = coalesce($3, title), text = coalesce($4, text), archived = coalesce($5, archived)
     WHERE id = $1 AND ($2::uuid IS NULL OR agency_id = $2) RETURNING id, agency_id, title, text, archived`,
    [id, principal.role === 'operator' ? null : principal.agencyId, patch.title?.trim() ?? null, patch.text?.trim() ?? null, patch.archived ?? null],
  );
  if (!rows[0]) throw notFound(`No reason template with the id ${id} is yours to change.`);
  return toTemplate(rows[0]);
}

/** Listings per region and status in the principal's scope: the figures agencies report to funders. */
export async function statistics(db: Queryable, principal: Principal): Promise<ConsoleStatistics> {
  const { rows } = await db.query<{ region: Region; kind: string; status: string; count: number }>(
    `SELECT region, kind, status, count(*)::int AS count FROM console_items
     WHERE $1::uuid IS NULL OR agency_id = $1 GROUP BY region, kind, status ORDER BY region`,
    [agencyScope(principal)],
  );
  const regions = new Map<Region, ConsoleStatistics['regions'][number]>();
  for (const row of rows) {
    const entry = regions.get(row.region) ?? { region: row.region, opportunities: {}, offers: {} };
    (row.kind === 'opportunity' ? entry.opportunities : entry.offers)[row.status] = row.count;
    regions.set(row.region, entry);
  }
  return { regions: [...regions.values()] };
}
