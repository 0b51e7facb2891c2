/**
 * A lexeme's postings (the listings holding it, ascending by slot, each with its weights and
 * first position) as variable-length bytes: the gap to the previous slot, then the first
 * position and the weights together, 7 bits a byte. At 100,000 listings most gaps and early
 * positions fit one byte each, so a posting takes about 2–3 bytes instead of 7 in three typed
 * arrays; postings are only ever read front to back, which is what the encoding allows.
 */
export interface Postings {
  bytes: Uint8Array;
  /** Bytes written. */
  used: number;
  /** Postings held. */
  n: number;
  /** The last slot appended (slots only grow: a changed listing gets a new slot). */
  last: number;
}

export function emptyPostings(): Postings {
  return { bytes: new Uint8Array(8), used: 0, n: 0, last: -1 };
}

/**
 * Appends a posting; `slot` must be above every slot held. `loading`: many more follow (a
 * load), so the bytes grow by half at a time; otherwise (a change) a long list grows by a
 * sixty-fourth, since every change touches the lists of the common words: at half again they
 * kept 10 bytes a listing spare after one change. Copying a long list every sixty-fourth of its
 * length is some 200 bytes copied a posting, too many for a load of a million listings.
 */
export function appendPosting(postings: Postings, slot: number, weights: number, first: number, loading = false): void {
  if (postings.used + 10 > postings.bytes.length) {
    const length = postings.bytes.length;
    const next = new Uint8Array(Math.max(16, length > 4096 && !loading ? length + Math.max(64, length >>> 6) : Math.ceil(length * 1.5) + 10));
    next.set(postings.bytes.subarray(0, postings.used));
    postings.bytes = next;
  }
  postings.used = writeVarint(postings.bytes, postings.used, slot - postings.last);
  postings.used = writeVarint(postings.bytes, postings.used, first * 16 + (weights & 15));
  postings.last = slot;
  postings.n++;
}

/** Gives back the room kept for appending (after a load, which is most of the postings). */
export function trimPostings(postings: Postings): void {
  if (postings.bytes.length > postings.used) postings.bytes = postings.bytes.slice(0, postings.used);
}

/**
 * Reads postings front to back: `next()` steps to the next posting and sets `slot`, `weights`
 * and `first`. The one decoder of the encoding; each loop over postings (matching, ranking)
 * calls it in place rather than through a callback per posting, which cost a tenth of a text
 * search's time.
 */
export class PostingReader {
  slot = -1;
  weights = 0;
  first = 0;
  private at = 0;
  private readonly bytes: Uint8Array;
  private readonly used: number;

  constructor(postings: Postings) {
    this.bytes = postings.bytes;
    this.used = postings.used;
  }

  next(): boolean {
    const bytes = this.bytes;
    let at = this.at;
    if (at >= this.used) return false;
    let b = bytes[at++]!;
    let value = b & 127;
    // Gaps and positions mostly fit one byte: the loop is for the rest.
    for (let scale = 128; b & 128; scale *= 128) {
      b = bytes[at++]!;
      value += (b & 127) * scale;
    }
    this.slot += value;
    // Position and weights: below 2^18 (positions end at 16383), so 32-bit shifts are exact.
    b = bytes[at++]!;
    let meta = b & 127;
    for (let shift = 7; b & 128; shift += 7) {
      b = bytes[at++]!;
      meta |= (b & 127) << shift;
    }
    this.weights = meta & 15;
    this.first = meta >>> 4;
    this.at = at;
    return true;
  }
}

/** Calls `fn` with each posting in slot order. */
export function forEachPosting(postings: Postings, fn: (slot: number, weights: number, first: number) => void): void {
  for (const reader = new PostingReader(postings); reader.next(); ) fn(reader.slot, reader.weights, reader.first);
}

/** Sets the bit of every slot held in `set` (the matching needs no weights). */
export function addPostingSlots(postings: Postings, set: Uint32Array): void {
  for (const reader = new PostingReader(postings); reader.next(); ) {
    const slot = reader.slot;
    set[slot >>> 5]! |= 1 << (slot & 31);
  }
}

function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  while (value >= 128) {
    bytes[at++] = (value & 127) | 128;
    value = Math.floor(value / 128);
  }
  bytes[at++] = value;
  return at;
}

/**
 * For each posting of a slot in `hits`: `score[slot]` becomes the larger of itself and
 * `weightOf[weights]` (the one-word rank).
 */
export function maxWeightInto(postings: Postings, hits: Uint32Array, score: Float64Array, weightOf: Float64Array): void {
  for (const reader = new PostingReader(postings); reader.next(); ) {
    const slot = reader.slot;
    if ((hits[slot >>> 5]! & (1 << (slot & 31))) === 0) continue;
    const weight = weightOf[reader.weights]!;
    if (weight > score[slot]!) score[slot] = weight;
  }
}
