/**
 * What `mitmachen-server` does, as a function of its arguments, environment and output streams
 * (src/cli.ts runs it on the process's): run the reference API, or prepare its database.
 * Configuration comes from the environment (see README); flags only steer the seed command.
 * Tests call it in this process, which spares each of their many command runs a Node start and
 * the server's module graph; a few of them run the real command for the process's own wiring.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { DatabaseUnreachableError, describeDatabase } from '../db/unreachable.js';
import { importCommand, importUsage, type ImportArguments } from './import.js';
import { describeRefusal, moderateCommand, moderateUsage, UsageError } from './moderate.js';
import { ImportFileError } from '../import/types.js';
import { staffCommand, staffUsage } from './staff.js';
import { ProblemError } from '../errors.js';
import { purgePersonalData, retentionPeriods } from '../retention/purge.js';
import { seedDatabase } from '../seed/load.js';
import { openConfiguredDatabase, startServer } from '../server.js';

const usage = `Usage: mitmachen-server [command] [options]

Commands:
  serve                 Start the API (default). Migrates the database and, when it is empty,
                        writes demo data (MITMACHEN_SEED opportunities).
  migrate               Apply pending migrations, then exit.
  seed [--count N] [--offers N] [--seed S]
                        Write N demo opportunities (default MITMACHEN_SEED) and N offers
                        (default MITMACHEN_SEED_OFFERS) into the configured database.
                        --seed picks another deterministic data set.
${moderateUsage}
${importUsage}
${staffUsage}
  purge                 Delete personal data older than MITMACHEN_RETENTION_DAYS now (the
                        server also does this every hour).

Options:
  -h, --help            Show this help.

Environment:
  PORT (8080), HOST (127.0.0.1), DATABASE_URL (PostgreSQL; unset: embedded PGlite),
  MITMACHEN_DATABASE_WAIT_SECONDS (60: how long serve waits for an unreachable PostgreSQL),
  MITMACHEN_DATA_DIR (.data/pglite, or memory://), MITMACHEN_ADMIN_TOKEN (unset: moderation off),
  MITMACHEN_ALLOWED_ORIGINS (*, or a comma-separated list), MITMACHEN_SEED (3000; 0: none),
  MITMACHEN_SEED_OFFERS (a tenth of MITMACHEN_SEED), LOG_LEVEL (info), LOG_FORMAT (auto: readable
  lines in a terminal, else json; or pretty),
  MITMACHEN_ALTCHA_HMAC_KEY (unset: generated, kept in the database), MITMACHEN_ALTCHA_MAX_NUMBER
  (50000), SMTP_URL (unset: mail waits in the outbox), MITMACHEN_MAIL_FROM, MITMACHEN_RETENTION_DAYS (180),
  MITMACHEN_RATE_LIMIT_READS (300/60: requests/seconds per client address, or off),
  MITMACHEN_RATE_LIMIT_WRITES (20/3600), MITMACHEN_RATE_LIMIT_SIGN_IN (10/900), MITMACHEN_PUBLIC_URL
  (origin for links in mail), MITMACHEN_TRUST_PROXY (unset: none; addresses, CIDRs or
  loopback whose X-Forwarded-For names the client: trust only proxies you run)

With embedded PGlite, run moderate, purge, seed and migrate while the server is stopped: only one
process can open its data folder.
`;

const commands = ['serve', 'migrate', 'seed', 'moderate', 'import', 'purge', 'staff', 'agency'];
/** Commands that take words after their name. */
const withArguments = new Set(['moderate', 'import', 'staff', 'agency']);

/** Where a run of the command writes, what it reads its configuration from, and its database. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /**
   * An open database for the commands to work on instead of the configured one, which they would
   * open and close (tests keep one open across many runs); the caller closes it.
   */
  database?: Database | undefined;
}

