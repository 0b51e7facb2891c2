import type { Bitset } from './bitset.js';

/**
 * Bitsets a search works with (matches of each word, the candidates, each facet's counted set),
 * handed back together when it ends and cleared for the next: at a million listings each is
 * 125 KB, and a text search used a dozen, so allocating them per search kept the garbage
 * collector busy. Each workspace of query.ts keeps its own (one for the searches that never
 * pause, one for the large search whose turn it is), so none is ever used by two searches at once.
 */
export class BitsetPool {
  private readonly free: Bitset[] = [];
  private readonly used: Bitset[] = [];

  constructor(readonly words: number) {}

  /** An empty set. */
  take(): Bitset {
    const set = this.free.pop();
    if (!set) return this.keep(new Uint32Array(this.words));
    set.fill(0);
    return this.keep(set);
  }

  /** A copy of `of` (words past its end empty). */
  copy(of: Bitset): Bitset {
    const set = this.free.pop() ?? new Uint32Array(this.words);
    if (of.length >= this.words) set.set(of.subarray(0, this.words));
    else {
      set.set(of);
      set.fill(0, of.length);
    }
    return this.keep(set);
  }

  /** Every set taken since the last release is free again (none may be used after this). */
  release(): void {
    // Bounded: a search with many words takes many, the next may need few.
    for (const set of this.used) if (this.free.length < 32) this.free.push(set);
    this.used.length = 0;
  }

  private keep(set: Bitset): Bitset {
    this.used.push(set);
    return set;
  }
}
