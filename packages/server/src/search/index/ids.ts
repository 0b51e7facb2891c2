/**
 * The listings' ids (UUIDs) by slot, 16 bytes each, and slots by id in an open-addressing table
 * of 32-bit entries: about 24 bytes a listing where a string per id, an array of them and a Map
 * cost some 90. Ids come from the database as canonical lower-case text, whose order is the
 * order of the bytes, so comparing bytes orders ids as PostgreSQL's uuid ordering does.
 */
const hexValue = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) hexValue['0123456789abcdef'.charCodeAt(i)] = i;
const hexDigits = '0123456789abcdef';

export class IdTable {
  private bytes = new Uint8Array(0);
  /** Slot + 1 per entry; 0 empty, -1 a deleted entry that probing passes over. */
  private table = new Int32Array(16);
  private used = 0;
  private readonly scratch = new Uint8Array(16);

  /** Makes room for `slots` ids (called as the listing columns grow). */
  reserve(slots: number): void {
    if (this.bytes.length >= slots * 16) return;
    const next = new Uint8Array(slots * 16);
    next.set(this.bytes);
    this.bytes = next;
  }

  /** Gives back the room past `slots`. */
  trim(slots: number): void {
    if (this.bytes.length > slots * 16) this.bytes = this.bytes.slice(0, slots * 16);
  }

  set(id: string, slot: number): void {
    if (!parse(id, this.bytes, slot * 16)) throw new Error(`not a UUID: ${id}`);
    if ((this.used + 1) * 2 > this.table.length) this.rehash();
    const mask = this.table.length - 1;
    let at = hash(this.bytes, slot * 16) & mask;
    while (this.table[at]! > 0) at = (at + 1) & mask;
    if (this.table[at] === 0) this.used++;
    this.table[at] = slot + 1;
  }

  get(id: string): number | undefined {
    const at = this.find(id);
    return at === -1 ? undefined : this.table[at]! - 1;
  }

  delete(id: string): void {
    const at = this.find(id);
    if (at !== -1) this.table[at] = -1;
  }

  /** The id held in `slot`, as text. */
  idOf(slot: number): string {
    let text = '';
    for (let i = 0; i < 16; i++) {
      const b = this.bytes[slot * 16 + i]!;
      text += hexDigits[b >>> 4]! + hexDigits[b & 15]!;
      if (i === 3 || i === 5 || i === 7 || i === 9) text += '-';
    }
    return text;
  }

  /** Negative, zero or positive as slot a's id orders before, with or after slot b's. */
  compare(a: number, b: number): number {
    for (let i = 0; i < 16; i++) {
      const d = this.bytes[a * 16 + i]! - this.bytes[b * 16 + i]!;
      if (d !== 0) return d;
    }
    return 0;
  }

  /** Its arrays as they are, for a snapshot file (snapshot-file.ts). */
  state(): { bytes: Uint8Array; table: Int32Array; used: number } {
    return { bytes: this.bytes, table: this.table, used: this.used };
  }

  /** A table from `state()`'s arrays, taken over as they are. */
  static restore(state: { bytes: Uint8Array<ArrayBuffer>; table: Int32Array<ArrayBuffer>; used: number }): IdTable {
    const ids = new IdTable();
    if (state.table.length < 16 || (state.table.length & (state.table.length - 1)) !== 0) throw new Error('id table size is not a power of two');
    ids.bytes = state.bytes;
    ids.table = state.table;
    ids.used = state.used;
    return ids;
  }

  byteLength(): number {
    return this.bytes.byteLength + this.table.byteLength;
  }

  private find(id: string): number {
    if (!parse(id, this.scratch, 0)) return -1;
    const mask = this.table.length - 1;
    let at = hash(this.scratch, 0) & mask;
    for (;;) {
      const entry = this.table[at]!;
      if (entry === 0) return -1;
      if (entry > 0 && equal(this.bytes, (entry - 1) * 16, this.scratch)) return at;
      at = (at + 1) & mask;
    }
  }

  /** A table twice the live entries' need, without the deleted ones. */
  private rehash(): void {
    const old = this.table;
    let live = 0;
    for (const entry of old) if (entry > 0) live++;
    let size = 16;
    while (size < (live + 1) * 4) size *= 2;
    this.table = new Int32Array(size);
    this.used = live;
    const mask = size - 1;
    for (const entry of old) {
      if (entry <= 0) continue;
      let at = hash(this.bytes, (entry - 1) * 16) & mask;
      while (this.table[at] !== 0) at = (at + 1) & mask;
      this.table[at] = entry;
    }
  }
}

function parse(id: string, into: Uint8Array, at: number): boolean {
  if (id.length !== 36) return false;
  let k = 0;
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (id.charCodeAt(i) !== 45) return false;
      continue;
    }
    const hi = hexValue[id.charCodeAt(i)] ?? -1;
    const lo = hexValue[id.charCodeAt(++i)] ?? -1;
    if (hi < 0 || lo < 0) return false;
    into[at + k++] = hi * 16 + lo;
  }
  return true;
}

function equal(bytes: Uint8Array, at: number, other: Uint8Array): boolean {
  for (let i = 0; i < 16; i++) if (bytes[at + i] !== other[i]) return false;
  return true;
}

/** Mixes all 16 bytes: seeded or time-ordered ids share their leading bytes. */
function hash(bytes: Uint8Array, at: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < 16; i++) h = Math.imul(h ^ bytes[at + i]!, 0x01000193);
  h ^= h >>> 16;
  return Math.imul(h, 0x85ebca6b) >>> 0;
}