/**
 * Runs `mitmachen-server` with `argv` (the words after the command's name) and resolves with its
 * exit code: 0 done, 1 failed while running, 2 wrong usage or configuration.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    if (error instanceof DatabaseUnreachableError) {
      io.stderr.write(`Cannot open the database: ${error.message}\n`);
      return 1;
    }
    io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

async function main(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      count: { type: 'string' },
      offers: { type: 'string' },
      seed: { type: 'string' },
      kind: { type: 'string' },
      reason: { type: 'string' },
      agency: { type: 'string' },
      publish: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      role: { type: 'string' },
      name: { type: 'string' },
      regions: { type: 'string' },
    },
  });
  const command = positionals[0] ?? 'serve';
  if (values.help) {
    io.stdout.write(usage);
    return 0;
  }
  if (!commands.includes(command) || (!withArguments.has(command) && positionals.length > 1)) {
    io.stderr.write(`Unknown command: ${positionals.join(' ')}\n\n${usage}`);
    return 2;
  }
  if (command !== 'seed' && (values.count ?? values.offers ?? values.seed) !== undefined) {
    io.stderr.write('--count, --offers and --seed belong to the seed command.\n');
    return 2;
  }
  if (command !== 'moderate' && (values.kind ?? values.reason) !== undefined) {
    io.stderr.write('--kind and --reason belong to the moderate command.\n');
    return 2;
  }
  if (command !== 'import' && (values.publish || values['dry-run'])) {
    io.stderr.write('--publish and --dry-run belong to the import command.\n');
    return 2;
  }
  if (!['import', 'staff', 'agency'].includes(command) && values.agency !== undefined) {
    io.stderr.write('--agency belongs to the import, staff and agency commands.\n');
    return 2;
  }
  if (command !== 'staff' && command !== 'agency' && (values.role ?? values.name ?? values.regions) !== undefined) {
    io.stderr.write('--role, --name and --regions belong to the staff and agency commands.\n');
    return 2;
  }
  const config = loadConfig(io.env);
  switch (command) {
    case 'staff':
    case 'agency':
      return runLines(io, config, () => staffCommand({ command, args: positionals.slice(1), role: values.role, agency: values.agency, name: values.name, regions: values.regions }));
    case 'migrate':
      await withDatabase(io, config, async () => {
        io.stdout.write(`Database ${describeDatabase(config)} is up to date.\n`);
      });
      return 0;
    case 'seed': {
      const opportunities = count(values.count, '--count', config.seed.opportunities);
      const offers = count(values.offers, '--offers', values.count === undefined ? config.seed.offers : Math.round(opportunities / 10));
      const seed = values.seed === undefined ? undefined : count(values.seed, '--seed', 0);
      await withDatabase(io, config, (db) => seedDatabase(db, seed === undefined ? { opportunities, offers } : { opportunities, offers, seed }));
      io.stdout.write(`Wrote ${opportunities} opportunities and ${offers} offers into ${describeDatabase(config)}.\n`);
      return 0;
    }
    case 'moderate':
      return runLines(io, config, () => moderateCommand({ args: positionals.slice(1), kind: values.kind, reason: values.reason, origin: config.publicUrl ?? `http://127.0.0.1:${config.port}` }));
    case 'import':
      return runImportCommand(io, config, { args: positionals.slice(1), agency: values.agency, publish: values.publish, dryRun: values['dry-run'] });
    case 'purge': {
      let purged: Awaited<ReturnType<typeof purgePersonalData>> | undefined;
      await withDatabase(io, config, async (db) => (purged = await purgePersonalData(db.pool, retentionPeriods(config))));
      const counts = Object.entries(purged ?? {}).map(([what, n]) => `${String(n)} ${what}`).join(', ');
      io.stdout.write(`Deleted personal data older than ${config.retentionDays} days: ${counts}.\n`);
      return 0;
    }
    default:
      return serve(io, config);
  }
}

/** Wrong usage: the message and the help, exit code 2; anything else is not ours to explain. */
function usageFailure(io: CliIo, error: unknown): number {
  if (!(error instanceof UsageError)) throw error;
  io.stderr.write(`${error.message}\n\n${usage}`);
  return 2;
}

/** Runs a command that answers with lines from the database (moderate, staff, agency). */
async function runLines(io: CliIo, config: Config, command: () => (db: Database) => Promise<string[]>): Promise<number> {
  try {
    const run = command();
    let lines: string[] = [];
    await withDatabase(io, config, async (db) => (lines = await run(db)));
    io.stdout.write(lines.map((line) => `${line}\n`).join(''));
    return 0;
  } catch (error) {
    if (!(error instanceof ProblemError)) return usageFailure(io, error);
    io.stderr.write(`${describeRefusal(error)}\n`);
    return 1;
  }
}

async function runImportCommand(io: CliIo, config: Config, args: ImportArguments): Promise<number> {
  try {
    const command = importCommand(args);
    // The file is read before the database opens: a file that cannot be read costs nothing.
    const parsed = await command.read();
    let outcome = { lines: [] as string[], refused: false };
    await withDatabase(io, config, async (db) => (outcome = await command.run(db, parsed, (line) => io.stderr.write(`${line}\n`))));
    io.stdout.write(outcome.lines.map((line) => `${line}\n`).join(''));
    return outcome.refused ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ImportFileError)) return usageFailure(io, error);
    io.stderr.write(`${error.message}\nNichts wurde geschrieben.\n`);
    return 1;
  }
}

async function serve(io: CliIo, config: Config): Promise<number> {
  const server = await startServer(config, { consoleDemo: true });
  io.stdout.write(`mitmachen API starting on ${server.url}/v1 …\n`);
  const stopped = new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      io.stdout.write(`${signal}: finishing open requests, then stopping.\n`);
      server.close().then(
        () => resolve(0),
        (error: unknown) => {
          io.stderr.write(`Stopping failed: ${String(error)}\n`);
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  });
  try {
    await server.ready;
  } catch (error) {
    io.stderr.write(`mitmachen API could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    await server.close().catch(() => {});
    return 1;
  }
  const seeded = server.seeded ? `, ${server.seeded.opportunities} demo opportunities and ${server.seeded.offers} offers written` : '';
  const moderation = config.adminToken ? 'moderation on' : 'moderation off (no MITMACHEN_ADMIN_TOKEN)';
  io.stdout.write(
    `mitmachen API listening on ${server.url}/v1 (database: ${describeDatabase(config)}${seeded}; ${moderation})\n`,
  );
  return stopped;
}

async function withDatabase(io: CliIo, config: Config, work: (db: Database) => Promise<unknown>): Promise<void> {
  if (io.database) {
    await work(io.database);
    return;
  }
  // No statement timeout here: a large seed or an index build may rightly take longer.
  const db = await openConfiguredDatabase(config, { statementTimeout: false });
  try {
    await work(db);
  } finally {
    await db.close();
  }
}

function count(raw: string | undefined, flag: string, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${flag} must be a whole number, not "${raw}"`);
  return Number(raw);
}

