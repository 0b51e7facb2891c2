/**
 * Before measuring, each scenario's probe requests are sent once and checked: a benchmark of
 * error responses or of searches that find nothing would flatter the server. Any status other
 * than 200 stops the benchmark; searches with no result are listed, since they are fast.
 */
import type { OpportunitySearchResult, Problem } from '@mitmachen/contract';
import type { Scenario } from './scenarios.js';

/** One probe request may take this long (a cold first search on PGlite takes a while). */
const probeTimeoutMs = 30_000;

export interface ProbeReport {
  checked: number;
  /** Requests whose search found at least one opportunity. */
  found: number;
  medianTotal: number;
  /** Probe paths whose search found nothing. */
  empty: string[];
}

export async function probeScenario(origin: string, scenario: Scenario): Promise<ProbeReport> {
  const totals: number[] = [];
  const empty: string[] = [];
  for (const path of scenario.probe) {
    const response = await fetch(origin + path, { signal: AbortSignal.timeout(probeTimeoutMs) });
    if (response.status !== 200) {
      const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
      throw new Error(`${scenario.name}: GET ${path} answered ${response.status}: ${problem.title ?? ''} ${problem.detail ?? ''}`.trim());
    }
    const result = (await response.json()) as OpportunitySearchResult;
    totals.push(result.total);
    if (result.total === 0) empty.push(path);
  }
  totals.sort((a, b) => a - b);
  return {
    checked: totals.length,
    found: totals.filter((total) => total > 0).length,
    medianTotal: totals[Math.floor(totals.length / 2)] ?? 0,
    empty,
  };
}
