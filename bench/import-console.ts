/**
 * `npm run bench:import-console`: a spreadsheet of
 * N listings (`--count`, default 10,000) imported through the console's endpoint on the real
 * server (PGlite, or PostgreSQL with `--postgres`: DATABASE_URL or a private cluster), while a
 * second client asks `/health` and a search every 50 ms. Reports each import's time, the longest
 * event-loop stall (the server runs in this process) and how long the other requests waited.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { ImportReport } from '@mitmachen/contract';
import { Browser, seedStaff } from '../test/server/console-client.js';
import { startTestServer, type TestServer } from '../test/support/server.js';
import { spreadsheet } from './lib/import-file.js';
import { obtainPostgres } from './lib/postgres.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, postgres: { type: 'boolean' } } });
const count = Number(values.count);

interface Probe {
  path: string;
  waits: number[];
}

/** Asks each path every 50 ms until stopped; one request at a time per path. */
function probeWhile(server: TestServer, paths: string[]): { stop(): Promise<Probe[]> } {
  let running = true;
  const probes = paths.map((path) => ({ path, waits: [] as number[] }));
  const loops = probes.map(async (probe) => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${server.url}${probe.path}`);
      await response.arrayBuffer();
      probe.waits.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return probes;
    },
  };
}

const ms = (value: number) => `${Math.round(value)} ms`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function timed(server: TestServer, admin: Browser, label: string, body: Record<string, unknown>): Promise<void> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const probes = probeWhile(server, ['/health', '/v1/opportunities?q=garten']);
  delay.enable();
  const started = performance.now();
  const response = await admin.fetch('/console/imports', { method: 'POST', body });
  const text = await response.text();
  const elapsed = performance.now() - started;
  delay.disable();
  const waits = await probes.stop();
  if (response.status !== 200) throw new Error(`${label}: ${response.status} ${text.slice(0, 300)}`);
  const report = JSON.parse(text) as ImportReport;
  console.log(`  ${label}: ${(elapsed / 1000).toFixed(1)} s; new ${report.counts.new}, updated ${report.counts.updated}, unchanged ${report.counts.unchanged}`);
  console.log(`    event loop: longest stall ${ms(delay.max / 1e6)}, p99 ${ms(delay.percentile(99) / 1e6)}`);
  for (const probe of waits) {
    const sorted = [...probe.waits].sort((a, b) => a - b);
    console.log(`    ${probe.path}: ${sorted.length} answers, median ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, longest ${ms(sorted.at(-1) ?? 0)}`);
  }
}

async function main(): Promise<void> {
  let stopPostgres = () => {};
  if (values.postgres) {
    const target = await obtainPostgres(process.env.DATABASE_URL);
    if ('skipped' in target) throw new Error(target.skipped);
    process.env.MITMACHEN_TEST_DATABASE_URL = target.url;
    stopPostgres = () => target.stop();
  }
  const server = await startTestServer({ seed: { opportunities: 1000, offers: 50 }, env: { MITMACHEN_RATE_LIMIT_SIGN_IN: 'off', LOG_LEVEL: 'error' } });
  try {
    await seedStaff(server);
    const admin = new Browser(server);
    await admin.signIn('admin.dresden@test.example');
    const file = spreadsheet(count).toString('base64');
    console.log(`Importing ${count} listings (${(file.length / 1e6).toFixed(1)} MB base64) through POST /v1/console/imports on ${server.db.kind}:`);
    await timed(server, admin, 'dry run', { format: 'csv', file, dryRun: true });
    await timed(server, admin, 'first import', { format: 'csv', file });
    await timed(server, admin, 'same file again', { format: 'csv', file });
  } finally {
    await server.close();
    stopPostgres();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
