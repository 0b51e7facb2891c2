/**
 * Judging a first page of search results against what a good one holds. A case says what makes
 * a listing a good answer by properties that survive rewording the demo texts (categories,
 * target groups, district, word stems in title or summary), never by exact titles.
 */
import type { Category, OpportunityListItem, Region, TargetGroup } from '@mitmachen/contract';

/** Every key given must hold (AND); within a key, any value will do (OR). */
export interface Relevant {
  categories?: Category[];
  targetGroups?: TargetGroup[];
  regions?: Region[];
  /** Stems, one of which appears in the title or summary (case, umlauts and ß folded). */
  words?: string[];
  /** At least one of these holds. */
  anyOf?: Relevant[];
}

export interface RelevanceCase {
  q: string;
  /** What kind of query a citizen types: word, question, typo, compound, place, gendered, synonym, phrase. */
  kind: string;
  relevant: Relevant;
  /**
   * The regression guard per engine: precision below it fails the test. The index's floors
   * started as the SQL search's (it must not answer worse) and rise with what it measures.
   */
  floor: Record<'sql' | 'index', number>;
  /** Why the expectation is what it is, where that is not obvious. */
  note?: string;
}

export interface RelevanceSet {
  pageSize: number;
  cases: RelevanceCase[];
}

/** Lowercase, ß → ss, accents and umlauts dropped ("Größe" → "grosse", "Café" → "cafe"). */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

export function isRelevant(item: OpportunityListItem, relevant: Relevant): boolean {
  if (relevant.categories && !relevant.categories.some((category) => item.categories.includes(category))) return false;
  if (relevant.targetGroups && !relevant.targetGroups.some((group) => item.targetGroups.includes(group))) return false;
  if (relevant.regions && !relevant.regions.includes(item.location.region)) return false;
  if (relevant.words) {
    const text = fold(`${item.title} ${item.summary}`);
    if (!relevant.words.some((word) => text.includes(fold(word)))) return false;
  }
  if (relevant.anyOf && !relevant.anyOf.some((alternative) => isRelevant(item, alternative))) return false;
  return true;
}

export interface Judgement {
  q: string;
  kind: string;
  /** Results on the first page. */
  returned: number;
  /** Of those, good answers. */
  good: number;
  /** Good answers in the whole data set. */
  available: number;
  total: number;
  correctedQuery: string | undefined;
  /**
   * Good answers on the first page over the most the first page could hold: min(page size,
   * good answers in the data). An empty page for a query with good answers scores 0, a page of
   * three good answers where a full page was possible scores 3/pageSize.
   */
  precision: number;
  floor: number;
}

export function judge(
  testCase: RelevanceCase,
  page: { items: OpportunityListItem[]; total: number; correctedQuery?: string },
  everything: readonly OpportunityListItem[],
  pageSize: number,
  engine: 'sql' | 'index',
): Judgement {
  const good = page.items.filter((item) => isRelevant(item, testCase.relevant)).length;
  const available = everything.filter((item) => isRelevant(item, testCase.relevant)).length;
  const possible = Math.min(pageSize, available);
  return {
    q: testCase.q,
    kind: testCase.kind,
    returned: page.items.length,
    good,
    available,
    total: page.total,
    correctedQuery: page.correctedQuery,
    precision: possible === 0 ? 1 : good / possible,
    floor: testCase.floor[engine],
  };
}

/** The mean of the queries' precision (each query counts once, however many results it has). */
export function meanPrecision(judgements: readonly Judgement[]): number {
  return judgements.length === 0 ? 0 : judgements.reduce((sum, j) => sum + j.precision, 0) / judgements.length;
}

const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));

/** A plain-text table: one row per query, then the mean per kind and overall. */
export function formatJudgements(judgements: readonly Judgement[], engine: string): string {
  const width = Math.max(5, ...judgements.map((j) => j.q.length));
  const lines = [
    `Relevance on the first page (engine: ${engine}); precision = good on page 1 / min(page size, good in the data)`,
    `${pad('query', width)}  ${pad('kind', 9)} ${pad('good', 4, true)} ${pad('page', 4, true)} ${pad('data', 4, true)} ${pad('total', 5, true)}  precision  floor  corrected`,
  ];
  for (const j of judgements) {
    const flag = j.precision < j.floor ? '  BELOW FLOOR' : '';
    lines.push(
      `${pad(j.q, width)}  ${pad(j.kind, 9)} ${pad(String(j.good), 4, true)} ${pad(String(j.returned), 4, true)} ` +
        `${pad(String(j.available), 4, true)} ${pad(String(j.total), 5, true)}  ${pad(j.precision.toFixed(2), 9, true)}  ` +
        `${pad(j.floor.toFixed(2), 5, true)}  ${j.correctedQuery ?? ''}${flag}`,
    );
  }
  const kinds = [...new Set(judgements.map((j) => j.kind))];
  lines.push('');
  for (const kind of kinds) {
    const ofKind = judgements.filter((j) => j.kind === kind);
    lines.push(`mean precision, ${pad(kind, 9)} (${String(ofKind.length).padStart(2)} queries): ${meanPrecision(ofKind).toFixed(3)}`);
  }
  lines.push(`mean precision, all       (${String(judgements.length).padStart(2)} queries): ${meanPrecision(judgements).toFixed(3)}`);
  return lines.join('\n');
}
