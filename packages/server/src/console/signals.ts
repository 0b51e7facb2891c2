/**
 * What in a posting looks like spam, worked out when a moderator opens it: hints to look
 * closer, never a decision. Each signal says in words what was seen.
 */
import type { ConsoleStatus, Offer, Opportunity, SpamSignal } from '@mitmachen/contract';

const linkPattern = /\bhttps?:\/\/|\bwww\./gi;
/** More links than a genuine description needs (a website and perhaps a form). */
const manyLinks = 2;
/** Postings by one address within a day that look like a flood. */
const manyRecent = 3;

export function spamSignals(
  posting: Opportunity | Offer,
  earlier: Array<{ status: ConsoleStatus; created_at: Date }>,
  openReports: number,
): SpamSignal[] {
  const signals: SpamSignal[] = [];
  const text = `${posting.title}\n${'summary' in posting ? posting.summary : ''}\n${posting.description}`;
  const links = text.match(linkPattern)?.length ?? 0;
  if (links > manyLinks) signals.push({ name: 'links', detail: `${links} links in the text` });
  const letters = posting.title.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 8 && letters === letters.toUpperCase()) signals.push({ name: 'shouting', detail: 'the title is all capitals' });
  const day = Date.now() - 24 * 3_600_000;
  const recent = earlier.filter((row) => new Date(row.created_at).getTime() > day).length;
  if (recent >= manyRecent) signals.push({ name: 'same-author-recent', detail: `${recent} more postings from this address within 24 hours` });
  const rejected = earlier.filter((row) => row.status === 'rejected').length;
  if (rejected > 0) signals.push({ name: 'rejected-before', detail: `${rejected} earlier posting(s) from this address were rejected` });
  if (openReports > 0) signals.push({ name: 'reported', detail: `${openReports} open report(s)` });
  return signals;
}
