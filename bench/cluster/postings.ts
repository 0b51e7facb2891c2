/**
 * Postings as the benchmarks make them: posted like the widgets post (a solved challenge, an
 * Idempotency-Key), approved by moderation, and looked for by a word only they hold.
 */
import { randomUUID } from 'node:crypto';
import type { AltchaChallenge } from '@mitmachen/contract';
import { solve } from '../../test/support/altcha.js';
import { sampleOpportunityInput } from '../../test/support/server.js';

/** A word of letters only (the text search splits digits off), different for every `n`. */
export function markerWord(n: number, run = randomUUID().replace(/[^a-f]/g, '').slice(0, 4)): string {
  let word = '';
  let rest = n;
  do {
    word += String.fromCharCode(97 + (rest % 26));
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `dauerlauf${run}${word}x`;
}

/** Posts an opportunity titled with `marker`; resolves with its id, or a description of the failure. */
export async function postOpportunity(origin: string, marker: string): Promise<{ id: string } | { failed: string }> {
  const challenge = await fetch(`${origin}/v1/challenge`);
  if (challenge.status !== 200) return { failed: `challenge ${challenge.status}` };
  const altcha = await solve((await challenge.json()) as AltchaChallenge);
  const response = await fetch(`${origin}/v1/opportunities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), altcha },
    body: JSON.stringify(sampleOpportunityInput({ title: `Vorlesepatin gesucht: ${marker}` })),
  });
  if (response.status !== 202) {
    await response.body?.cancel();
    return { failed: `posting ${response.status}` };
  }
  const { id } = (await response.json()) as { id: string };
  return { id };
}

/** Publishes a pending opportunity through moderation (the cluster's admin token). */
export async function approveOpportunity(origin: string, token: string, id: string): Promise<string | undefined> {
  const response = await fetch(`${origin}/v1/moderation/opportunity/${id}/approve`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  await response.body?.cancel();
  return response.status === 200 ? undefined : `approval ${response.status}`;
}

/** Whether a search for `marker` through `origin` lists `id`. */
export async function searchFinds(origin: string, marker: string, id: string): Promise<boolean> {
  const response = await fetch(`${origin}/v1/opportunities?q=${encodeURIComponent(marker)}&pageSize=50`);
  if (response.status !== 200) throw new Error(`search ${response.status}`);
  const { items } = (await response.json()) as { items: Array<{ id: string }> };
  return items.some((item) => item.id === id);
}

/**
 * Milliseconds from the approval's answer until a search through `origin` finds the listing,
 * searching again every `pollMs`; undefined when not found within `timeoutMs`.
 */
export async function visibleAfter(origin: string, marker: string, id: string, since: number, timeoutMs = 10_000, pollMs = 5): Promise<number | undefined> {
  for (;;) {
    if (await searchFinds(origin, marker, id)) return performance.now() - since;
    if (performance.now() - since > timeoutMs) return undefined;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
