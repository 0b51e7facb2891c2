import { readFile } from 'node:fs/promises';
import type { Queryable } from '../../db/database.js';
import { packageRoot } from '../../paths.js';
import type { Token } from '../text-query.js';
import type { Listings } from './listings.js';
import type { Alternative, Clause } from './query.js';
import type { WordAnalysis } from './text.js';
import type { Words } from './words.js';

/**
 * The reviewed synonym groups, read from the package's sources: the built server lives in dist/,
 * where a path relative to this module would find no file.
 */
const synonymsFile = new URL('src/search/synonyms.json', packageRoot);

export interface Expansions {
  /** Extra words whose analysis the expander needs (gendered forms, joined neighbours). */
  wordsFor(tokens: readonly Token[]): string[];
  expander(listings: Listings, words: Words, analyses: ReadonlyMap<string, WordAnalysis>): (clauses: Clause[], tokens: readonly Token[], kept: readonly number[]) => Clause[];
}

/** "Lesepat*innen", "Lesepat:innen", "Lesepat_innen", "Lesepat/innen" as one word. */
export function joinGenderMarks(q: string): string {
  return q.replace(/(\p{L})[*:_/·](innen|in)(?!\p{L})/gu, '$1$2');
}

/** The other gendered forms of a word: Lesepate, Lesepaten, Lesepatin, Lesepatinnen. */
function genderedForms(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 6) return [];
  let base: string | undefined;
  if (w.endsWith('innen')) base = w.slice(0, -5);
  else if (w.endsWith('in')) base = w.slice(0, -2);
  else if (w.endsWith('en')) base = w.slice(0, -2);
  else if (w.endsWith('e')) base = w.slice(0, -1);
  else if (w.endsWith('er')) base = w;
  if (!base || base.length < 4) return [];
  return [base, `${base}e`, `${base}en`, `${base}in`, `${base}innen`].filter((form) => form !== w);
}

function joined(a: Token, b: Token): string {
  return `${a.text}${b.text}`.toLowerCase();
}

/**
 * Better recall than the SQL search, as extra alternatives for the query's words: gendered
 * forms of a word, a compound split into words the index knows ("fussballtraining" →
 * fussball + training), neighbours joined into a compound the index knows ("Fussball Training"
 * → fussballtraining), and the members of a synonym group. An alternative counts only if the
 * listings hold its lexemes, so the expansion never widens a search by words nobody wrote.
 */
export async function expansions(db: Queryable, synonyms?: string[][]): Promise<Expansions> {
  const groups = await synonymGroups(db, synonyms ?? (await synonymFile()));
  return {
    wordsFor(tokens) {
      const extra = tokens.flatMap((t) => genderedForms(t.text));
      for (let i = 0; i + 1 < tokens.length; i++) extra.push(joined(tokens[i]!, tokens[i + 1]!));
      return extra;
    },
    expander(listings, words, analyses) {
      const known = (lexemes: string[]) => lexemes.length > 0 && lexemes.every((l) => listings.terms.has(l));
      const analysed = (word: string) => analyses.get(word);
      return (clauses, tokens, kept) => {
        const expanded = clauses.map((clause, j): Clause => {
          const token = tokens[kept[j]!]!;
          const analysis = analysed(token.text);
          const alternatives: Alternative[] = [...clause.alternatives];
          for (const form of genderedForms(token.text)) {
            const lexemes = analysed(form)?.lexemes ?? [];
            if (known(lexemes)) alternatives.push({ lexemes, prefix: false });
          }
          const folded = analysis?.folded ?? '';
          for (let k = folded.length - 3; k >= 3; k--) {
            const head = words.get(folded.slice(0, k));
            const tail = words.get(folded.slice(k)) ?? (folded[k] === 's' ? words.get(folded.slice(k + 1)) : undefined);
            if (head && tail && known([head.lexeme, tail.lexeme])) {
              alternatives.push({ lexemes: [head.lexeme, tail.lexeme], prefix: false });
              break;
            }
          }
          for (const members of groups.get(lexemeOf(clause, analysis)) ?? []) if (known(members)) alternatives.push({ lexemes: members, prefix: false });
          return { alternatives };
        });
        // Neighbours: joined into one compound, or a two-word synonym ("ältere Menschen").
        const result: Clause[] = [];
        for (let j = 0; j < expanded.length; j++) {
          const next = expanded[j + 1];
          const a = tokens[kept[j]!]!;
          const adjacent = kept[j + 1] === kept[j]! + 1;
          // A synonym's words may stand apart by stop words, as its lexemes do ("Menschen mit Behinderung").
          const between = tokens.slice(kept[j]! + 1, kept[j + 1] ?? kept[j]! + 1);
          const b = kept[j + 1] !== undefined && between.every((t) => analysed(t.text)?.lexeme === null) ? tokens[kept[j + 1]!] : undefined;
          const extra: Alternative[] = [];
          if (next && b) {
            const compound = adjacent ? (analysed(joined(a, b))?.lexemes ?? []) : [];
            if (known(compound)) extra.push({ lexemes: compound, prefix: false });
            const pair = `${lexemeOf(clauses[j]!, analysed(a.text))} ${lexemeOf(clauses[j + 1]!, analysed(b.text))}`;
            for (const members of groups.get(pair) ?? []) if (known(members)) extra.push({ lexemes: members, prefix: false });
          }
          if (next && extra.length > 0) {
            const both = expanded[j]!.alternatives.flatMap((x) => next.alternatives.map((y) => ({ lexemes: [...x.lexemes, ...y.lexemes], prefix: y.prefix })));
            result.push({ alternatives: [...both, ...extra] });
            j++;
          } else {
            result.push(expanded[j]!);
          }
        }
        return result;
      };
    },
  };
}

/** The word's lexeme as searched: its spelling correction's ("Senoren" → senior), else its own. */
function lexemeOf(clause: Clause, analysis: WordAnalysis | undefined): string {
  const searched = clause.alternatives[0]?.lexemes;
  return searched?.length === 1 ? searched[0]! : (analysis?.lexeme ?? '');
}

/**
 * Each member's lexemes (as the database's German configuration makes them), by the lexemes
 * of every other member of its group: "fluchtling" → [["gefluchtet"]], "alt mensch" → [["senior"]].
 */
async function synonymFile(): Promise<string[][]> {
  return (JSON.parse(await readFile(synonymsFile, 'utf8')) as { groups: string[][] }).groups;
}

async function synonymGroups(db: Queryable, groups: string[][]): Promise<Map<string, string[][]>> {
  const members = [...new Set(groups.flat())];
  const map = new Map<string, string[][]>();
  if (members.length === 0) return map;
  const { rows } = await db.query<{ member: string; lexemes: string[] }>(
    `SELECT m AS member, ARRAY(SELECT (ts_lexize('german_stem', lower(unaccent(w))))[1] FROM regexp_split_to_table(lower(unaccent(m)), '[^[:alnum:]]+') w
       WHERE w <> '' AND (ts_lexize('german_stem', lower(unaccent(w))))[1] IS NOT NULL) AS lexemes
     FROM unnest($1::text[]) AS m`,
    [members],
  );
  const lexemesOf = new Map(rows.map((r) => [r.member, r.lexemes]));
  for (const group of groups) {
    for (const member of group) {
      const key = (lexemesOf.get(member) ?? []).join(' ');
      if (!key) continue;
      const others = group.filter((m) => m !== member).map((m) => lexemesOf.get(m) ?? []).filter((l) => l.length > 0);
      map.set(key, [...(map.get(key) ?? []), ...others]);
    }
  }
  return map;
}
