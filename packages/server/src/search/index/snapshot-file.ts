import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PostingKind } from '@mitmachen/contract';
import { IdTable } from './ids.js';
import { Listings, type DimensionSpec } from './listings.js';
import type { Postings } from './postings.js';
import { sources } from './snapshot.js';
import { Words, type WordRow } from './words.js';

/**
 * The index written to a file, so that a starting server reads its arrays back instead of
 * rebuilding them from every listing's row (at 100,000 listings most of a load is the database
 * sending the rows and their search documents as text), and then catches up from the change log.
 *
 * Layout: `MMSEARCH`, the header's length (u32) and the header as JSON, then sections (a u32
 * length and that many bytes each) in the order snapshot-encode.ts writes them, then the SHA-256 of
 * everything before it. Numbers are little-endian, as the typed arrays hold them on every
 * machine Node runs on (x86, ARM).
 */
export const magic = Buffer.from('MMSEARCH');

/**
 * Bump when the layout or the meaning of what is written changes (postings' encoding, the
 * tsvector reading, a column): an older file is then ignored, not misread.
 */
export const snapshotFormat = 2;

/** What the index's arrays are derived from in this code: a file from other code is not read. */
export const codeVersion = createHash('sha256')
  .update(JSON.stringify({ format: snapshotFormat, sources }))
  .digest('hex')
  .slice(0, 16);

export interface SnapshotHeader {
  format: number;
  code: string;
  /** Digest of the migrations applied (schema_migrations) when it was written. */
  schema: string;
  /** search_version.database_id and current_database() of the database it was loaded from. */
  database: string;
  /** The search version it holds. */
  version: number;
  /** Digest of the change log's rows of that version: tells a copy of the database that went its own way. */
  changes: string | null;
  written: string;
}

/** Everything one version of the published listings means to search (the engine's state). */
export interface IndexState {
  version: number;
  listings: Record<PostingKind, Listings>;
  words: Record<PostingKind, Words>;
  organisations: Map<string, string>;
}

const kinds: PostingKind[] = ['opportunity', 'offer'];

class Reader {
  private at: number;
  constructor(
    private readonly buffer: Buffer,
    from: number,
    private readonly end: number,
  ) {
    this.at = from;
  }

  /** The next section, copied so typed arrays over it are aligned and independent of the file's buffer. */
  bytes(): Uint8Array<ArrayBuffer> {
    if (this.at + 4 > this.end) throw new Error('snapshot ends early');
    const length = this.buffer.readUInt32LE(this.at);
    const from = this.at + 4;
    if (from + length > this.end) throw new Error('snapshot ends early');
    this.at = from + length;
    return new Uint8Array(this.buffer.subarray(from, from + length));
  }

  json<T>(): T {
    return JSON.parse(Buffer.from(this.bytes()).toString('utf8')) as T;
  }

  typed<T>(make: new (buffer: ArrayBuffer, offset: number, length: number) => T, size: number): T {
    const bytes = this.bytes();
    if (bytes.byteLength % size !== 0) throw new Error('snapshot section has a partial element');
    return new make(bytes.buffer, 0, bytes.byteLength / size);
  }

  done(): boolean {
    return this.at === this.end;
  }
}

interface ListingsShape {
  slots: number;
  dead: number;
  idsUsed: number;
  dimensions: Array<{ names: string[]; sets: number }>;
  terms: string[];
  moreStarts: number[];
}

