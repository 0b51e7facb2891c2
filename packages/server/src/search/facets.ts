import type { FacetValue } from '@mitmachen/contract';
import type { Parameters } from './parameters.js';

/** A filterable, counted dimension of a search ("category", "region", …). */
export interface FacetDimension<Name extends string = string> {
  name: Name;
  /** The column on the searched table (alias `o`); a constant of the code, never user input. */
  column: string;
  /** Whether the column is a text[] (a posting may have several values) or one text value. */
  array: boolean;
  /** The values the user chose (any of them matches); empty or undefined: no filter. */
  selected: readonly string[] | undefined;
  /** Most values reported, the largest counts first; all when undefined. */
  limit?: number;
  /** SQL giving a display name for `f.value` (organisation names), a constant of the code. */
  label?: string;
}

/** The condition a dimension's selection puts on the rows, or undefined when nothing is chosen. */
export function dimensionFilter(dimension: FacetDimension, p: Parameters): string | undefined {
  if (!dimension.selected?.length) return undefined;
  const values = p.bind([...dimension.selected]);
  return dimension.array ? `${dimension.column} && ${values}::text[]` : `${dimension.column} = ANY (${values}::text[])`;
}

/** The columns `facetCtes` needs from each row: `d0…` the values, `f0…` whether a row matches a choice. */
export interface FacetColumns {
  /** Select-list entries, to add to the rows' query (alias `o`). */
  columns: string[];
  /** The condition that a row matches every choice, over those columns. */
  matchesAll: string;
  /**
   * A condition on the table's rows (alias `o`) that keeps only those that count anywhere: a
   * row that misses two choices is in no count. Undefined when it would keep every row.
   */
  counted?: string;
}

export function facetColumns(dimensions: readonly FacetDimension[], p: Parameters): FacetColumns {
  const filters = dimensions.map((dimension) => dimensionFilter(dimension, p));
  const columns = dimensions.map((d, i) => `${d.column} AS d${i}`);
  filters.forEach((filter, i) => {
    if (filter) columns.push(`(${filter}) AS f${i}`);
  });
  const chosen = filters.filter((filter): filter is string => filter !== undefined);
  const result: FacetColumns = { columns, matchesAll: matchesAllExcept(dimensions, -1) };
  if (chosen.length >= 2) {
    result.counted = `(${chosen.map((filter) => `(${filter})::int`).join(' + ')}) >= ${chosen.length - 1}`;
  }
  return result;
}

/** The chosen dimensions' match flags, all but `skip`, joined with AND. */
function matchesAllExcept(dimensions: readonly FacetDimension[], skip: number): string {
  return dimensions.flatMap((d, i) => (d.selected?.length && i !== skip ? [`f${i}`] : [])).join(' AND ') || 'true';
}

/**
 * A row's value of dimension `index` where the row counts for that dimension (it matches every
 * other dimension's choice), else NULL. Grouping hashes a NULL almost for free, and most rows miss
 * a choice once one is made: hashing their text values was most of a filtered search's work.
 */
function countedValue(dimensions: readonly FacetDimension[], index: number): string {
  const others = matchesAllExcept(dimensions, index);
  return others === 'true' ? `d${index}` : `CASE WHEN ${others} THEN d${index} END`;
}

/**
 * Common table expressions that count, in one pass over the rows of `rows` (which carry the
 * columns of `facetColumns`), the values of every dimension, and the total. Counts are
 * disjunctive: a dimension's own choice is ignored for its own counts (the other values stay
 * choosable) but applies to all others and to the total. Yields `facet_values (dim, value, n,
 * label)`, dim being the dimension's index, and `facet_total (n)`.
 *
 * One GROUPING SETS aggregate groups by each dimension at once; array columns are grouped by
 * the whole array first (a few hundred distinct combinations) and unnested afterwards, which is
 * far cheaper than unnesting every row.
 */
export function facetCtes(dimensions: readonly FacetDimension[], rows: string): string {
  // The match flags, evaluated once per row below the fence OFFSET 0 puts up (a subquery that
  // is pulled up would repeat each flag's test in every expression that uses it).
  const columns = [
    ...dimensions.map((_, i) => `${countedValue(dimensions, i)} AS d${i}`),
    ...dimensions.flatMap((d, i) => (d.selected?.length ? [`f${i}`] : [])),
  ];
  const which = dimensions.map((_, i) => `WHEN GROUPING(d${i}) = 0 THEN ${i}`).join(' ');
  const counts = dimensions.map((_, i) => `count(*) FILTER (WHERE ${matchesAllExcept(dimensions, i)}) AS c${i}`);
  const valuesOf = dimensions.map((d, i) => `WHEN ${i} THEN ${d.array ? `d${i}` : `ARRAY[d${i}]`}`).join(' ');
  const countOf = dimensions.map((_, i) => `WHEN ${i} THEN c${i}`).join(' ');
  const limits = dimensions.flatMap((d, i) => (d.limit ? [`(f.dim = ${i} AND f.rank > ${d.limit})`] : []));
  const labels = dimensions.flatMap((d, i) => (d.label ? [`WHEN ${i} THEN ${d.label}`] : []));
  return `facet_cells AS (
      SELECT CASE ${which} ELSE -1 END AS dim, ${dimensions.map((_, i) => `d${i}`).join(', ')},
        ${counts.join(', ')}, count(*) FILTER (WHERE ${matchesAllExcept(dimensions, -1)}) AS total
      FROM (SELECT ${columns.join(', ')} FROM (SELECT * FROM ${rows} OFFSET 0) fenced) counted
      GROUP BY GROUPING SETS (${dimensions.map((_, i) => `(d${i})`).join(', ')}, ())
    ), facet_total AS (
      SELECT total AS n FROM facet_cells WHERE dim = -1
    ), facet_counts AS (
      SELECT c.dim, v.value, sum(CASE c.dim ${countOf} END)::int AS n
      FROM facet_cells c
      CROSS JOIN LATERAL unnest(CASE c.dim ${valuesOf} END) AS v (value)
      WHERE c.dim >= 0 AND v.value IS NOT NULL
      GROUP BY c.dim, v.value
    ), facet_ranked AS (
      SELECT dim, value, n, row_number() OVER (PARTITION BY dim ORDER BY n DESC, value) AS rank
      FROM facet_counts WHERE n > 0
    ), facet_values AS (
      SELECT f.dim, f.value, f.n, ${labels.length ? `CASE f.dim ${labels.join(' ')} END` : 'NULL::text'} AS label
      FROM facet_ranked f
      ${limits.length ? `WHERE NOT (${limits.join(' OR ')})` : ''}
    )`;
}

/** `[dim, value, count, label]` as `facet_values` yields them through json_agg. */
export type FacetTuple = [number, string, number, string | null];

/** The counts by dimension name, the largest first, every dimension present. */
export function readFacets<Name extends string>(
  dimensions: readonly FacetDimension<Name>[],
  tuples: readonly FacetTuple[] | null,
): Record<Name, FacetValue[]> {
  const facets = Object.fromEntries(dimensions.map((d) => [d.name, [] as FacetValue[]])) as Record<Name, FacetValue[]>;
  for (const [dim, value, count, label] of tuples ?? []) {
    const dimension = dimensions[dim];
    if (!dimension) continue;
    facets[dimension.name].push(label === null ? { value, count } : { value, label, count });
  }
  for (const values of Object.values<FacetValue[]>(facets)) {
    values.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return facets;
}
