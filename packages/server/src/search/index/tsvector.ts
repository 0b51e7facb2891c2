/** A lexeme of a stored search document and the weights it occurs with (A = 8, B = 4, C = 2, D = 1). */
export interface DocumentTerm {
  lexeme: string;
  weights: number;
  /** Its first position (1 … 16383; 0 when the document has none), for the rank's proximity. */
  first: number;
}

/**
 * Reads PostgreSQL's text form of a tsvector (`'hund':1A,4 'katz':2B`), so the index holds
 * exactly the lexemes the database's parser, unaccent and german_stem made of the listing.
 * `length` counts positions, as ts_rank's length normalisation does.
 */
export function parseTsvector(text: string): { terms: DocumentTerm[]; length: number } {
  // Character codes and slices, not a string built a character at a time: loading reads a
  // hundred thousand documents, and this was a tenth of the load's time.
  const terms: DocumentTerm[] = [];
  let length = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && text.charCodeAt(i) !== quote) i++;
    if (i >= n) break;
    i++;
    let lexeme = '';
    let from = i;
    for (;;) {
      if (i >= n) {
        lexeme += text.slice(from, i);
        break;
      }
      const c = text.charCodeAt(i);
      if (c === quote || c === backslash) {
        // Both are doubled inside the quotes.
        if (text.charCodeAt(i + 1) === c) {
          lexeme += text.slice(from, i + 1);
          i += 2;
          from = i;
          continue;
        }
        if (c === quote) {
          lexeme += text.slice(from, i);
          i++;
          break;
        }
      }
      i++;
    }
    let weights = 0;
    let first = 0;
    if (text.charCodeAt(i) === colon) {
      i++;
      while (i < n && text.charCodeAt(i) !== space) {
        let position = 0;
        let digits = 0;
        for (let c = text.charCodeAt(i); c >= zero && c <= nine; c = text.charCodeAt(++i)) {
          position = position * 10 + (c - zero);
          digits++;
        }
        if (digits > 0) {
          length++;
          // Positions are stored ascending: the first one read is the smallest.
          if (first === 0) first = position;
        }
        const weight = weightOf(text.charCodeAt(i));
        if (weight > 0) {
          weights |= weight;
          i++;
        } else {
          weights |= 1;
        }
        if (text.charCodeAt(i) === comma) i++;
      }
    } else {
      weights = 1;
      length++;
    }
    terms.push({ lexeme, weights, first });
  }
  return { terms, length };
}

const [quote, backslash, colon, space, comma, zero, nine] = ["'", '\\', ':', ' ', ',', '0', '9'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number, number];

/** A = 8, B = 4, C = 2, D = 1; 0 for any other character. */
function weightOf(code: number): number {
  return code === 65 ? 8 : code === 66 ? 4 : code === 67 ? 2 : code === 68 ? 1 : 0;
}

/** ts_rank's default weights {D 0.1, C 0.2, B 0.4, A 1.0}: the best of a term's weights. */
export function bestWeight(weights: number): number {
  return weights & 8 ? 1 : weights & 4 ? 0.4 : weights & 2 ? 0.2 : 0.1;
}
