/**
 * `mitmachen-server moderate …`: the moderation endpoints' work from a shell, straight on the
 * database and through the same functions (so a decision queues the author's mail the same way;
 * a running server's mail worker sends it).
 */
import type { PostingKind } from '@mitmachen/contract';
import type { Database } from '../db/database.js';
import type { ProblemError } from '../errors.js';
import { approvePosting, listPending, rejectPosting } from '../moderation/repository.js';
import { listReports, resolveReport } from '../reports/repository.js';

export const moderateUsage = `  moderate list [--kind opportunity|offer]
                        Pending postings and open reports, oldest first.
  moderate approve <opportunity|offer> <id>
  moderate reject <opportunity|offer> <id> --reason "…"
                        Publish, or reject with a reason for the author (who is mailed).
  moderate resolve <report-id> dismiss|unpublish [--reason "…"]
                        Close a report, or take its listing down (needs --reason).`;

/** Wrong usage; the CLI prints it with the usage and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ModerateArguments {
  args: string[];
  kind?: string | undefined;
  reason?: string | undefined;
  /** Where the acceptance mail's manage link points (MITMACHEN_PUBLIC_URL). */
  origin?: string | undefined;
}

/**
 * Reads a moderate command; throws a UsageError before anything is opened when it is wrong.
 * The returned function runs it and gives the lines to print; a refused decision throws its
 * ProblemError.
 */
export function moderateCommand({ args, kind, reason, origin }: ModerateArguments): (db: Database) => Promise<string[]> {
  const [action, ...rest] = args;
  switch (action) {
    case 'list': {
      expectArguments(rest, 0, 'moderate list');
      const postingKind = kind === undefined ? undefined : postingKindOf(kind);
      return (db) => list(db, postingKind);
    }
    case 'approve': {
      const [kindArgument, id] = expectArguments(rest, 2, 'moderate approve <opportunity|offer> <id>');
      const postingKind = postingKindOf(kindArgument);
      return async (db) => {
        const result = await db.transaction((client) => approvePosting(client, postingKind, id, { origin }));
        return [`Approved ${result.kind} ${result.id}: it is published now.`];
      };
    }
    case 'reject': {
      const [kindArgument, id] = expectArguments(rest, 2, 'moderate reject <opportunity|offer> <id> --reason "…"');
      const postingKind = postingKindOf(kindArgument);
      if (reason === undefined) throw new UsageError('moderate reject needs --reason "…": it is sent to the author.');
      return async (db) => {
        const result = await db.transaction((client) => rejectPosting(client, postingKind, id, reason));
        return [`Rejected ${result.kind} ${result.id}; the author will be told why.`];
      };
    }
    case 'resolve': {
      const [id, resolution] = expectArguments(rest, 2, 'moderate resolve <report-id> dismiss|unpublish');
      if (resolution !== 'dismiss' && resolution !== 'unpublish') throw new UsageError(`moderate resolve takes dismiss or unpublish, not "${resolution}".`);
      return async (db) => {
        const result = await db.transaction((client) =>
          resolveReport(client, id, { action: resolution, ...(reason === undefined ? {} : { note: reason }) }),
        );
        return [`Report ${result.id} ${result.status}; the ${result.kind} ${result.listingId} is ${result.listingStatus}.`];
      };
    }
    default:
      throw new UsageError(action === undefined ? 'moderate needs a subcommand.' : `Unknown moderate subcommand: ${action}`);
  }
}

async function list(db: Database, kind: PostingKind | undefined): Promise<string[]> {
  const lines: string[] = [];
  const pending = await listPending(db.pool, { kind, pageSize: 50 });
  lines.push(`Pending postings: ${pending.total}${pending.total > pending.items.length ? ` (the oldest ${pending.items.length})` : ''}`);
  for (const item of pending.items) lines.push(`  ${item.kind.padEnd(11)} ${item.id}  ${item.createdAt.slice(0, 16).replace('T', ' ')}  ${item.title}`);
  const reports = await listReports(db.pool, { ...(kind === undefined ? {} : { kind }), pageSize: 50 });
  lines.push(`Open reports: ${reports.total}${reports.total > reports.items.length ? ` (the oldest ${reports.items.length})` : ''}`);
  for (const report of reports.items) {
    lines.push(`  report ${report.id}  about ${report.kind} ${report.listingId} (${report.listingTitle})`);
    lines.push(`    ${oneLine(report.reason)}`);
  }
  return lines;
}

function expectArguments(args: string[], count: 0, usage: string): [];
function expectArguments(args: string[], count: 2, usage: string): [string, string];
function expectArguments(args: string[], count: number, usage: string): string[] {
  if (args.length !== count) throw new UsageError(`Usage: mitmachen-server ${usage}`);
  return args;
}

function postingKindOf(value: string): PostingKind {
  if (value !== 'opportunity' && value !== 'offer') throw new UsageError(`The kind is opportunity or offer, not "${value}".`);
  return value;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}

/** What a refused decision says on the command line. */
export function describeRefusal(error: ProblemError): string {
  return `${error.title}: ${error.detail ?? ''}`.trim();
}
