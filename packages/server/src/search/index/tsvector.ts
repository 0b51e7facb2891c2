/** A lexeme of a stored search document and the weights it occurs with (A = 8, B = 4, C = 2, D = 1). */
export interface DocumentTerm {
  lexeme: string;
  weights: number;
  /** Its first position (1 … 16383; 0 when the document has none), for the rank's proximity. */
  first: number;
}

const weightBits: Record<string, number> = { A: 8, B: 4, C: 2, D: 1 };

/**
 * Reads PostgreSQL's text form of a tsvector (`'hund':1A,4 'katz':2B`), so the index holds
 * exactly the lexemes the database's parser, unaccent and german_stem made of the listing.
 * `length` counts positions, as ts_rank's length normalisation does.
 */
export function parseTsvector(text: string): { terms: DocumentTerm[]; length: number } {
  const terms: DocumentTerm[] = [];
  let length = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && text[i] !== "'") i++;
    if (i >= n) break;
    i++;
    let lexeme = '';
    for (;;) {
      const c = text[i];
      if (c === undefined) break;
      if (c === "'" || c === '\\') {
        // Both are doubled inside the quotes.
        if (text[i + 1] === c) {
          lexeme += c;
          i += 2;
          continue;
        }
        if (c === "'") {
          i++;
          break;
        }
      }
      lexeme += c;
      i++;
    }
    let weights = 0;
    let first = 0;
    if (text[i] === ':') {
      i++;
      while (i < n && text[i] !== ' ') {
        const start = i;
        while (i < n && text[i]! >= '0' && text[i]! <= '9') i++;
        if (i > start) {
          length++;
          // Positions are stored ascending: the first one read is the smallest.
          if (first === 0) first = Number(text.slice(start, i));
        }
        const letter = text[i];
        if (letter !== undefined && letter in weightBits) {
          weights |= weightBits[letter]!;
          i++;
        } else {
          weights |= 1;
        }
        if (text[i] === ',') i++;
      }
    } else {
      weights = 1;
      length++;
    }
    terms.push({ lexeme, weights, first });
  }
  return { terms, length };
}

/** ts_rank's default weights {D 0.1, C 0.2, B 0.4, A 1.0}: the best of a term's weights. */
export function bestWeight(weights: number): number {
  return weights & 8 ? 1 : weights & 4 ? 0.4 : weights & 2 ? 0.2 : 0.1;
}
