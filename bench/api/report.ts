/** The API benchmark's closing tables. */
import { fixed, formatTable, mebibytes, milliseconds, seconds, type Column } from '../lib/table.js';
import type { Cell, DatabaseRun } from './run-database.js';

/** The project's goal, printed beside the numbers (a target to read against, not a test). */
export const goal = { database: 'postgres', connections: 50, p95Milliseconds: 50 } as const;

const failures = (cell: Cell) => {
  const non2xx = Object.entries(cell.load.non2xx);
  const statuses = non2xx.length > 0 ? ` (${non2xx.map(([status, count]) => `${count}×${status}`).join(', ')})` : '';
  return `${cell.load.errors + cell.load.timeouts}/${non2xx.reduce((sum, [, count]) => sum + count, 0)}${statuses}`;
};

const cellColumns: Column<Cell>[] = [
  { title: 'db', value: (cell) => cell.database, align: 'left' },
  { title: 'scenario', value: (cell) => cell.scenario, align: 'left' },
  { title: 'conns', value: (cell) => String(cell.load.connections) },
  { title: 'req/s', value: (cell) => cell.load.requestsPerSecond.toFixed(0) },
  { title: 'p50 ms', value: (cell) => milliseconds(cell.load.latency.p50) },
  { title: 'p95 ms', value: (cell) => milliseconds(cell.load.latency.p95) },
  { title: 'p99 ms', value: (cell) => milliseconds(cell.load.latency.p99) },
  { title: 'max ms', value: (cell) => milliseconds(cell.load.latency.max) },
  { title: 'err/non-2xx', value: failures },
  { title: 'server', value: (cell) => fixed(cell.cpu.server, 2) },
  { title: 'db', value: (cell) => fixed(cell.cpu.database, 2) },
  { title: 'loadgen', value: (cell) => fixed(cell.cpu.loadGenerator, 2) },
  { title: 'other', value: (cell) => fixed(cell.cpu.other, 2) },
];

type Finished = Extract<DatabaseRun, { cells: Cell[] }>;

const databaseColumns: Column<Finished>[] = [
  { title: 'db', value: (run) => run.database, align: 'left' },
  { title: 'opportunities', value: (run) => String(run.seeded) },
  { title: 'seed', value: (run) => seconds(run.seedSeconds) },
  { title: 'server start', value: (run) => seconds(run.startSeconds) },
  { title: 'server RSS', value: (run) => mebibytes(run.memory?.rss) },
  { title: 'peak RSS', value: (run) => mebibytes(run.memory?.peakRss) },
  { title: 'where', value: (run) => run.where, align: 'left' },
];

export function formatReport(runs: readonly DatabaseRun[]): string {
  const finished = runs.filter((run): run is Finished => 'cells' in run);
  const lines: string[] = [];
  for (const run of runs) if ('skipped' in run) lines.push(`${run.database}: skipped: ${run.skipped}`);
  if (finished.length === 0) return lines.join('\n');
  lines.push(
    '',
    formatTable(
      cellColumns,
      finished.flatMap((run) => run.cells),
    ),
    '',
    'Latency over every response; err = connection errors and timeouts. CPU columns: average cores busy',
    'during the cell: the server process, the database processes (PGlite runs inside the server; a',
    'database from DATABASE_URL is not measured and counts as other), this load generator, and',
    'everything else on the machine.',
    '',
    formatTable(databaseColumns, finished),
  );
  const measured = finished.find((run) => run.database === goal.database)?.cells.filter((cell) => cell.load.connections === goal.connections);
  if (measured && measured.length > 0) {
    const verdicts = measured.map(
      (cell) => `${cell.scenario} ${milliseconds(cell.load.latency.p95)} ms ${cell.load.latency.p95 <= goal.p95Milliseconds ? 'met' : 'missed'}`,
    );
    lines.push('', `Goal p95 ≤ ${goal.p95Milliseconds} ms on PostgreSQL at ${goal.connections} connections: ${verdicts.join('; ')}`);
  }
  return lines.join('\n');
}
