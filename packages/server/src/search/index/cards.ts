/**
 * Every listing's result card, held by the index's slot, so that a search answers without a
 * database query for its page (on PGlite each such query ran on the server's only thread, in
 * the way of every other request). A card is kept as the JSON of its members, not as one text:
 * members many listings share (an organisation, a category list, a schedule) are held once, the
 * listing's own texts and place as they are, the two timestamps as numbers.
 */

/** Members whose JSON is the listing's own: kept apart, never interned (they would only pile up). */
const ownMembers = new Set(['title', 'summary', 'description', 'displayName', 'location', 'image']);
/** Members held as milliseconds and written back with toISOString (exact for the ISO texts cards carry). */
const timestampMembers = ['createdAt', 'updatedAt'] as const;

/** A part's code: ≥ 0 a shared member's number; these two the timestamps; below, an own text. */
const createdPart = -1;
const updatedPart = -2;
const firstOwnPart = -3;

/** Card members a listing may have: far more than any card holds, so a count fits a byte. */
const maximumParts = 255;

/**
 * A copy of `text` as one flat string. Texts joined with `+` are ropes in V8 (a node per join,
 * each part kept), which held a card's texts in more than twice their size.
 */
function flat(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

export class Cards {
  /** Each slot's part codes, `count[slot]` of them from `start[slot]`; -1 start: no card. */
  private parts = new Int32Array(4096);
  private used = 0;
  /** Part codes of cards since replaced or removed: once they are half the array, it is packed. */
  private garbage = 0;
  private start = new Int32Array(0);
  private count = new Uint8Array(0);
  private created = new Float64Array(0);
  private updated = new Float64Array(0);
  private readonly shared: string[] = [];
  private readonly sharedNumbers = new Map<string, number>();
  private readonly own: Array<string | undefined> = [];
  private readonly freeOwn: number[] = [];
  private sharedBytes = 0;
  private ownBytes = 0;
  /** Cards held. */
  size = 0;

  has(slot: number): boolean {
    return slot < this.start.length && this.start[slot]! >= 0;
  }

  /** Keeps `card` (a card object, e.g. toListItem's) for `slot`, replacing what it held. */
  set(slot: number, card: Readonly<Record<string, unknown>>): void {
    this.delete(slot);
    this.reserve(slot + 1);
    const codes: number[] = [];
    let own = '';
    const endOwn = () => {
      if (own === '') return;
      codes.push(firstOwnPart - this.keepOwn(flat(own)));
      own = '';
    };
    for (const [name, value] of Object.entries(card)) {
      // The id is the index's own (it is written from the hit); undefined members JSON leaves out.
      if (name === 'id' || value === undefined) continue;
      const json = `${JSON.stringify(name)}:${JSON.stringify(value)}`;
      if (ownMembers.has(name)) {
        own = own === '' ? json : `${own},${json}`;
        continue;
      }
      endOwn();
      const timestamp = timestampMembers.indexOf(name as (typeof timestampMembers)[number]);
      const milliseconds = timestamp >= 0 && typeof value === 'string' ? Date.parse(value) : Number.NaN;
      if (!Number.isNaN(milliseconds) && new Date(milliseconds).toISOString() === value) {
        (timestamp === 0 ? this.created : this.updated)[slot] = milliseconds;
        codes.push(timestamp === 0 ? createdPart : updatedPart);
        continue;
      }
      codes.push(this.share(json));
    }
    endOwn();
    if (codes.length > maximumParts) throw new RangeError(`a card of ${codes.length} members`);
    if (this.used + codes.length > this.parts.length) this.growParts(codes.length);
    this.start[slot] = this.used;
    this.count[slot] = codes.length;
    this.parts.set(codes, this.used);
    this.used += codes.length;
    this.size++;
  }

  delete(slot: number): void {
    if (!this.has(slot)) return;
    const from = this.start[slot]!;
    for (let k = from; k < from + this.count[slot]!; k++) {
      const code = this.parts[k]!;
      if (code > firstOwnPart) continue;
      const number = firstOwnPart - code;
      this.ownBytes -= this.own[number]!.length;
      this.own[number] = undefined;
      this.freeOwn.push(number);
    }
    this.garbage += this.count[slot]!;
    this.start[slot] = -1;
    this.size--;
    if (this.garbage > 4096 && this.garbage * 2 > this.used) this.pack();
  }

  /**
   * The card's JSON for `slot`, with `id` first and `extra` (e.g. `"distanceKm":3.2`) last, byte
   * for byte what JSON.stringify makes of the card object with those members; undefined when
   * the slot has no card.
   */
  json(slot: number, id: string, extra?: string): string | undefined {
    if (!this.has(slot)) return undefined;
    let json = `{"id":${JSON.stringify(id)}`;
    const from = this.start[slot]!;
    const to = from + this.count[slot]!;
    for (let k = from; k < to; k++) {
      const code = this.parts[k]!;
      if (code >= 0) json += `,${this.shared[code]!}`;
      else if (code === createdPart) json += `,"createdAt":"${new Date(this.created[slot]!).toISOString()}"`;
      else if (code === updatedPart) json += `,"updatedAt":"${new Date(this.updated[slot]!).toISOString()}"`;
      else json += `,${this.own[firstOwnPart - code]!}`;
    }
    return extra === undefined ? `${json}}` : `${json},${extra}}`;
  }

  /**
   * Bytes held beyond the listings' own texts (those are `textBytes`): the arrays, the shared
   * members' texts, and V8's header and pointer for each string (about 24 bytes).
   */
  overheadBytes(): number {
    const arrays = this.parts.byteLength + this.start.byteLength + this.count.byteLength + this.created.byteLength + this.updated.byteLength;
    // A Map entry with its hash slot is about 40 bytes in V8; each string a 16-byte header and an 8-byte pointer.
    return arrays + this.sharedBytes + this.shared.length * (24 + 40) + (this.own.length - this.freeOwn.length) * 24 + this.own.length * 8;
  }

  /** Characters of the listings' own texts held (one byte each for Latin-1 text, two otherwise). */
  textBytes(): number {
    return this.ownBytes;
  }

  private share(json: string): number {
    let number = this.sharedNumbers.get(json);
    if (number === undefined) {
      number = this.shared.length;
      json = flat(json);
      this.shared.push(json);
      this.sharedNumbers.set(json, number);
      this.sharedBytes += json.length;
    }
    return number;
  }

  private keepOwn(text: string): number {
    this.ownBytes += text.length;
    const reused = this.freeOwn.pop();
    if (reused !== undefined) {
      this.own[reused] = text;
      return reused;
    }
    this.own.push(text);
    return this.own.length - 1;
  }

  private reserve(slots: number): void {
    if (this.start.length >= slots) return;
    const size = Math.max(1024, Math.ceil(this.start.length * 1.25), slots);
    const start = new Int32Array(size).fill(-1);
    start.set(this.start);
    this.start = start;
    this.count = grown(this.count, size);
    this.created = grown(this.created, size);
    this.updated = grown(this.updated, size);
  }

  private growParts(needed: number): void {
    const parts = new Int32Array(Math.max(this.parts.length * 2, this.used + needed));
    parts.set(this.parts.subarray(0, this.used));
    this.parts = parts;
  }

  /** Copies the live cards' parts to the front, dropping those of replaced and removed ones. */
  private pack(): void {
    const parts = new Int32Array(Math.max(4096, Math.ceil((this.used - this.garbage) * 1.25)));
    let used = 0;
    for (let slot = 0; slot < this.start.length; slot++) {
      const from = this.start[slot]!;
      if (from < 0) continue;
      const n = this.count[slot]!;
      parts.set(this.parts.subarray(from, from + n), used);
      this.start[slot] = used;
      used += n;
    }
    this.parts = parts;
    this.used = used;
    this.garbage = 0;
  }
}

function grown<T extends Uint8Array | Float64Array>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}
