#!/usr/bin/env node
/**
 * `mitmachen-server`: run the reference API, or prepare its database.
 * Configuration comes from the environment (see README); flags only steer the seed command.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.js';
import type { Database } from './db/database.js';
import { seedDatabase } from './seed/load.js';
import { openConfiguredDatabase, startServer } from './server.js';

const usage = `Usage: mitmachen-server [command] [options]

Commands:
  serve                 Start the API (default). Migrates the database and, when it is empty,
                        writes demo data (MITMACHEN_SEED opportunities).
  migrate               Apply pending migrations, then exit.
  seed [--count N] [--offers N] [--seed S]
                        Write N demo opportunities (default MITMACHEN_SEED) and N offers
                        (default MITMACHEN_SEED_OFFERS) into the configured database.
                        --seed picks another deterministic data set.

Options:
  -h, --help            Show this help.

Environment:
  PORT (8080), HOST (127.0.0.1), DATABASE_URL (PostgreSQL; unset: embedded PGlite),
  MITMACHEN_DATA_DIR (.data/pglite, or memory://), MITMACHEN_ADMIN_TOKEN (unset: moderation off),
  MITMACHEN_ALLOWED_ORIGINS (*, or a comma-separated list), MITMACHEN_SEED (3000; 0: none),
  MITMACHEN_SEED_OFFERS (a tenth of MITMACHEN_SEED), LOG_LEVEL (info)
`;

/** Exit codes: 0 done, 1 failed while running, 2 wrong usage or configuration. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      count: { type: 'string' },
      offers: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const command = positionals[0] ?? 'serve';
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (positionals.length > 1 || !['serve', 'migrate', 'seed'].includes(command)) {
    process.stderr.write(`Unknown command: ${positionals.join(' ')}\n\n${usage}`);
    return 2;
  }
  if (command !== 'seed' && (values.count ?? values.offers ?? values.seed) !== undefined) {
    process.stderr.write('--count, --offers and --seed belong to the seed command.\n');
    return 2;
  }
  const config = loadConfig();
  switch (command) {
    case 'migrate':
      await withDatabase(config, async () => {
        process.stdout.write(`Database ${describeDatabase(config)} is up to date.\n`);
      });
      return 0;
    case 'seed': {
      const opportunities = count(values.count, '--count', config.seed.opportunities);
      const offers = count(values.offers, '--offers', values.count === undefined ? config.seed.offers : Math.round(opportunities / 10));
      const seed = values.seed === undefined ? undefined : count(values.seed, '--seed', 0);
      await withDatabase(config, (db) => seedDatabase(db, seed === undefined ? { opportunities, offers } : { opportunities, offers, seed }));
      process.stdout.write(`Wrote ${opportunities} opportunities and ${offers} offers into ${describeDatabase(config)}.\n`);
      return 0;
    }
    default:
      return serve(config);
  }
}

async function serve(config: Config): Promise<number> {
  const server = await startServer(config);
  process.stdout.write(`mitmachen API starting on ${server.url}/v1 …\n`);
  const stopped = new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      process.stdout.write(`${signal}: finishing open requests, then stopping.\n`);
      server.close().then(
        () => resolve(0),
        (error: unknown) => {
          process.stderr.write(`Stopping failed: ${String(error)}\n`);
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
    process.stderr.write(`mitmachen API could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    await server.close().catch(() => {});
    return 1;
  }
  const seeded = server.seeded ? `, ${server.seeded.opportunities} demo opportunities and ${server.seeded.offers} offers written` : '';
  const moderation = config.adminToken ? 'moderation on' : 'moderation off (no MITMACHEN_ADMIN_TOKEN)';
  process.stdout.write(
    `mitmachen API listening on ${server.url}/v1 (database: ${describeDatabase(config)}${seeded}; ${moderation})\n`,
  );
  return stopped;
}

async function withDatabase(config: Config, work: (db: Database) => Promise<unknown>): Promise<void> {
  // No statement timeout here: a large seed or an index build may rightly take longer.
  const db = await openConfiguredDatabase(config, { statementTimeout: false });
  try {
    await work(db);
  } finally {
    await db.close();
  }
}

function describeDatabase(config: Config): string {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    // Never print the password.
    return `postgres at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  }
  return `pglite at ${config.dataDir}`;
}

function count(raw: string | undefined, flag: string, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${flag} must be a whole number, not "${raw}"`);
  return Number(raw);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exit(2);
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
