/**
 * Writing the search index's snapshot file in slices: the bytes written are the index at the
 * moment the write began, even when listings, words and organisations change while the rest is
 * encoded between slices; and the write gives the event loop back instead of holding it for the
 * whole file.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PostingKind } from '@mitmachen/contract';
import { Listings, type ListingRow } from '../../packages/server/src/search/index/listings.js';
import { sources } from '../../packages/server/src/search/index/snapshot.js';
import { captureState, encodeCaptured, encodeState, Pacer } from '../../packages/server/src/search/index/snapshot-encode.js';
import { decodeSnapshot, type IndexState, type SnapshotHeader } from '../../packages/server/src/search/index/snapshot-file.js';
import { Words } from '../../packages/server/src/search/index/words.js';

const topics = ['hund', 'garten', 'fussball', 'senior', 'lesepat', 'tafel', 'kino', 'umwelt'];

function opportunity(n: number): ListingRow {
  const a = topics[n % topics.length]!;
  const b = topics[(n * 3 + 1) % topics.length]!;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    created: 1_700_000_000_000_000 + n * 1_000_000,
    expires: n % 5 === 0 ? null : 20_500 + n,
    lat: n % 7 === 0 ? null : 51 + (n % 10) / 10,
    lon: n % 7 === 0 ? null : 13 + (n % 9) / 10,
    minimum_age: n % 4 === 0 ? 16 : null,
    starts: n % 3 === 0 ? [1_760_000_000_000_000 + n, 1_770_000_000_000_000 + n] : null,
    values: [['soziales', n % 2 === 0 ? 'sport-bewegung' : 'kultur'], ['families'], 'regular', 'onsite', n % 2 === 0 ? 'dresden' : 'leipzig', `org-${n % 6}`, ['de']],
    doc: `'${a}':1A '${b}':3B 'helf':${(n % 9) + 4}`,
  };
}

function offer(n: number): ListingRow {
  return {
    id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    created: 1_700_000_000_000_000 + n,
    expires: null,
    lat: null,
    lon: null,
    minimum_age: null,
    starts: null,
    values: [['soziales'], 'dresden', 'adults', ['de']],
    doc: `'${topics[n % topics.length]!}':1A`,
  };
}

function state(size: number): IndexState {
  const listings = { opportunity: new Listings(sources.opportunity.dimensions), offer: new Listings(sources.offer.dimensions) };
  const words = { opportunity: new Words(), offer: new Words() };
  for (let n = 0; n < size; n++) listings.opportunity.put(opportunity(n));
  for (let n = 0; n < size / 10; n++) listings.offer.put(offer(n));
  for (const kind of ['opportunity', 'offer'] as PostingKind[]) {
    listings[kind].trim();
    topics.forEach((word, i) => words[kind].put({ word, spelling: word, lexeme: word, ndoc: i + 1 }));
  }
  return { version: 7, listings, words, organisations: new Map([['org-1', 'Tafel Pirna e. V.']]) };
}

/** What the watcher does to an index between two turns: new, changed and withdrawn listings, new words. */
function change(s: IndexState): void {
  s.listings.opportunity.put({ ...opportunity(3), doc: `'kletterhall':1A 'hund':2B` });
  s.listings.opportunity.put({ ...opportunity(10_000), values: [['umwelt'], [], 'one-time', 'remote', 'bautzen', 'org-new', ['de', 'en']] });
  s.listings.opportunity.delete(opportunity(4).id);
  s.listings.offer.put(offer(5_000));
  s.words.opportunity.put({ word: 'kletterhalle', spelling: 'Kletterhalle', lexeme: 'kletterhall', ndoc: 1 });
  s.words.opportunity.put({ word: 'hund', spelling: 'Hund', lexeme: 'hund', ndoc: 99 });
  s.organisations = new Map([['org-new', 'Neuer Verein']]);
  s.version = 8;
}

const header = (version: number): SnapshotHeader => ({ format: 1, code: '', schema: '', database: '', version, changes: null, written: '' });

describe('search index: snapshot written in slices', () => {
  it('writes the index as it was when the write began, whatever changes while it is encoded', async () => {
    const s = state(600);
    const before = await encodeState(s);
    const captured = captureState(s);
    // Every step pauses, and the index changes at the first pause, as a watcher's batch would.
    let changed = false;
    const pacer = new Pacer(0);
    const encoding = encodeCaptured(captured, pacer);
    setImmediate(() => {
      change(s);
      changed = true;
    });
    const written = Buffer.concat(await encoding);
    assert.ok(changed && pacer.pauses > 1, 'the index changed while the file was being encoded');
    assert.ok(written.equals(before), 'the bytes are those of the index when the write began');
    // The change is real: encoded afresh, the index differs, and both files decode.
    const after = await encodeState(s);
    assert.ok(!after.equals(before));
    const decoded = decodeSnapshot(Buffer.concat([written, Buffer.alloc(32)]), header(7), 0);
    assert.equal(decoded.listings.opportunity.size, 600);
    assert.equal(decoded.listings.offer.size, 60);
    assert.equal(decoded.organisations.get('org-1'), 'Tafel Pirna e. V.');
    assert.equal(decoded.words.opportunity.get('hund')?.ndoc, 1);
    const fresh = decodeSnapshot(Buffer.concat([after, Buffer.alloc(32)]), header(8), 0);
    assert.equal(fresh.listings.opportunity.size, 600);
    assert.equal(fresh.words.opportunity.get('kletterhalle')?.spelling, 'Kletterhalle');
  });

  it('gives the event loop back between slices', async () => {
    const s = state(3000);
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const pacer = new Pacer(0);
    await encodeCaptured(captureState(s), pacer);
    clearInterval(counting);
    assert.ok(pacer.pauses > 10, `paused ${pacer.pauses} times`);
    assert.ok(turns > 0, 'timers ran while the file was encoded');
  });
});
