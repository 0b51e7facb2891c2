import { correctionThreshold } from '../text-query.js';

/** A row of search_words: a word of published postings, its usual spelling, lexeme and frequency. */
export interface WordRow {
  word: string;
  spelling: string;
  lexeme: string;
  ndoc: number;
}

export interface Correction {
  spelling: string;
  lexeme: string;
}

/** pg_trgm's trigrams of one word: padded with two blanks before and one after, as a set. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return set;
}

/**
 * The spelling list of one kind (the search_words table) in memory, with a trigram index, so a
 * query word that matches nothing is corrected as text-query.ts corrects it: the umlaut
 * spelling first ("goerlitz" → "görlitz"), else the most similar word by trigrams.
 */
export class Words {
  private readonly byWord = new Map<string, WordRow>();
  private readonly lexemeCounts = new Map<string, number>();
  private sortedLexemes: string[] | undefined;
  private readonly byTrigram = new Map<string, Set<string>>();
  /** Corrections already chosen, until the list changes: a misspelt word is searched again and again. */
  private readonly corrections = new Map<string, Correction | null>();

  get size(): number {
    return this.byWord.size;
  }

  put(row: WordRow): void {
    this.corrections.clear();
    const old = this.byWord.get(row.word);
    if (old) this.drop(old);
    this.byWord.set(row.word, row);
    this.lexemeCounts.set(row.lexeme, (this.lexemeCounts.get(row.lexeme) ?? 0) + 1);
    this.sortedLexemes = undefined;
    for (const t of trigrams(row.word)) {
      let words = this.byTrigram.get(t);
      if (!words) this.byTrigram.set(t, (words = new Set()));
      words.add(row.word);
    }
  }

  delete(word: string): void {
    const old = this.byWord.get(word);
    if (old) this.drop(old);
  }

  /** Every row held (for a snapshot file). */
  rows(): IterableIterator<WordRow> {
    return this.byWord.values();
  }

  get(word: string): WordRow | undefined {
    return this.byWord.get(word);
  }

  hasLexeme(lexeme: string): boolean {
    return this.lexemeCounts.has(lexeme);
  }

  /** Whether a longer lexeme starts with this one (byte order, as the statement's range). */
  hasLongerLexeme(lexeme: string): boolean {
    this.sortedLexemes ??= [...this.lexemeCounts.keys()].sort();
    const sorted = this.sortedLexemes;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= lexeme) lo = mid + 1;
      else hi = mid;
    }
    const next = sorted[lo];
    return next !== undefined && next < `${lexeme}~`;
  }

  /**
   * The correction text-query.ts would choose for `word` (lower-case, unaccented): its umlaut
   * spelling, else the word of similarity ≥ 0.4 with the most similar, then most frequent,
   * then first in order. With `transpositions`, a word one edit or one swap of neighbours away
   * ("hnud" → "hund") is taken when trigrams find nothing: trigrams of short words barely overlap.
   */
  correct(word: string, transpositions: boolean): Correction | undefined {
    const key = `${transpositions ? 't' : 's'}${word}`;
    const known = this.corrections.get(key);
    if (known !== undefined) return known ?? undefined;
    const found = this.choose(word, transpositions);
    // Bounded: query words are whatever people type.
    if (this.corrections.size > 10_000) this.corrections.clear();
    this.corrections.set(key, found ?? null);
    return found;
  }

  private choose(word: string, transpositions: boolean): Correction | undefined {
    const umlaut = this.byWord.get(word.replace(/([aou])e/g, '$1'));
    if (umlaut) return umlaut;
    const mine = trigrams(word);
    const shared = new Map<string, number>();
    for (const t of mine) for (const w of this.byTrigram.get(t) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
    let best: { row: WordRow; similarity: number } | undefined;
    for (const [w, common] of shared) {
      const similarity = common / (mine.size + trigrams(w).size - common);
      if (similarity < correctionThreshold) continue;
      const row = this.byWord.get(w)!;
      if (!best || similarity > best.similarity || (similarity === best.similarity && better(row, best.row))) best = { row, similarity };
    }
    if (best || !transpositions) return best?.row;
    let near: WordRow | undefined;
    for (const row of this.byWord.values()) {
      if (Math.abs(row.word.length - word.length) > 1 || row.word[0] !== word[0]) continue;
      if (withinOneEdit(word, row.word) && (!near || better(row, near))) near = row;
    }
    return near;
  }

  private drop(row: WordRow): void {
    this.corrections.clear();
    this.byWord.delete(row.word);
    const n = (this.lexemeCounts.get(row.lexeme) ?? 1) - 1;
    if (n > 0) this.lexemeCounts.set(row.lexeme, n);
    else this.lexemeCounts.delete(row.lexeme);
    this.sortedLexemes = undefined;
    for (const t of trigrams(row.word)) this.byTrigram.get(t)?.delete(row.word);
  }
}

function better(a: WordRow, b: WordRow): boolean {
  return a.ndoc > b.ndoc || (a.ndoc === b.ndoc && a.word < b.word);
}

/** One insertion, deletion, substitution or swap of neighbours (Damerau) turns a into b. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]] && a[diff[1]] === b[diff[0]!];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
