const SHARP_LETTERS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/**
 * The form place names are compared in: lower case, umlauts folded so that "Görlitz",
 * "Goerlitz" and "Gorlitz" meet (ä/ae → a, ö/oe → o, ü/ue → u, ß → ss), other diacritics
 * dropped, and every run of spaces, hyphens, slashes, dots or brackets turned into one space.
 * Both the gazetteer's names and the user's query go through it, so a query typed halfway
 * ("Goe") still is a prefix of the folded name ("gorlitz").
 */
export function foldPlaceName(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => SHARP_LETTERS[c] ?? c)
    .replace(/([aou])e/g, '$1')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The name without its qualifier, so "Halle" can mean "Halle (Saale)" and "Frankfurt" can
 * mean "Frankfurt am Main": the part before a bracket, slash or comma, and before "am",
 * "an der", "in", "im", "bei", "ob der" etc.
 */
export function baseName(name: string): string {
  const beforePunctuation = name.split(/\s*[(/,]/)[0] ?? name;
  return beforePunctuation.split(/\s+(?:am|an der|an|a\.\s?d\.|in der|in|im|bei|ob der|auf der|vor der)\s+/)[0] ?? beforePunctuation;
}
