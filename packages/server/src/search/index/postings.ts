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

/** Appends a posting; `slot` must be above every slot held. */
export function appendPosting(postings: Postings, slot: number, weights: number, first: number): void {
  if (postings.used + 10 > postings.bytes.length) {
    const next = new Uint8Array(Math.max(16, Math.ceil(postings.bytes.length * 1.5) + 10));
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

/** Calls `fn` with each posting in slot order. */
export function forEachPosting(postings: Postings, fn: (slot: number, weights: number, first: number) => void): void {
  const { bytes, used } = postings;
  let at = 0;
  let slot = -1;
  while (at < used) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[at++]!;
      gap += (b & 127) * 2 ** shift;
      shift += 7;
    } while (b & 128);
    slot += gap;
    let meta = 0;
    shift = 0;
    do {
      b = bytes[at++]!;
      meta += (b & 127) * 2 ** shift;
      shift += 7;
    } while (b & 128);
    fn(slot, meta & 15, meta >>> 4);
  }
}

/** Sets the bit of every slot held in `set` (the matching needs no weights). */
export function addPostingSlots(postings: Postings, set: Uint32Array): void {
  const { bytes, used } = postings;
  let at = 0;
  let slot = -1;
  while (at < used) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[at++]!;
      gap += (b & 127) * 2 ** shift;
      shift += 7;
    } while (b & 128);
    slot += gap;
    set[slot >>> 5]! |= 1 << (slot & 31);
    while (bytes[at++]! & 128);
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
 * `weightOf[weights]`. The one-word rank's loop, decoded in place: a callback per posting
 * (forEachPosting) cost a tenth of a text search's time.
 */
export function maxWeightInto(postings: Postings, hits: Uint32Array, score: Float64Array, weightOf: Float64Array): void {
  const { bytes, used } = postings;
  let at = 0;
  let slot = -1;
  while (at < used) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[at++]!;
      gap += (b & 127) * 2 ** shift;
      shift += 7;
    } while (b & 128);
    slot += gap;
    // Weights are the low four bits of the first byte of the position-and-weights number.
    const weights = bytes[at]! & 15;
    while (bytes[at++]! & 128);
    if ((hits[slot >>> 5]! & (1 << (slot & 31))) === 0) continue;
    const weight = weightOf[weights]!;
    if (weight > score[slot]!) score[slot] = weight;
  }
}
