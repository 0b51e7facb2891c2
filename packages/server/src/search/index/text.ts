import { applyCorrections, type Token } from '../text-query.js';
import type { Listings } from './listings.js';
import type { Alternative, Clause } from './query.js';
import type { Words } from './words.js';

/** What the database makes of one query word (see engine.ts): the same functions the SQL search uses. */
export interface WordAnalysis {
  /** lower(unaccent(word)). */
  folded: string;
  /** german_stem's lexeme of the folded word; null for a stop word. */
  lexeme: string | null;
  /** The lexemes to_tsquery('mitmachen_german', …) makes of the word as typed. */
  lexemes: string[];
}

export interface TextQuery {
  clauses: Clause[];
  exact?: Clause[];
  correctedQuery?: string;
}

export interface TextOptions {
  /** Spelling correction may also take a word one edit or swap away (the SQL search does not). */
  transpositions: boolean;
  /** Extra alternatives for a word (compounds, gendered forms, synonyms); none in strict mode. */
  expand?: (clauses: Clause[], tokens: readonly Token[], kept: readonly number[]) => Clause[];
  /**
   * Strict mode: the analysis of two neighbours written together (`joinedWord`), so that they
   * also match as that one word when the spelling list holds it, as text-query.ts does.
   */
  joined?: (a: Token, b: Token) => WordAnalysis | undefined;
  /**
   * A reader of another language: the lexemes that language's configuration makes of a word
   * (translation_search_config), a second alternative of the word's clause. Per word, where the
   * SQL search ORs the whole query per configuration: the same for one word, a superset for more.
   */
  translated?: (token: Token) => readonly string[] | undefined;
}

/** Two neighbouring query words written together ("Fussball Training" → "fussballtraining"). */
export function joinedWord(a: Token, b: Token): string {
  return `${a.text}${b.text}`.toLowerCase();
}

/**
 * The query as text-query.ts prepares it, on the index: stop words dropped, each word that
 * matches nothing the spelling list holds replaced by its correction, every word required,
 * the last also as a prefix. Undefined when nothing searchable remains.
 */
export function textQuery(
  q: string,
  tokens: readonly Token[],
  analyses: readonly WordAnalysis[],
  words: Words,
  listings: Listings,
  options: TextOptions,
): TextQuery | undefined {
  const last = tokens.length - 1;
  const clauses: Clause[] = [];
  const kept: number[] = [];
  const corrections: Array<{ i: number; correction: string | null }> = [];
  let lastIsWord = false;
  tokens.forEach((_token, i) => {
    const analysis = analyses[i]!;
    if (analysis.lexeme === null) return;
    // A word the reader's language stems to lexemes the listings hold is no typo: not corrected.
    const foreign = options.translated?.(tokens[i]!);
    const exact = words.hasLexeme(analysis.lexeme) || (foreign !== undefined && foreign.length > 0 && foreign.every((l) => listings.terms.has(l)));
    const known = exact || (i === last && words.hasLongerLexeme(analysis.lexeme));
    const correction = !known && [...analysis.folded].length >= 4 ? words.correct(analysis.folded, options.transpositions) : undefined;
    const lexemes = correction ? [correction.lexeme] : analysis.lexemes;
    corrections.push({ i: i + 1, correction: correction?.spelling ?? null });
    if (i === last) lastIsWord = correction !== undefined || exact;
    if (lexemes.length === 0) return;
    // A corrected word is searched as its (German) correction only; a stop word of the reader's
    // language (no lexemes) adds nothing, since an empty alternative would match every listing.
    const other = !correction && foreign && foreign.length > 0 && !sameLexemes(foreign, lexemes) ? [{ lexemes: [...foreign], prefix: false }] : [];
    clauses.push({ alternatives: [{ lexemes, prefix: false }, ...other] });
    kept.push(i);
  });
  if (clauses.length === 0) return undefined;
  if (options.joined) joinNeighbours(clauses, kept, tokens, words, options.joined);
  // As to_tsquery receives it: the last word searched (not necessarily the last typed) is a prefix.
  clauses[clauses.length - 1] = { alternatives: clauses.at(-1)!.alternatives.map((a) => ({ ...a, prefix: true })) };
  const result: TextQuery = { clauses: (options.expand ? options.expand(clauses, tokens, kept) : clauses).map(withoutRedundant) };
  if (lastIsWord) result.exact = clauses.map((clause) => withoutRedundant({ alternatives: clause.alternatives.map(withoutPrefix) }));
  if (corrections.some((c) => c.correction !== null)) result.correctedQuery = applyCorrections(q, [...tokens], corrections);
  return result;
}

function sameLexemes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((lexeme, i) => lexeme === b[i]);
}

/**
 * The clause without alternatives that can add nothing: a one-lexeme alternative given before,
 * or whose lexeme an earlier one-lexeme prefix alternative starts ("senioren" expands to
 * senior*, senior, senior, seniorin and seniorinn; "kinder" to kind*, kind, kind). Each would
 * decode the same postings again, in matching and in ranking, for the same listings and the
 * same weights: the ranking takes the best weight of a word, and its covers count a position of
 * a word once, the first one collected (so only a later alternative is dropped).
 */
export function withoutRedundant(clause: Clause): Clause {
  const prefixes: string[] = [];
  const seen = new Set<string>();
  const alternatives = clause.alternatives.filter((a) => {
    if (a.lexemes.length !== 1) return true;
    const lexeme = a.lexemes[0]!;
    const key = `${a.prefix ? '*' : ''}${lexeme}`;
    if (seen.has(key) || prefixes.some((p) => lexeme.startsWith(p))) return false;
    seen.add(key);
    if (a.prefix) prefixes.push(lexeme);
    return true;
  });
  return alternatives.length === clause.alternatives.length ? clause : { alternatives };
}

function withoutPrefix(alternative: Alternative): Alternative {
  return { lexemes: alternative.lexemes, prefix: false };
}

/**
 * Neighbours that written together make a word of the spelling list become one clause matching
 * either way, left to right, each word joined at most once (text-query.ts's groups).
 */
function joinNeighbours(clauses: Clause[], kept: number[], tokens: readonly Token[], words: Words, joined: NonNullable<TextOptions['joined']>): void {
  for (let j = 0; j + 1 < clauses.length; j++) {
    if (kept[j + 1] !== kept[j]! + 1) continue;
    const analysis = joined(tokens[kept[j]!]!, tokens[kept[j + 1]!]!);
    if (!analysis?.lexeme || !words.hasLexeme(analysis.lexeme) || analysis.lexemes.length === 0) continue;
    // Every pairing of the two words' alternatives (German, and the reader's language if any).
    const both = clauses[j]!.alternatives.flatMap((x) => clauses[j + 1]!.alternatives.map((y) => ({ lexemes: [...x.lexemes, ...y.lexemes], prefix: false })));
    clauses.splice(j, 2, { alternatives: [...both, { lexemes: analysis.lexemes, prefix: false }] });
    kept.splice(j, 2, kept[j]!);
  }
}
