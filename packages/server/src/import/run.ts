/**
 * Runs an import: checks every listing first (a file with any error is refused whole), then
 * writes in one transaction, matching each listing to what an earlier run of the same source
 * for the same agency created. A dry run does the same work and rolls it back, so its counts
 * are exactly what a real run would do.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';
import { findOrCreateOrganisation, organisationKey } from '../opportunities/organisations.js';
import { insertImported, markOrganisationsPublished, publishImported, updateImported, type Target } from './store.js';
import type { ImportIssue, ImportSource, ParsedImport } from './types.js';
import { checkRecord, type CheckedRecord } from './validate.js';

export interface ImportOptions {
  source: ImportSource;
  /** The agency whose queue the listings go into. */
  agency: string;
  /** Straight to published (an operator's decision), instead of pending moderation. */
  publish: boolean;
  dryRun: boolean;
  now?: Date;
  /** Called as listings are written: done of total. */
  onProgress?: (done: number, total: number) => void;
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

/** Progress is reported every this many listings. */
const progressStep = 500;

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
  try {
    await db.transaction(async (client) => {
      const { rows } = await client.query<{ source_id: string; opportunity_id: string; content_hash: string; status: string }>(
        `SELECT s.source_id, s.opportunity_id, s.content_hash, o.status
         FROM import_sources s JOIN opportunities o ON o.id = s.opportunity_id
         WHERE s.agency = $1 AND s.source = $2`,
        [target.agency, target.source],
      );
      const earlier = new Map(rows.map((row) => [row.source_id, row]));
      const organisations = new Map<string, string>();
      const published = new Set<string>();
      let done = 0;
      for (const item of checked) {
        const { record } = item;
        const key = organisationKey(record.input.organisation.name);
        let organisationId = organisations.get(key);
        if (organisationId === undefined) {
          organisationId = await findOrCreateOrganisation(client, record.input.organisation);
          organisations.set(key, organisationId);
        }
        const hash = contentHash(item);
        const before = earlier.get(record.sourceId);
        let outcome: ImportOutcome;
        let opportunityId: string;
        if (!before) {
          opportunityId = await insertImported(client, target, item, organisationId, options.publish ? 'published' : 'pending', hash);
          outcome = 'new';
        } else if (before.content_hash !== hash) {
          opportunityId = before.opportunity_id;
          await updateImported(client, opportunityId, item, organisationId, options.publish, hash);
          outcome = 'updated';
        } else if (options.publish && before.status !== 'published') {
          opportunityId = before.opportunity_id;
          await publishImported(client, opportunityId);
          outcome = 'updated';
        } else {
          opportunityId = before.opportunity_id;
          outcome = 'unchanged';
        }
        if (options.publish) published.add(organisationId);
        report.counts[outcome]++;
        report.listings.push({ sourceId: record.sourceId, label: record.label, outcome, opportunityId });
        done++;
        if (done % progressStep === 0 || done === checked.length) {
          options.onProgress?.(done, checked.length);
          // PGlite answers in this thread: let other work (a server's requests) through.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      await markOrganisationsPublished(client, [...published]);
      if (options.dryRun) throw new DryRunRollback();
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
function contentHash({ record, location, expiresAt }: CheckedRecord): string {
  return createHash('sha256').update(JSON.stringify({ input: record.input, location, expiresAt })).digest('base64url');
}
