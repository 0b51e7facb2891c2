/**
 * CPU time used while a benchmark cell runs, read from Linux's /proc: by the server process, by
 * a process tree (a PostgreSQL cluster), by this process (the load generator) and by the whole
 * machine. It shows what the cores were busy with, which is what limits the numbers on a small
 * machine. Elsewhere the readings are undefined and the tables show a dash.
 */
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Clock ticks per second in /proc (`getconf CLK_TCK`). Node cannot ask sysconf; Linux has
 * reported 100 to user space on every common architecture for decades.
 */
const ticksPerSecond = 100;

interface ProcessTimes {
  ppid: number;
  /** utime + stime in seconds. */
  own: number;
  /** cutime + cstime in seconds: children that exited and were waited for. */
  children: number;
}

function processTimes(pid: number): ProcessTimes | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: fields count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const field = (n: number) => Number(fields[n - 3]);
  return { ppid: field(4), own: (field(14) + field(15)) / ticksPerSecond, children: (field(16) + field(17)) / ticksPerSecond };
}

/** CPU seconds one process has used so far. */
export function processCpuSeconds(pid: number): number | undefined {
  return processTimes(pid)?.own;
}

/**
 * CPU seconds a process and its children have used so far: PostgreSQL's postmaster, its
 * backends and background workers (and backends that already ended).
 */
export function treeCpuSeconds(rootPid: number): number | undefined {
  const root = processTimes(rootPid);
  if (!root) return undefined;
  let total = root.own + root.children;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const times = processTimes(Number(entry));
    if (times?.ppid === rootPid) total += times.own;
  }
  return total;
}

/** Busy CPU seconds of the whole machine (all cores) so far: everything but idle and I/O wait. */
export function machineBusySeconds(): number | undefined {
  let line: string | undefined;
  try {
    line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  } catch {
    return undefined;
  }
  if (!line?.startsWith('cpu ')) return undefined;
  // user nice system idle iowait irq softirq steal (guest time is already inside user).
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / ticksPerSecond;
}

/** CPU seconds this process (the load generator) has used so far. */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

export interface CpuUse {
  /** Average cores busy during the interval, per consumer; undefined where unknown. */
  server: number | undefined;
  database: number | undefined;
  loadGenerator: number;
  /** Everything else on the machine: other programs, the kernel. */
  other: number | undefined;
}

export interface CpuProbe {
  serverPid: number;
  /** The database's process tree root when it runs on this machine and we know it. */
  databasePid: number | undefined;
}

/** Starts measuring; the returned function ends the interval and reports the cores used. */
export function startCpuMeter(probe: CpuProbe): () => CpuUse {
  const read = () => ({
    at: performance.now(),
    server: processCpuSeconds(probe.serverPid),
    database: probe.databasePid === undefined ? undefined : treeCpuSeconds(probe.databasePid),
    own: ownCpuSeconds(),
    machine: machineBusySeconds(),
  });
  const start = read();
  return () => {
    const end = read();
    const seconds = (end.at - start.at) / 1000;
    const cores = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : (b - a) / seconds);
    const server = cores(start.server, end.server);
    const database = cores(start.database, end.database);
    const loadGenerator = (end.own - start.own) / seconds;
    const machine = cores(start.machine, end.machine);
    const other = machine === undefined ? undefined : Math.max(0, machine - (server ?? 0) - (database ?? 0) - loadGenerator);
    return { server, database, loadGenerator, other };
  };
}

/** Below this many cores a process counts as idle (timers and the like keep it above zero). */
const idleCores = 0.05;
/** How long each idleness reading lasts. */
const idleWindowMs = 250;

/**
 * Waits until the given processes (and their children) are idle, at most `timeoutMs`. A load run
 * ends with requests still queued in the server; the next cell must not pay for them. Elsewhere
 * than Linux it waits one window only.
 */
export async function waitUntilIdle(pids: ReadonlyArray<number | undefined>, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  const busy = () => pids.reduce<number | undefined>((sum, pid) => (pid === undefined ? sum : (sum ?? 0) + (treeCpuSeconds(pid) ?? 0)), undefined);
  while (performance.now() < deadline) {
    const before = busy();
    await new Promise((resolve) => setTimeout(resolve, idleWindowMs));
    const after = busy();
    if (before === undefined || after === undefined || (after - before) / (idleWindowMs / 1000) < idleCores) return;
  }
}
