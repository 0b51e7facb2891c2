/**
 * Runs an import: checks every listing first (a file with any error is refused whole), then
 * writes in one transaction, matching each listing to what an earlier run of the same source
 * for the same agency created. A dry run does the same work and rolls it back, so its counts
 * are exactly what a real run would do.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';
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

class DryRunRollback extends Error {}

/** Listings per statement; progress is reported after each batch. */
const batchSize = 500;

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
  for (const record of parsed.records) {
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
    await new Promise((resolve) => setImmediate(resolve));
  };
  try {
    await db.transaction(async (client) => {
      // The search version moves once, at the end (migration 093): other writers are not held
      // up while ten thousand listings are written.
      await client.query("SELECT set_config('mitmachen.defer_version', 'on', true)");
      const { rows } = await client.query<{ source_id: string; opportunity_id: string; content_hash: string; status: string }>(
        `SELECT s.source_id, s.opportunity_id, s.content_hash, o.status
         FROM import_sources s JOIN opportunities o ON o.id = s.opportunity_id
         WHERE s.agency = $1 AND s.source = $2`,
        [target.agency, target.source],
      );
      const earlier = new Map(rows.map((row) => [row.source_id, row]));
      const organisations = await resolveOrganisations(client, checked.map((item) => item.record.input.organisation));
      const fresh: Write[] = [];
      const changed: Write[] = [];
      const toPublish: string[] = [];
      for (const item of checked) {
        const { record } = item;
        const organisationId = organisations.get(organisationKey(record.input.organisation.name))!;
        const contentHash = hashOf(item);
        const before = earlier.get(record.sourceId);
        let outcome: ImportOutcome;
        const write = { opportunityId: before?.opportunity_id ?? newOpportunityId(), checked: item, organisationId, contentHash };
        if (!before) {
          fresh.push(write);
          outcome = 'new';
        } else if (before.content_hash !== contentHash) {
          changed.push(write);
          outcome = 'updated';
        } else if (options.publish && before.status !== 'published') {
          toPublish.push(write.opportunityId);
          outcome = 'updated';
        } else {
          outcome = 'unchanged';
        }
        report.counts[outcome]++;
        report.listings.push({ sourceId: record.sourceId, label: record.label, outcome, opportunityId: write.opportunityId });
      }
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
      await publishImported(client, toPublish);
      if (options.publish) await markOrganisationsPublished(client, [...new Set(checked.map((item) => organisations.get(organisationKey(item.record.input.organisation.name))!))]);
      if (options.dryRun) throw new DryRunRollback();
      await client.query('SELECT finish_deferred_version()');
    });
    report.written = true;
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  if (report.written && options.publish && report.counts.new + report.counts.updated > 0) {
    // The spelling suggestions learn the new listings' words, as after a seed.
    await db.pool.query('SELECT refresh_search_words()');
  }
  return report;
}

/** What decides "unchanged": the listing as it would be stored, not the file's bytes. */
function hashOf({ record, location, expiresAt }: CheckedRecord): string {
  return createHash('sha256').update(JSON.stringify({ input: record.input, location, expiresAt })).digest('base64url');
}
