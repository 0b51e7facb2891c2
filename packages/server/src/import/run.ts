/**
 * Runs an import: checks every listing first (a file with any error is refused whole), then
 * writes in one transaction, matching each listing to what an earlier run of the same source
 * for the same agency created. A dry run decides every listing's outcome by the same code
 * (`plan`) and stops before writing, so its counts are exactly what a real run would do.
 */
import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { organisationKey } from '../opportunities/organisations.js';
import { insertImported, markOrganisationsPublished, newOpportunityId, publishImported, resolveOrganisations, updateImported, type Target, type Write } from './store.js';
import type { ImportIssue, ImportSource, ParsedImport } from './types.js';
import { checkRecord, type CheckedRecord } from './validate.js';

export interface ImportOptions {
  source: ImportSource;
  /** The id of the agency the listings belong to (its queue, whatever their district). */
  agency: string;
  /** Straight to published (an operator's decision), instead of pending moderation. */
  publish: boolean;
  dryRun: boolean;
  now?: Date;
  /** Called after each batch, inside the transaction; the import waits for a returned promise. */
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

export type ImportOutcome = 'new' | 'updated' | 'unchanged';

export interface ImportReport {
  /** False when the file was refused or it was a dry run. */
  written: boolean;
  refused: boolean;
  total: number;
  counts: Record<ImportOutcome, number>;
  /** Each listing with what happened to it (or would happen, in a dry run). */
  listings: { sourceId: string; label: string; outcome: ImportOutcome; opportunityId: string }[];
  errors: ImportIssue[];
  unmapped: ImportIssue[];
}

/** Listings per statement; progress is reported after each batch. */
const batchSize = 500;
/** Listings checked or planned between two turns of the event loop. */
const yieldEvery = 250;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

export async function runImport(db: Database, parsed: ParsedImport, options: ImportOptions): Promise<ImportReport> {
  const now = options.now ?? new Date();
  const report: ImportReport = {
    written: false,
    refused: false,
    total: parsed.records.length,
    counts: { new: 0, updated: 0, unchanged: 0 },
    listings: [],
    errors: [...parsed.errors],
    unmapped: parsed.unmapped,
  };
  const checked: CheckedRecord[] = [];
  for (const [index, record] of parsed.records.entries()) {
    // Checking ten thousand listings takes a while: a server in this process keeps answering.
    if (index % yieldEvery === yieldEvery - 1) await nextTurn();
    const result = checkRecord(record, now);
    if (result.checked) checked.push(result.checked);
    report.errors.push(...result.errors);
  }
  if (report.errors.length > 0) {
    report.refused = true;
    return report;
  }
  const target: Target = { agency: options.agency, source: options.source };
  const progress = async (done: number, total: number) => {
    await options.onProgress?.(done, total);
    // PGlite answers in this thread: let other work (a server's requests) through.
    await nextTurn();
  };
  if (options.dryRun) {
    // What would happen depends only on what earlier runs stored: read that and write nothing,
    // so a dry run holds no transaction (on PGlite, the only connection) while it works.
    await plan(report, checked, await earlierRuns(db.pool, target), options.publish);
    return report;
  }
  await db.transaction(async (client) => {
    // The search version moves once, at the end (migration 093): other writers are not held
    // up while ten thousand listings are written.
    await client.query("SELECT set_config('mitmachen.defer_version', 'on', true)");
    const planned = await plan(report, checked, await earlierRuns(client, target), options.publish);
    const organisations = await resolveOrganisations(client, checked.map((item) => item.record.input.organisation));
    const organisationOf = (item: CheckedRecord) => organisations.get(organisationKey(item.record.input.organisation.name))!;
    const write = (step: Step): Write => ({ ...step, organisationId: organisationOf(step.checked) });
    const fresh = planned.fresh.map(write);
    const changed = planned.changed.map(write);
    const total = fresh.length + changed.length;
    let done = 0;
    for (let start = 0; start < fresh.length; start += batchSize) {
      const batch = fresh.slice(start, start + batchSize);
      await insertImported(client, target, batch, options.publish ? 'published' : 'pending');
      done += batch.length;
      await progress(done, total);
    }
    for (let start = 0; start < changed.length; start += batchSize) {
      const batch = changed.slice(start, start + batchSize);
      await updateImported(client, batch, options.publish);
      done += batch.length;
      await progress(done, total);
    }
    await publishImported(client, planned.toPublish);
    if (options.publish) await markOrganisationsPublished(client, [...new Set(checked.map(organisationOf))]);
    await client.query('SELECT finish_deferred_version()');
  });
  report.written = true;
  if (options.publish && report.counts.new + report.counts.updated > 0) {
    // The spelling suggestions learn the new listings' words, as after a seed.
    await db.pool.query('SELECT refresh_search_words()');
  }
  return report;
}

interface Earlier {
  source_id: string;
  opportunity_id: string;
  content_hash: string;
  status: string;
}

async function earlierRuns(db: Queryable, target: Target): Promise<Map<string, Earlier>> {
  const { rows } = await db.query<Earlier>(
    `SELECT s.source_id, s.opportunity_id, s.content_hash, o.status
     FROM import_sources s JOIN opportunities o ON o.id = s.opportunity_id
     WHERE s.agency = $1 AND s.source = $2`,
    [target.agency, target.source],
  );
  return new Map(rows.map((row) => [row.source_id, row]));
}

type Step = Omit<Write, 'organisationId'>;

/** Each listing's outcome, counted into the report: new, changed since the last run, or unchanged. */
async function plan(report: ImportReport, checked: CheckedRecord[], earlier: Map<string, Earlier>, publish: boolean): Promise<{ fresh: Step[]; changed: Step[]; toPublish: string[] }> {
  const fresh: Step[] = [];
  const changed: Step[] = [];
  const toPublish: string[] = [];
  for (const [index, item] of checked.entries()) {
    if (index % yieldEvery === yieldEvery - 1) await nextTurn();
    const { record } = item;
    const contentHash = hashOf(item);
    const before = earlier.get(record.sourceId);
    let outcome: ImportOutcome;
    const step = { opportunityId: before?.opportunity_id ?? newOpportunityId(), checked: item, contentHash };
    if (!before) {
      fresh.push(step);
      outcome = 'new';
    } else if (before.content_hash !== contentHash) {
      changed.push(step);
      outcome = 'updated';
    } else if (publish && before.status !== 'published') {
      toPublish.push(step.opportunityId);
      outcome = 'updated';
    } else {
      outcome = 'unchanged';
    }
    report.counts[outcome]++;
    report.listings.push({ sourceId: record.sourceId, label: record.label, outcome, opportunityId: step.opportunityId });
  }
  return { fresh, changed, toPublish };
}

/** What decides "unchanged": the listing as it would be stored, not the file's bytes. */
function hashOf({ record, location, expiresAt }: CheckedRecord): string {
  return createHash('sha256').update(JSON.stringify({ input: record.input, location, expiresAt })).digest('base64url');
}
