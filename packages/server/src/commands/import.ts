/**
 * `mitmachen-server import freinet|csv FILE|URL --agency AGENCY [--publish] [--dry-run]`: listings
 * from Freinet-Online or a spreadsheet into an agency's moderation queue (the agency by id, name or
 * slug, as `agency list` shows it) (or, with --publish,
 * straight to published). The command is operator-level: it runs on the database directly.
 */
import { readFile } from 'node:fs/promises';
import type { Database } from '../db/database.js';
import { fieldWordOf, parseImportFile } from '../import/read.js';
import { runImport, type ImportReport } from '../import/run.js';
import { formatIssue, ImportFileError, type ParsedImport } from '../import/types.js';
import { UsageError } from './moderate.js';
import { agencyIdOf } from './staff.js';

export const importUsage = `  import freinet <file|url> --agency AGENCY [--publish] [--dry-run]
  import csv <file> --agency AGENCY [--publish] [--dry-run]
                        Listings from Freinet-Online's XML or a spreadsheet (CSV; template:
                        GET /v1/import/template.csv) into the agency's moderation queue (AGENCY: its id,
                        name or slug, see agency list), or with
                        --publish straight to published. A second run updates what the first
                        created (matched by the source's id); --dry-run writes nothing and shows
                        what would change. A file with errors is refused whole.`;

export interface ImportArguments {
  args: string[];
  agency?: string | undefined;
  publish?: boolean | undefined;
  dryRun?: boolean | undefined;
}

/** How long fetching a Freinet export may take. */
const fetchTimeoutMs = 120_000;
/** Listings named one by one in the report; beyond that, counts only. */
const listedListings = 100;

export interface ImportCommand {
  /** Reads the file; throws an ImportFileError for one that cannot be read at all. */
  read(): Promise<ParsedImport>;
  run(db: Database, parsed: ParsedImport, progress: (line: string) => void): Promise<{ lines: string[]; refused: boolean }>;
}

export function importCommand({ args, agency, publish = false, dryRun = false }: ImportArguments): ImportCommand {
  const [source, location, ...rest] = args;
  if (source !== 'freinet' && source !== 'csv') throw new UsageError(`import takes freinet or csv, not "${source ?? ''}".`);
  if (location === undefined || rest.length > 0) throw new UsageError(`Usage: mitmachen-server import ${source} <file${source === 'freinet' ? '|url' : ''}> --agency AGENCY`);
  if (agency === undefined || agency.trim() === '') throw new UsageError('import needs --agency AGENCY (id, name or slug; see agency list): the agency the listings belong to.');
  const fieldWord = fieldWordOf(source);
  return {
    async read() {
      return parseImportFile(source, await load(location));
    },
    async run(db, parsed, progress) {
      const report = await runImport(db, parsed, {
        source,
        agency: await agencyIdOf(db.pool, agency),
        publish,
        dryRun,
        onProgress: (done, total) => progress(`… ${done} von ${total} Angeboten verarbeitet`),
      });
      return { lines: describe(report, { location, dryRun, publish, fieldWord }), refused: report.refused };
    },
  };
}

async function load(location: string): Promise<Uint8Array> {
  if (/^https?:\/\//i.test(location)) {
    const response = await fetch(location, { signal: AbortSignal.timeout(fetchTimeoutMs) });
    if (!response.ok) throw new ImportFileError(`${location} antwortet mit ${response.status} ${response.statusText}.`);
    return new Uint8Array(await response.arrayBuffer());
  }
  try {
    return await readFile(location);
  } catch (error) {
    throw new ImportFileError(`Die Datei ${location} lässt sich nicht lesen: ${(error as Error).message}`);
  }
}

function describe(report: ImportReport, context: { location: string; dryRun: boolean; publish: boolean; fieldWord: string }): string[] {
  const lines: string[] = [];
  if (report.refused) {
    lines.push(`${context.location}: ${report.errors.length} Fehler. Die Datei wurde abgelehnt; nichts wurde geschrieben.`);
    for (const issue of report.errors) lines.push(`  ${formatIssue(issue, context.fieldWord)}`);
  } else {
    const { counts } = report;
    const into = context.publish ? 'veröffentlicht' : 'zur Prüfung in der Warteschlange';
    lines.push(
      context.dryRun
        ? `Probelauf, nichts geschrieben. ${context.location}: ${report.total} Angebote; würden: neu ${counts.new}, aktualisiert ${counts.updated}, unverändert ${counts.unchanged} (${into}).`
        : `${context.location}: ${report.total} Angebote; neu ${counts.new}, aktualisiert ${counts.updated}, unverändert ${counts.unchanged} (${into}).`,
    );
    const changed = report.listings.filter((listing) => listing.outcome !== 'unchanged');
    for (const listing of changed.slice(0, listedListings)) {
      lines.push(`  ${listing.outcome === 'new' ? 'neu' : 'aktualisiert'}: ${listing.label}${context.dryRun && listing.outcome === 'new' ? '' : ` → ${listing.opportunityId}`}`);
    }
    if (changed.length > listedListings) lines.push(`  … und ${changed.length - listedListings} weitere`);
  }
  if (report.unmapped.length > 0) {
    lines.push(`Nicht zugeordnete Werte (${report.unmapped.length}), übergangen:`);
    for (const issue of report.unmapped) lines.push(`  ${formatIssue(issue, context.fieldWord)}`);
  }
  return lines;
}
