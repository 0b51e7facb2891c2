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
  /** Milliseconds each probe request took, in order (one at a time, nothing else running). */
  milliseconds: number[];
  /** A scenario that repeats its requests (the landing search): each probe again, right after. */
  againMilliseconds?: number[];
}

export async function probeScenario(origin: string, scenario: Scenario): Promise<ProbeReport> {
  const totals: number[] = [];
  const empty: string[] = [];
  const timed = async (path: string) => {
    const started = performance.now();
    const response = await fetch(origin + path, { signal: AbortSignal.timeout(probeTimeoutMs) });
    await response.clone().arrayBuffer();
    return { response, milliseconds: performance.now() - started };
  };
  const milliseconds: number[] = [];
  for (const path of scenario.probe) {
    const { response, milliseconds: took } = await timed(path);
    milliseconds.push(took);
    if (response.status !== 200) {
      const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
      throw new Error(`${scenario.name}: GET ${path} answered ${response.status}: ${problem.title ?? ''} ${problem.detail ?? ''}`.trim());
    }
    const result = (await response.json()) as OpportunitySearchResult;
    totals.push(result.total);
    if (result.total === 0) empty.push(path);
  }
  totals.sort((a, b) => a - b);
  const againMilliseconds: number[] = [];
  if (scenario.repeats) for (const path of scenario.probe) againMilliseconds.push((await timed(path)).milliseconds);
  return {
    milliseconds,
    ...(scenario.repeats ? { againMilliseconds } : {}),
    checked: totals.length,
    found: totals.filter((total) => total > 0).length,
    medianTotal: totals[Math.floor(totals.length / 2)] ?? 0,
    empty,
  };
}
