import { createHash } from 'node:crypto';
import type { PostingKind } from '@mitmachen/contract';
import type { Listings } from './listings.js';
import type { IndexState, SnapshotHeader } from './snapshot-file.js';

/**
 * Writing the index into a snapshot file's bytes (the layout is described in snapshot-file.ts)
 * without holding the event loop for the whole encoding, while searches keep arriving and the
 * watcher keeps changing the index.
 *
 * The index's columns, id table and facet bitsets are changed in place between turns, so they
 * are copied at one moment (`captureState`, synchronous: plain memory copies, about 10 MB at
 * 100,000 listings). What does not change in place is only referred to at that moment and
 * turned into bytes later, in slices with the event loop given back between them: a term's
 * postings are append-only (the bytes below `used` never change, growing copies them to a new
 * array), and word rows, start-date arrays, term names and organisation names are replaced,
 * never edited. The digest is computed in slices too. Before this, encoding and hashing the
 * 30 MB file at 100,000 listings held the event loop in one piece (measured in docs/scaling.md).
 */

/** Work done between two pauses: a search waits at most about this long behind a snapshot write. */
export const sliceMs = 4;
/** Bytes hashed or copied per check of the clock. */
const chunkBytes = 256 * 1024;
/** JSON array elements stringified per check of the clock. */
const chunkElements = 2000;

const kinds: PostingKind[] = ['opportunity', 'offer'];

/** Gives the event loop back when the current slice has used its time. */
export class Pacer {
  private since = performance.now();
  /** Pauses taken (for tests and measurements). */
  pauses = 0;

  constructor(private readonly budgetMs = sliceMs) {}

  async step(): Promise<void> {
    if (performance.now() - this.since < this.budgetMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.pauses++;
    this.since = performance.now();
  }
}

/** One section of the file: bytes copied already, or bytes made later from what cannot change. */
type Section = Uint8Array | ((pacer: Pacer) => Promise<Uint8Array>);

function copy(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
}

/** A JSON array of values that are never edited, stringified a slice at a time. */
function jsonArray(values: readonly unknown[]): (pacer: Pacer) => Promise<string> {
  return async (pacer) => {
    const parts: string[] = [];
    for (let i = 0; i < values.length; i += chunkElements) {
      const text = JSON.stringify(values.slice(i, i + chunkElements));
      parts.push(text.slice(1, -1));
      await pacer.step();
    }
    return `[${parts.filter((p) => p !== '').join(',')}]`;
  };
}

function captureListings(listings: Listings): Section[] {
  const sections: Section[] = [];
  const entries = [...listings.terms];
  const terms = entries.map(([term]) => term);
  const head = {
    slots: listings.slots,
    dead: listings.dead,
    idsUsed: listings.ids.state().used,
    dimensions: listings.dimensions.map((d) => ({ names: [...d.names], sets: d.sets.length })),
  };
  const moreStarts = [...listings.moreStarts];
  const termsJson = jsonArray(terms);
  sections.push(async (pacer) => {
    const shape = `${JSON.stringify(head).slice(0, -1)},"terms":${await termsJson(pacer)},"moreStarts":${JSON.stringify(moreStarts.map(([slot]) => slot))}}`;
    return Buffer.from(shape);
  });
  for (const column of [listings.live, listings.created, listings.expires, listings.lat, listings.lon, listings.minimumAge, listings.firstStart, listings.docLength]) {
    sections.push(copy(column));
  }
  const ids = listings.ids.state();
  sections.push(copy(ids.bytes), copy(ids.table));
  for (const d of listings.dimensions) {
    if (d.spec.wide) sections.push(copy(d.column));
    else for (const set of d.sets) sections.push(copy(set));
  }
  sections.push(copy(Uint32Array.from(moreStarts, ([, s]) => s.length)));
  for (const [, starts] of moreStarts) sections.push(async () => copy(starts));
  // Per term: bytes used, postings held, last slot (these move on append, so taken now); then
  // every term's bytes one after another, copied later: below `used` they never change.
  const meta = new Int32Array(entries.length * 3);
  const blocks: Uint8Array[] = [];
  let total = 0;
  entries.forEach(([, p], i) => {
    meta[i * 3] = p.used;
    meta[i * 3 + 1] = p.n;
    meta[i * 3 + 2] = p.last;
    blocks.push(p.bytes.subarray(0, p.used));
    total += p.used;
  });
  sections.push(new Uint8Array(meta.buffer));
  sections.push(async (pacer) => {
    const all = new Uint8Array(total);
    let at = 0;
    let sinceCheck = 0;
    for (const block of blocks) {
      all.set(block, at);
      at += block.length;
      sinceCheck += block.length;
      if (sinceCheck >= chunkBytes) {
        sinceCheck = 0;
        await pacer.step();
      }
    }
    return all;
  });
  return sections;
}

/**
 * One moment of the index, ready to become the file's body: synchronous (see above), so the
 * bytes are one version of an index that changes between turns, whatever happens while the
 * rest is encoded and written.
 */
export function captureState(state: IndexState): Section[] {
  const sections: Section[] = [];
  for (const kind of kinds) sections.push(...captureListings(state.listings[kind]));
  for (const kind of kinds) {
    const rows = jsonArray([...state.words[kind].rows()]);
    sections.push(async (pacer) => Buffer.from(await rows(pacer)));
  }
  const organisations = [...state.organisations];
  sections.push(async () => Buffer.from(JSON.stringify(organisations)));
  return sections;
}

/** The body's parts (a length and the bytes of each section), made in slices. */
export async function encodeCaptured(sections: Section[], pacer = new Pacer()): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  for (const section of sections) {
    const bytes = typeof section === 'function' ? await section(pacer) : section;
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.byteLength);
    parts.push(length, bytes);
    await pacer.step();
  }
  return parts;
}

/** The state's body in one piece, at once (tests; a writing server uses captureState and encodeCaptured). */
export async function encodeState(state: IndexState): Promise<Buffer> {
  return Buffer.concat(await encodeCaptured(captureState(state)));
}

/** The whole file: magic, header, the body's parts and the digest of all of it, hashed in slices. */
export async function frame(header: SnapshotHeader, body: Uint8Array[], magic: Buffer, pacer = new Pacer()): Promise<Uint8Array[]> {
  const headerBytes = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  const hash = createHash('sha256').update(magic).update(length).update(headerBytes);
  for (const part of body) {
    for (let at = 0; at < part.byteLength; at += chunkBytes) {
      hash.update(part.subarray(at, at + chunkBytes));
      await pacer.step();
    }
  }
  return [magic, length, headerBytes, ...body, hash.digest()];
}
