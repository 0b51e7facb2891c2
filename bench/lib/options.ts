/** What the benchmarks' option parsers share. */

export class UsageError extends Error {
  override name = 'UsageError';
}

/** `raw` as a whole number from `min` to `max`, else a UsageError naming `flag`. */
export function whole(raw: string, flag: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return Number(raw);
}
