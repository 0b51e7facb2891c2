/**
 * The first of `supported` that an `Accept-Language` header asks for (by q-value, then order),
 * else `fallback`. Only the primary subtag counts ("uk-UA" is Ukrainian); q=0 means "not this".
 */
export function preferredLanguage<L extends string>(acceptLanguage: string | undefined, supported: readonly L[], fallback: L): L {
  if (!acceptLanguage) return fallback;
  const ranked = acceptLanguage
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  const found = ranked.find((entry) => (supported as readonly string[]).includes(entry.primary));
  return found === undefined ? fallback : (found.primary as L);
}
