/** The API benchmark's closing tables. */
import { fixed, formatTable, mebibytes, milliseconds, seconds, type Column } from '../lib/table.js';
import type { Cell, DatabaseRun } from './run-database.js';

/** The project's goal for the SQL search, printed beside the numbers (a target to read against, not a test). */
export const goal = { database: 'postgres', connections: 50, p95Milliseconds: 50 } as const;
/** Issue 11's goal for the in-memory index, on every database: p95 and throughput at 50 connections. */
export const indexGoal = { connections: 50, p95Milliseconds: 20, requestsPerSecond: 500 } as const;

const failureCount = (cell: Cell) =>
  cell.load.errors + cell.load.timeouts + Object.values(cell.load.non2xx).reduce((sum, count) => sum + count, 0);

const failures = (cell: Cell) => {
  const non2xx = Object.entries(cell.load.non2xx);
  const statuses = non2xx.length > 0 ? ` (${non2xx.map(([status, count]) => `${count}×${status}`).join(', ')})` : '';
  return `${cell.load.errors + cell.load.timeouts}/${non2xx.reduce((sum, [, count]) => sum + count, 0)}${statuses}`;
};

/** What a row measured: the database, engine, mix and connections. */
const whichColumns: Column<Cell>[] = [
  { title: 'db', value: (cell) => cell.database, align: 'left' },
  { title: 'engine', value: (cell) => cell.engine, align: 'left' },
  { title: 'scenario', value: (cell) => cell.scenario, align: 'left' },
  { title: 'conns', value: (cell) => String(cell.load.connections) },
];

/** Throughput, latency and failures, read the same in both tables. */
const speedColumns: Column<Cell>[] = [
  { title: 'req/s', value: (cell) => cell.load.requestsPerSecond.toFixed(0) },
  { title: 'p50 ms', value: (cell) => milliseconds(cell.load.latency.p50) },
  { title: 'p95 ms', value: (cell) => milliseconds(cell.load.latency.p95) },
  { title: 'p99 ms', value: (cell) => milliseconds(cell.load.latency.p99) },
  { title: 'max ms', value: (cell) => milliseconds(cell.load.latency.max) },
  { title: 'err/non-2xx', value: failures },
];

const cellColumns: Column<Cell>[] = [
  ...whichColumns,
  { title: 'offered', value: (cell) => (cell.offeredRate === undefined ? 'closed' : `${cell.offeredRate}/s`) },
  ...speedColumns,
  { title: 'server', value: (cell) => fixed(cell.cpu.server, 2) },
  { title: 'db', value: (cell) => fixed(cell.cpu.database, 2) },
  { title: 'loadgen', value: (cell) => fixed(cell.cpu.loadGenerator, 2) },
  { title: 'other', value: (cell) => fixed(cell.cpu.other, 2) },
];

/** The open-loop cells (`--rate`): achieved against offered, and what the schedule could not keep. */
const pacedColumns: Column<Cell>[] = [
  ...whichColumns,
  { title: 'offered', value: (cell) => `${cell.offeredRate}/s` },
  { title: 'answered', value: (cell) => `${cell.load.responses}/${cell.paced?.scheduled ?? '?'}` },
  ...speedColumns,
  { title: 'waited', value: (cell) => String(cell.paced?.waited ?? '–') },
  { title: 'unsent', value: (cell) => String(cell.paced?.unsent ?? '–') },
  { title: 'lag p99', value: (cell) => (cell.paced ? milliseconds(cell.paced.sendLag.p99) : '–') },
  { title: 'server', value: (cell) => fixed(cell.cpu.server, 2) },
  { title: 'loadgen', value: (cell) => fixed(cell.cpu.loadGenerator, 2) },
  { title: 'other', value: (cell) => fixed(cell.cpu.other, 2) },
];

/** Every request offered was answered, with 2xx, and the p95 (from due time) is within the goal. */
function pacedGoalMet(cell: Cell): boolean {
  const paced = cell.paced;
  if (!paced || cell.offeredRate === undefined) return false;
  return (
    cell.offeredRate >= indexGoal.requestsPerSecond &&
    cell.load.responses === paced.scheduled &&
    failureCount(cell) === 0 &&
    cell.load.latency.p95 <= indexGoal.p95Milliseconds
  );
}

type Finished = Extract<DatabaseRun, { cells: Cell[] }>;

const perListing = (run: Finished) =>
  run.search?.bytes !== undefined && run.search.listings ? `${(run.search.bytes / run.search.listings).toFixed(0)} B` : '–';

const databaseColumns: Column<Finished>[] = [
  { title: 'db', value: (run) => run.database, align: 'left' },
  { title: 'engine', value: (run) => run.engine, align: 'left' },
  { title: 'opportunities', value: (run) => String(run.seeded) },
  { title: 'seed', value: (run) => (Number.isNaN(run.seedSeconds) ? 'not seeded' : seconds(run.seedSeconds)) },
  { title: 'server start', value: (run) => seconds(run.startSeconds) },
  { title: 'server RSS', value: (run) => mebibytes(run.memory?.rss) },
  { title: 'peak RSS', value: (run) => mebibytes(run.memory?.peakRss) },
  { title: 'index listings', value: (run) => (run.search?.listings === undefined ? '–' : String(run.search.listings)) },
  { title: 'index size', value: (run) => mebibytes(run.search?.bytes) },
  { title: 'per listing', value: perListing },
  { title: 'where', value: (run) => run.where, align: 'left' },
];

/** One row of the side-by-side table: the same database, scenario and connections under both engines. */
interface Pair {
  sql: Cell;
  index: Cell;
}

