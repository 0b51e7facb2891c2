/**
 * Content negotiation for the files the server hands out precompressed (RFC 9110 § 12.5.3):
 * which of brotli, gzip or the plain file a client's `Accept-Encoding` asks for.
 */

export type Coding = 'br' | 'gzip' | 'identity';

/** Ties go to the smaller variant: brotli beats gzip beats the plain file. */
const preference: readonly Coding[] = ['br', 'gzip', 'identity'];

/**
 * The best of `available` for `header`: the highest q-value wins, ties go by `preference`.
 * Without the header any coding is acceptable but the plain file is what a client surely
 * understands, so it gets that; the plain file is also the answer when nothing else is
 * acceptable (a 406 for a script would only break the page).
 */
export function chooseCoding(header: string | undefined, available: ReadonlySet<Coding>): Coding {
  if (header === undefined || header.trim() === '') return 'identity';
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    // `x-gzip` is gzip (RFC 9110 § 8.4.1.3); a malformed q-value counts as not acceptable.
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const wildcard = weights.get('*');
  const weightOf = (coding: Coding): number => {
    const own = weights.get(coding);
    if (own !== undefined) return own;
    // The plain file is acceptable unless refused by name or by `*;q=0` (§ 12.5.3).
    if (coding === 'identity') return wildcard === 0 ? 0 : Math.max(wildcard ?? 0, Number.MIN_VALUE);
    return wildcard ?? 0;
  };
  let best: Coding = 'identity';
  let bestWeight = 0;
  for (const coding of preference) {
    if (!available.has(coding)) continue;
    const weight = weightOf(coding);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
