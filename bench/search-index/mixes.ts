/**
 * bench:api's search URLs as the index sees them: parameters parsed, each query word (and the
 * extra words recall asks for) analysed by PGlite once before the timing starts, as the server
 * caches analyses. Landing: no text and no filter, pages 1–3, newest first.
 */
import type { Queryable } from '../../packages/server/src/db/database.js';
import { joinGenderMarks, type Expansions } from '../../packages/server/src/search/index/recall.js';
import type { WordAnalysis } from '../../packages/server/src/search/index/text.js';
import { tokenize } from '../../packages/server/src/search/text-query.js';
import type { Scenario } from '../api/scenarios.js';

export interface Prepared {
  q?: string;
  near?: string;
  radiusKm?: number;
  page?: number;
  sort?: 'relevance' | 'newest' | 'distance' | 'start';
  /** Per opportunity dimension (category, suits, schedule, locationType, region, organisation, available). */
  selected: Array<string[] | undefined>;
}

const dimensionParameters = ['category', 'suits', 'schedule', 'locationType', 'region', 'organisation', 'available'];

export async function prepareMix(db: Queryable, mix: string, scenarios: Scenario[], analyses: Map<string, WordAnalysis>, recall: Expansions, limit: number): Promise<Prepared[]> {
  const paths = mix === 'landing' ? ['/v1/opportunities', '/v1/opportunities?page=2', '/v1/opportunities?page=3'] : scenarios.find((s) => s.name === mix)?.paths;
  if (!paths) throw new Error(`unknown mix ${mix}: text, filter+facet, radius or landing`);
  const queries: Prepared[] = [];
  for (let i = 0; queries.length < limit; i++) queries.push(parsePath(paths[i % paths.length]!));
  const words = new Set<string>();
  for (const query of queries) {
    const tokens = tokenize(joinGenderMarks(query.q ?? ''));
    for (const t of tokens) words.add(t.text);
    for (const w of recall.wordsFor(tokens)) words.add(w);
  }
  const unknown = [...words].filter((w) => !analyses.has(w));
  if (unknown.length > 0) {
    const { rows } = await db.query<{ w: string; folded: string; lexeme: string | null; lexemes: string[] }>(
      `SELECT w, lower(unaccent(w)) AS folded, (ts_lexize('german_stem', lower(unaccent(w))))[1] AS lexeme,
         tsvector_to_array(to_tsvector('mitmachen_german', w)) AS lexemes FROM unnest($1::text[]) AS t (w)`,
      [unknown],
    );
    for (const row of rows) analyses.set(row.w, { folded: row.folded, lexeme: row.lexeme, lexemes: row.lexemes });
  }
  return queries;
}

function parsePath(path: string): Prepared {
  const params = new URL(path, 'http://bench').searchParams;
  const prepared: Prepared = { selected: dimensionParameters.map((name) => (params.has(name) ? params.getAll(name) : undefined)) };
  const q = params.get('q');
  if (q !== null) prepared.q = q;
  const near = params.get('near');
  if (near !== null) prepared.near = near;
  const radius = params.get('radiusKm');
  if (radius !== null) prepared.radiusKm = Number(radius);
  const page = params.get('page');
  if (page !== null) prepared.page = Number(page);
  const sort = params.get('sort');
  if (sort !== null) prepared.sort = sort as Prepared['sort'];
  return prepared;
}