const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}×` : '–');

const pairColumns: Column<Pair>[] = [
  { title: 'db', value: (pair) => pair.sql.database, align: 'left' },
  { title: 'scenario', value: (pair) => pair.sql.scenario, align: 'left' },
  { title: 'conns', value: (pair) => String(pair.sql.load.connections) },
  { title: 'sql req/s', value: (pair) => pair.sql.load.requestsPerSecond.toFixed(0) },
  { title: 'p50', value: (pair) => milliseconds(pair.sql.load.latency.p50) },
  { title: 'p95', value: (pair) => milliseconds(pair.sql.load.latency.p95) },
  { title: 'err', value: (pair) => String(failureCount(pair.sql)) },
  { title: 'index req/s', value: (pair) => pair.index.load.requestsPerSecond.toFixed(0) },
  { title: 'p50', value: (pair) => milliseconds(pair.index.load.latency.p50) },
  { title: 'p95', value: (pair) => milliseconds(pair.index.load.latency.p95) },
  { title: 'err', value: (pair) => String(failureCount(pair.index)) },
  { title: 'req/s ×', value: (pair) => ratio(pair.index.load.requestsPerSecond / pair.sql.load.requestsPerSecond) },
  { title: 'p95 ÷', value: (pair) => ratio(pair.sql.load.latency.p95 / pair.index.load.latency.p95) },
];

function pairs(cells: readonly Cell[]): Pair[] {
  const result: Pair[] = [];
  for (const sql of cells.filter((cell) => cell.engine === 'sql')) {
    const index = cells.find(
      (cell) =>
        cell.engine === 'index' && cell.database === sql.database && cell.scenario === sql.scenario && cell.load.connections === sql.load.connections && cell.offeredRate === sql.offeredRate,
    );
    if (index) result.push({ sql, index });
  }
  return result;
}

export function formatReport(runs: readonly DatabaseRun[]): string {
  const finished = runs.filter((run): run is Finished => 'cells' in run);
  const lines: string[] = [];
  for (const run of runs) if ('skipped' in run) lines.push(`${run.database}${run.engine ? ` (${run.engine})` : ''}: skipped: ${run.skipped}`);
  if (finished.length === 0) return lines.join('\n');
  const cells = finished.flatMap((run) => run.cells);
  lines.push(
    '',
    formatTable(cellColumns, cells),
    '',
    'Latency over every response; err = connection errors and timeouts. CPU columns: average cores busy',
    'during the cell: the server process, the database processes (PGlite runs inside the server; a',
    'database from DATABASE_URL is not measured and counts as other), this load generator, and',
    'everything else on the machine.',
    '',
    formatTable(databaseColumns, finished),
    '',
    'server start: from spawning the server until /health answered 200 (with the index: loaded). index',
    'size: the index\'s own estimate, from /health; per listing: that over the listings it holds.',
  );
  const sideBySide = pairs(cells);
  if (sideBySide.length > 0) {
    lines.push(
      '',
      'SQL search and index side by side (same data, same requests; latencies in ms; err = failed requests):',
      formatTable(pairColumns, sideBySide),
      'req/s × = index throughput over SQL; p95 ÷ = SQL p95 over index p95 (above 1: the index is faster).',
    );
  }
  const measured = cells.filter((cell) => cell.engine === 'sql' && cell.database === goal.database && cell.load.connections === goal.connections);
  if (measured.length > 0) {
    const verdicts = measured.map(
      (cell) => `${cell.scenario} ${milliseconds(cell.load.latency.p95)} ms ${cell.load.latency.p95 <= goal.p95Milliseconds ? 'met' : 'missed'}`,
    );
    lines.push('', `Goal p95 ≤ ${goal.p95Milliseconds} ms on PostgreSQL at ${goal.connections} connections (SQL search): ${verdicts.join('; ')}`);
  }
  const paced = cells.filter((cell) => cell.paced !== undefined);
  if (paced.length > 0) {
    lines.push(
      '',
      'Open loop, evenly paced (--rate): request i due at start + i/rate, sent on a free connection of the pool;',
      'latency from the due time (a queue shows); waited = found every connection busy when due; unsent = still',
      'waiting 5 s after the run; lag p99 = due to sent (ms); CPU as above.',
      formatTable(pacedColumns, paced),
      `Goal at an offered ${indexGoal.requestsPerSecond}/s over ${indexGoal.connections} connections, p95 ≤ ${indexGoal.p95Milliseconds} ms, every request answered without error: ` +
        paced.map((cell) => `${cell.database} ${cell.engine} ${cell.scenario} ${milliseconds(cell.load.latency.p95)} ms ${pacedGoalMet(cell) ? 'met' : 'missed'}`).join('; '),
    );
  }
  const indexed = cells.filter((cell) => cell.engine === 'index' && cell.load.connections === indexGoal.connections && cell.paced === undefined);
  if (indexed.length > 0) {
    const verdicts = indexed.map((cell) => {
      const met =
        cell.load.latency.p95 <= indexGoal.p95Milliseconds && cell.load.requestsPerSecond >= indexGoal.requestsPerSecond && failureCount(cell) === 0;
      return `${cell.database} ${cell.scenario} ${milliseconds(cell.load.latency.p95)} ms, ${cell.load.requestsPerSecond.toFixed(0)} req/s ${met ? 'met' : 'missed'}`;
    });
    lines.push(
      `Goal for the index in a closed loop: p95 ≤ ${indexGoal.p95Milliseconds} ms and ≥ ${indexGoal.requestsPerSecond} req/s, 0 errors, at ${indexGoal.connections} connections: ${verdicts.join('; ')}`,
    );
  }
  return lines.join('\n');
}
