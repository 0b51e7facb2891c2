import type { PostingKind } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';

/** Words of `q` that are searched; the contract caps `q` at 200 characters, this caps the work. */
export const maximumQueryWords = 12;
/** A query word shorter than this is never "corrected": too many words are that close to it. */
const minimumCorrectableLength = 4;
/**
 * Trigram similarity a known word needs to replace an unknown query word. "Senoren" →
 * "senioren" and "Goerlitz" → "gorlitz" score 0.55; unrelated words stay below 0.3.
 */
export const correctionThreshold = 0.4;

/** A full-text query ready for `to_tsquery('mitmachen_german', …)`. */
export interface TextSearch {
  /** Finds the matches: every word, the last one also as a prefix (typing "Hundest" finds "Hundestaffel"). */
  match: string;
  /**
   * The same words without the prefix, when the last word is a word of its own: listings that
   * contain it exactly rank above those that only share the prefix ("Hund" before "Hundert").
   */
  exact?: string;
  /** The query as searched after spelling correction, when that changed a word. */
  correctedQuery?: string;
}

export interface Token {
  text: string;
  index: number;
}

interface CheckedWord {
  i: number;
  /** Null for a stop word. */
  lexeme: string | null;
  /** Postings contain this lexeme. */
  exact: boolean;
  /** Postings contain this lexeme, or (last word) one that starts with it. */
  known: boolean;
  correction: string | null;
  /** This word and the next written together make a word the postings contain ("Fussball Training"). */
  joinable: boolean;
}

/**
 * Turns the user's text into a full-text query. Each word that matches nothing the postings of
 * `kind` contain is replaced by the most similar word they do contain (or its umlaut spelling:
 * "Goerlitz" → "Görlitz"); stop words are dropped. Undefined when nothing searchable remains.
 */
export async function prepareTextSearch(db: Queryable, kind: PostingKind, q: string | undefined): Promise<TextSearch | undefined> {
  const tokens = tokenize(q ?? '');
  if (tokens.length === 0) return undefined;
  const last = tokens.length;
  const { rows } = await db.query<CheckedWord>(
    `WITH stems AS (
       SELECT u.i::int AS i, u.word, (ts_lexize('german_stem', u.word))[1] AS lexeme,
         (ts_lexize('german_stem', u.word || u.next))[1] AS joined
       FROM (SELECT t.i, lower(unaccent(t.raw)) AS word, lower(unaccent(lead(t.raw) OVER (ORDER BY t.i))) AS next
             FROM unnest($2::text[]) WITH ORDINALITY AS t (raw, i)) u
     ), exact AS (
       SELECT s.*, EXISTS (SELECT 1 FROM search_words w WHERE w.kind = $1 AND w.lexeme = s.lexeme) AS exact,
         EXISTS (SELECT 1 FROM search_words w WHERE w.kind = $1 AND w.lexeme = s.joined) AS joinable
       FROM stems s
     ), checked AS (
       SELECT e.*, e.lexeme IS NULL OR e.exact
         OR (e.i = $3 AND EXISTS (SELECT 1 FROM search_words w
               WHERE w.kind = $1 AND w.lexeme > e.lexeme AND w.lexeme < e.lexeme || '~')) AS known
       FROM exact e
     )
     SELECT c.i, c.lexeme, c.exact, c.known, c.joinable, fix.spelling AS correction
     FROM checked c
     LEFT JOIN LATERAL (
       SELECT w.spelling FROM search_words w
       WHERE NOT c.known AND length(c.word) >= $4 AND w.kind = $1
         AND (w.word = regexp_replace(c.word, '([aou])e', '\\1', 'g')
              OR (w.word % c.word AND similarity(w.word, c.word) >= $5))
       ORDER BY w.word = regexp_replace(c.word, '([aou])e', '\\1', 'g') DESC,
         similarity(w.word, c.word) DESC, w.ndoc DESC, w.word
       LIMIT 1
     ) fix ON true
     ORDER BY c.i`,
    [kind, tokens.map((token) => token.text), last, minimumCorrectableLength, correctionThreshold],
  );
  // Each group: alternatives, each a list of terms that must all occur.
  const groups: string[][][] = [];
  let corrected = false;
  let lastIsWord = false;
  let joinedWith: CheckedWord | undefined;
  for (const row of rows) {
    if (row.lexeme === null) {
      joinedWith = undefined;
      continue;
    }
    const token = tokens[row.i - 1];
    if (!token) continue;
    if (row.correction !== null) corrected = true;
    const term = row.correction ?? token.text;
    if (row.i === last) lastIsWord = row.correction !== null || row.exact;
    const previous = joinedWith;
    joinedWith = row.joinable ? row : undefined;
    if (previous && previous.i === row.i - 1) {
      // Two neighbours that are also one word: either way ("Fussball Training" finds "Fußballtraining").
      const group = groups.at(-1)!;
      groups[groups.length - 1] = [[...group[0]!, term], [`${tokens[previous.i - 1]!.text}${token.text}`]];
      joinedWith = undefined;
      continue;
    }
    groups.push([[term]]);
  }
  if (groups.length === 0) return undefined;
  const render = (prefix: boolean) =>
    groups
      .map((group, k) => {
        const alternatives = group.map((terms) => terms.map((t, j) => (prefix && k === groups.length - 1 && j === terms.length - 1 ? `${quoteTerm(t)}:*` : quoteTerm(t))).join(' & '));
        return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.map((a) => `(${a})`).join(' | ')})`;
      })
      .join(' & ');
  const search: TextSearch = { match: render(true) };
  if (lastIsWord) search.exact = render(false);
  if (corrected) search.correctedQuery = applyCorrections(q ?? '', tokens, rows);
  return search;
}

/** Words of the query: runs of letters and digits, single characters dropped ("e. V."). */
export function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  for (const match of q.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)) {
    if (match[0].length < 2) continue;
    tokens.push({ text: match[0], index: match.index });
    if (tokens.length === maximumQueryWords) break;
  }
  return tokens;
}

/** A term for to_tsquery, quoted so that no character of it is read as an operator. */
function quoteTerm(term: string): string {
  return `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/** The user's text with each corrected word replaced, capitalised as the user wrote it. */
export function applyCorrections(q: string, tokens: Token[], rows: ReadonlyArray<Pick<CheckedWord, 'i' | 'correction'>>): string {
  let result = '';
  let from = 0;
  const normalized = q.normalize('NFC');
  for (const row of rows) {
    const token = tokens[row.i - 1];
    if (!token || row.correction === null) continue;
    const capital = token.text[0] !== token.text[0]?.toLowerCase();
    const word = capital ? row.correction[0]?.toUpperCase() + row.correction.slice(1) : row.correction;
    result += normalized.slice(from, token.index) + word;
    from = token.index + token.text.length;
  }
  return result + normalized.slice(from);
}
