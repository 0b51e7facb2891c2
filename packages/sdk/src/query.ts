/** A value a query object may hold; `undefined`, `null`, `''` and `[]` mean "not given". */
export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/**
 * Encodes a query object the way the contract's `style: form, explode: true` parameters expect:
 * arrays as repeated parameters (`category=a&category=b`), numbers and booleans as written,
 * empty values left out so they never reach the server as `category=`.
 */
export function toSearchParams(query: object | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (query === undefined) return params;
  for (const [name, value] of Object.entries(query as Record<string, QueryValue>)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null || item === '') continue;
      params.append(name, String(item));
    }
  }
  return params;
}

/** A value (an id, a kind) as one segment of a path. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}
