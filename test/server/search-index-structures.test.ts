/**
 * The index's compact structures keep what they are given: postings read back in slot order
 * with their weights and positions, however large the gaps; ids found by text after many adds
 * and deletes, ordered as their text orders.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { IdTable } from '../../packages/server/src/search/index/ids.js';
import { parseTsvector } from '../../packages/server/src/search/index/tsvector.js';
import { addPostingSlots, appendPosting, emptyPostings, forEachPosting, maxWeightInto, trimPostings } from '../../packages/server/src/search/index/postings.js';

describe('search index postings', () => {
  it('read back every posting in order, with weights and first positions, before and after trimming', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ gap: fc.integer({ min: 1, max: 3_000_000 }), weights: fc.integer({ min: 1, max: 15 }), first: fc.integer({ min: 0, max: 16383 }) }), { maxLength: 300 }),
        (entries) => {
          const postings = emptyPostings();
          let slot = -1;
          const expected: Array<[number, number, number]> = [];
          for (const { gap, weights, first } of entries) {
            slot += gap;
            appendPosting(postings, slot, weights, first);
            expected.push([slot, weights, first]);
          }
          for (const trimmed of [false, true]) {
            if (trimmed) trimPostings(postings);
            const read: Array<[number, number, number]> = [];
            forEachPosting(postings, (s, w, f) => read.push([s, w, f]));
            assert.deepEqual(read, expected);
            assert.equal(postings.n, expected.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('sets the bit of each slot held, and no other', () => {
    const postings = emptyPostings();
    const slots = [0, 31, 32, 33, 1000, 1001, 65_535];
    for (const slot of slots) appendPosting(postings, slot, 8, 1);
    const set = new Uint32Array(2048);
    addPostingSlots(postings, set);
    const found: number[] = [];
    set.forEach((word, i) => {
      for (let b = 0; b < 32; b++) if (word & (1 << b)) found.push(i * 32 + b);
    });
    assert.deepEqual(found, slots);
  });

  it('raise the score of each slot among the hits to its weights\' value, and touch no other slot', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ gap: fc.integer({ min: 1, max: 5000 }), weights: fc.integer({ min: 1, max: 15 }), first: fc.integer({ min: 0, max: 16383 }), hit: fc.boolean() }), { maxLength: 200 }),
        fc.float({ min: 0, max: 1, noNaN: true }),
        (entries, start) => {
          const postings = emptyPostings();
          const slots = entries.reduce((sum, e) => sum + e.gap, 0) + 1;
          const hits = new Uint32Array(Math.ceil(slots / 32));
          const score = new Float64Array(slots).fill(start);
          const weightOf = Float64Array.from({ length: 16 }, (_, w) => w / 10);
          const expected = score.slice();
          let slot = -1;
          for (const { gap, weights, first, hit } of entries) {
            slot += gap;
            appendPosting(postings, slot, weights, first);
            if (!hit) continue;
            hits[slot >>> 5]! |= 1 << (slot & 31);
            expected[slot] = Math.max(start, weightOf[weights]!);
          }
          maxWeightInto(postings, hits, score, weightOf);
          assert.deepEqual(score, expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('search index ids', () => {
  it('finds each id by its text after adds and deletes, and forgets deleted ones', () => {
    const table = new IdTable();
    const ids: string[] = [];
    for (let slot = 0; slot < 5000; slot++) {
      table.reserve(slot + 1);
      const id = randomUUID();
      ids.push(id);
      table.set(id, slot);
      if (slot % 3 === 0) table.delete(ids[slot / 3]!);
    }
    ids.forEach((id, slot) => {
      const deleted = slot < 5000 / 3 && slot * 3 < 5000;
      assert.equal(table.get(id), deleted ? undefined : slot, id);
      assert.equal(table.idOf(slot), id);
    });
    assert.equal(table.get(randomUUID()), undefined);
    assert.equal(table.get('not an id'), undefined);
  });

  it('orders ids as their text orders (as PostgreSQL orders uuids)', () => {
    const table = new IdTable();
    const ids: string[] = Array.from({ length: 300 }, () => randomUUID());
    ids.push('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', ids[0]!.replace(/.$/, 'a'));
    table.reserve(ids.length);
    ids.forEach((id, slot) => table.set(id, slot));
    for (let a = 0; a < ids.length; a++) {
      for (const b of [0, 1, ids.length - 1, (a * 7) % ids.length]) {
        assert.equal(Math.sign(table.compare(a, b)), ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
      }
    }
  });
});

describe('search index documents', () => {
  it('reads PostgreSQL\'s text form of a tsvector: lexemes, weights, first positions, length', () => {
    assert.deepEqual(parseTsvector(`'hund':1A,4 'katz':2B 'it''s':7C 'back\\\\slash':9 'ohne'`), {
      terms: [
        { lexeme: 'hund', weights: 9, first: 1 },
        { lexeme: 'katz', weights: 4, first: 2 },
        { lexeme: "it's", weights: 2, first: 7 },
        { lexeme: 'back\\slash', weights: 1, first: 9 },
        { lexeme: 'ohne', weights: 1, first: 0 },
      ],
      length: 6,
    });
  });
});