function readListings(r: Reader, specs: readonly DimensionSpec[]): Listings {
  const shape = r.json<ListingsShape>();
  const listings = new Listings(specs);
  listings.loading = false;
  if (shape.dimensions.length !== specs.length) throw new Error('snapshot has other facet dimensions');
  listings.slots = shape.slots;
  listings.dead = shape.dead;
  listings.live = r.typed(Uint32Array, 4);
  listings.created = r.typed(Float64Array, 8);
  listings.expires = r.typed(Int32Array, 4);
  listings.lat = r.typed(Float64Array, 8);
  listings.lon = r.typed(Float64Array, 8);
  listings.minimumAge = r.typed(Int16Array, 2);
  listings.firstStart = r.typed(Float64Array, 8);
  listings.docLength = r.typed(Uint16Array, 2);
  const capacity = listings.created.length;
  for (const column of [listings.expires, listings.lat, listings.lon, listings.minimumAge, listings.firstStart, listings.docLength]) {
    if (column.length !== capacity) throw new Error('snapshot columns differ in length');
  }
  if (listings.live.length !== (capacity + 31) >>> 5 || shape.slots > capacity) throw new Error('snapshot has a wrong number of slots');
  listings.ids = IdTable.restore({ bytes: r.bytes(), table: r.typed(Int32Array, 4), used: shape.idsUsed });
  shape.dimensions.forEach(({ names, sets }, i) => {
    const dimension = listings.dimensions[i]!;
    dimension.names = names;
    dimension.ids = new Map(names.map((name, id) => [name, id]));
    if (dimension.spec.wide) dimension.column = r.typed(Int32Array, 4);
    else dimension.sets = Array.from({ length: sets }, () => r.typed(Uint32Array, 4));
  });
  const lengths = r.typed(Uint32Array, 4);
  shape.moreStarts.forEach((slot, i) => {
    const starts = r.typed(Float64Array, 8);
    if (starts.length !== lengths[i]) throw new Error('snapshot start dates differ in length');
    listings.moreStarts.set(slot, starts);
  });
  const meta = r.typed(Int32Array, 4);
  if (meta.length !== shape.terms.length * 3) throw new Error('snapshot postings do not match its terms');
  // Every term's postings in one block: views into one copy, not a hundred thousand small ones.
  const all = r.bytes();
  let at = 0;
  shape.terms.forEach((term, i) => {
    const used = meta[i * 3]!;
    const postings: Postings = { bytes: all.subarray(at, at + used), used, n: meta[i * 3 + 1]!, last: meta[i * 3 + 2]! };
    if (postings.last >= shape.slots) throw new Error('snapshot postings point past the listings');
    at += used;
    listings.terms.set(term, postings);
  });
  if (at !== all.length) throw new Error('snapshot postings do not add up');
  return listings;
}

/** The header, if the file is whole (its digest matches); throws otherwise. */
export function snapshotHeader(file: Buffer): { header: SnapshotHeader; body: number } {
  if (file.length < magic.length + 4 + 32 || !file.subarray(0, magic.length).equals(magic)) throw new Error('not a search index snapshot');
  const end = file.length - 32;
  const digest = createHash('sha256').update(file.subarray(0, end)).digest();
  if (!digest.equals(file.subarray(end))) throw new Error('the snapshot is damaged (its checksum does not match)');
  const length = file.readUInt32LE(magic.length);
  const from = magic.length + 4;
  if (from + length > end) throw new Error('the snapshot is damaged');
  return { header: JSON.parse(file.subarray(from, from + length).toString('utf8')) as SnapshotHeader, body: from + length };
}

/** The index a whole file holds (check the header first: `snapshotHeader`). */
export function decodeSnapshot(file: Buffer, header: SnapshotHeader, body: number): IndexState {
  const r = new Reader(file, body, file.length - 32);
  const listings = {} as Record<PostingKind, Listings>;
  for (const kind of kinds) listings[kind] = readListings(r, sources[kind].dimensions);
  const words = {} as Record<PostingKind, Words>;
  for (const kind of kinds) {
    words[kind] = new Words();
    for (const row of r.json<WordRow[]>()) words[kind].put(row);
  }
  const organisations = new Map(r.json<Array<[string, string]>>());
  if (!r.done()) throw new Error('the snapshot has more than it should');
  return { version: header.version, listings, words, organisations };
}

/**
 * Writes the file whole or not at all: to a temporary file beside it, flushed, then renamed over
 * the old one, so a reader (or a crash) never meets half a snapshot. Several instances may share
 * one path: each writes its own temporary file.
 */
export async function writeSnapshotFile(path: string, parts: Uint8Array[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'w', 0o600);
    try {
      const { bytesWritten } = await handle.writev(parts);
      // A short write (a full disk) must not become a file that merely fails its digest later.
      if (bytesWritten !== parts.reduce((n, part) => n + part.length, 0)) throw new Error(`only ${bytesWritten} bytes written`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function readSnapshotFile(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
