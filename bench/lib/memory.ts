import { readFileSync } from 'node:fs';

export interface ProcessMemory {
  /** Resident set size now, in bytes. */
  rss: number;
  /** Highest resident set size so far (Linux's VmHWM), in bytes. */
  peakRss: number;
}

/** A process's resident memory from Linux's /proc; undefined elsewhere or when it has ended. */
export function processMemory(pid: number): ProcessMemory | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kibibytes = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  const rss = kibibytes('VmRSS');
  const peakRss = kibibytes('VmHWM');
  return Number.isNaN(rss) || Number.isNaN(peakRss) ? undefined : { rss, peakRss };
}
