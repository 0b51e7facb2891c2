/**
 * The console's import (`POST /v1/console/imports`): the CLI's import (import/run.ts) behind a
 * session. Who may import where is decided here, before the file is read; the file is read on a
 * worker thread (import/parse-off-thread.ts), so the server keeps answering meanwhile.
 */
import type { ImportInput, ImportReport } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { invalidField } from '../errors.js';
import { cacheControl } from '../http/caching.js';
import type { Handlers, RouteContext } from '../http/routes/index.js';
import { parseImportFileOffThread } from '../import/parse-off-thread.js';
import { runImport } from '../import/run.js';
import { ImportFileError, type ParsedImport } from '../import/types.js';
import { actorOf, audit } from './audit.js';
import { forbidden, requireAdminRole, type Principal } from './principal.js';

/**
 * The agency an import writes into. An agency admin: their own, into its review queue only.
 * An operator: the one named (any agency), and may publish at once.
 */
export async function importAgency(db: Queryable, principal: Principal, input: ImportInput): Promise<string> {
  requireAdminRole(principal);
  if (principal.role !== 'operator') {
    if (input.publish === true) throw forbidden('Only operators may publish imported listings at once; without "publish" they go to your review queue.');
    if (principal.agencyId === null || (input.agencyId !== undefined && input.agencyId !== principal.agencyId)) {
      throw forbidden('You may import only into your own agency.');
    }
    return principal.agencyId;
  }
  if (input.agencyId === undefined) throw invalidField('/agencyId', 'Choose the agency the listings belong to.');
  const { rowCount } = await db.query('SELECT 1 FROM agencies WHERE id = $1', [input.agencyId]);
  if (rowCount === 0) throw invalidField('/agencyId', 'There is no agency with this id.');
  return input.agencyId;
}

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

async function readFile(input: ImportInput): Promise<ParsedImport> {
  // Buffer.from would skip characters that are not base64 and import a garbled file.
  if (input.file.length % 4 !== 0 || !base64.test(input.file)) throw invalidField('/file', 'The file must be sent base64-encoded.');
  try {
    return await parseImportFileOffThread(input.format, Buffer.from(input.file, 'base64'));
  } catch (error) {
    if (error instanceof ImportFileError) throw invalidField('/file', error.message);
    throw error;
  }
}

export function importRoutes({ database, now }: RouteContext): Handlers {
  return {
    async importListings(request, reply) {
      const principal = (request as { principal?: Principal }).principal as Principal;
      const input = request.body as ImportInput;
      const db = database();
      const agencyId = await importAgency(db.pool, principal, input);
      const parsed = await readFile(input);
      const dryRun = input.dryRun === true;
      const publish = input.publish === true;
      const report = await runImport(db, parsed, { source: input.format, agency: agencyId, publish, dryRun, now: now() });
      if (report.written) {
        await audit(db.pool, actorOf(principal), {
          action: 'import',
          subjectAgencyId: agencyId,
          change: { format: input.format, fileName: input.fileName ?? null, publish, total: report.total, counts: report.counts, unmapped: report.unmapped.length },
        });
      }
      const body: ImportReport = { format: input.format, agencyId, dryRun, publish, ...report };
      return reply.header('Cache-Control', cacheControl.none).send(body);
    },
  };
}
