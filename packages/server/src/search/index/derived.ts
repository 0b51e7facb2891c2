import type { FacetValue } from '@mitmachen/contract';
import { add, count, countAnd, forEachSlot, has, remove, type Bitset } from './bitset.js';
import { topValues } from './facets.js';
import type { Listings } from './listings.js';

/**
 * What every search without text starts from, kept current as listings come and go instead of
 * being rebuilt by the first search after each change (at a million listings that rebuild took
 * half a second): the visible set (live and not past its last day), the landing counts (per
 * facet value, the visible listings holding it) and the newest-first order.
 *
 * A put or delete adjusts them by the one listing's values (Listings.put/delete call `added`
 * and `removed`); a new service day flips the listings whose last day it passes in one scan of
 * the expiry column. Nothing here is ever recounted from scratch once built.
 */
export class Derived {
  /** The listings shown on `today`; as long as `listings.live`. */
  visible: Bitset;
  /** Listings in `visible`. */
  total = 0;
  /** Per dimension, per value id: visible listings holding it (organisations: the column's id). */
  private readonly tallies: number[][];
  /** Newest first (created, then id, descending); may hold slots gone since, which walks skip. */
  private order: Uint32Array;
  /** Slots shown since `order` was built, newest first; replaced, never changed in place, so a walk that began keeps its list. */
  private recent: readonly number[] = [];
  /** The landing answer's facet lists, until a listing or the day changes. */
  private facetLists: FacetValue[][] | undefined;

  private constructor(
    private readonly listings: Listings,
    public today: number,
  ) {
    this.visible = listings.live.slice();
    const { expires } = listings;
    forEachSlot(listings.live, (slot) => {
      if (expires[slot]! < today) remove(this.visible, slot);
    });
    this.total = count(this.visible);
    // Counted a word at a time here, as a search counts; afterwards one listing at a time.
    this.tallies = listings.dimensions.map((dimension) => {
      const tally: number[] = new Array<number>(dimension.names.length).fill(0);
      if (dimension.spec.wide) {
        forEachSlot(this.visible, (slot) => {
          const id = dimension.column[slot]!;
          if (id >= 0) tally[id]!++;
        });
      } else dimension.sets.forEach((set, id) => (tally[id] = countAnd(set, this.visible)));
      return tally;
    });
    this.order = this.sorted();
  }

  /** The derived data of `listings` for `today`: built once, then only adjusted. */
  static of(listings: Listings, today: number): Derived {
    const derived = (listings.derived ??= new Derived(listings, today));
    if (derived.today !== today) derived.moveTo(today);
    return derived;
  }

  /** Built afresh from the columns, not kept: what the kept one must equal (tests, checks). */
  static recount(listings: Listings, today: number): Derived {
    return new Derived(listings, today);
  }

  /** A listing was put into `slot` (Listings.put, after writing every column). */
  added(slot: number): void {
    if (this.visible.length < this.listings.live.length) {
      const grown = new Uint32Array(this.listings.live.length);
      grown.set(this.visible);
      this.visible = grown;
    }
    if (this.listings.expires[slot]! < this.today) return;
    this.show(slot);
    this.insert(slot);
  }

  /** The listing in `slot` is gone (Listings.delete; its columns still hold its values). */
  removed(slot: number): void {
    if (has(this.visible, slot)) this.hide(slot);
  }

  /** The landing search's total and facet counts (no text, no filter), as countValues would count them. */
  landing(): { total: number; facets: FacetValue[][] } {
    this.facetLists ??= this.listings.dimensions.map((dimension, i) => topValues(dimension.names, this.tallies[i]!, dimension.spec.limit));
    return { total: this.total, facets: this.facetLists };
  }

  /** The first `keep` slots of `hits` (a subset of the visible set) newest first. */
  newest(hits: Bitset, keep: number): number[] {
    const { order, recent: added } = this;
    const slots: number[] = [];
    let i = 0;
    let j = 0;
    while (slots.length < keep && (i < order.length || j < added.length)) {
      const slot = j >= added.length || (i < order.length && this.newer(order[i]!, added[j]!)) ? order[i++]! : added[j++]!;
      if (has(hits, slot)) slots.push(slot);
    }
    return slots;
  }

  private show(slot: number): void {
    add(this.visible, slot);
    this.tally(slot, 1);
  }

  private hide(slot: number): void {
    remove(this.visible, slot);
    this.tally(slot, -1);
  }

  /** Adds `by` to the total and to the tally of each value the listing in `slot` holds. */
  private tally(slot: number, by: number): void {
    this.total += by;
    this.facetLists = undefined;
    this.listings.dimensions.forEach((dimension, i) => {
      const tally = this.tallies[i]!;
      if (dimension.spec.wide) {
        const id = dimension.column[slot]!;
        if (id >= 0) tally[id] = (tally[id] ?? 0) + by;
        return;
      }
      dimension.sets.forEach((set, id) => {
        if (has(set, slot)) tally[id] = (tally[id] ?? 0) + by;
      });
    });
  }

  /** Newest first, then the larger id first: the statement's `created_at DESC, id DESC`. */
  private newer(a: number, b: number): boolean {
    const { created, ids } = this.listings;
    if (created[a] !== created[b]) return created[a]! > created[b]!;
    return ids.compare(a, b) > 0;
  }

  /**
   * Puts a shown slot in the newest order: into the short list of recent ones, merged into the
   * long order (dropping slots gone since) when it grows past a small share of it, so a change
   * costs a short copy and the merge's linear cost is spread over many changes.
   */
  private insert(slot: number): void {
    const added = this.recent;
    let lo = 0;
    let hi = added.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.newer(added[mid]!, slot)) lo = mid + 1;
      else hi = mid;
    }
    this.recent = [...added.slice(0, lo), slot, ...added.slice(lo)];
    if (this.recent.length > Math.max(256, this.order.length >>> 6)) this.merge();
  }

  /**
   * A new array, so a walk under way keeps the old one. Slots gone since are dropped: a search
   * of a million listings that paused between phases while a batch large enough to merge was
   * applied may then miss a listing that batch removed on its page (a total of the version it
   * began at, a page walked at the newer one).
   */
  private merge(): void {
    const { order, recent: added, visible } = this;
    const merged = new Uint32Array(order.length + added.length);
    let n = 0;
    let i = 0;
    let j = 0;
    while (i < order.length || j < added.length) {
      const slot = j >= added.length || (i < order.length && this.newer(order[i]!, added[j]!)) ? order[i++]! : added[j++]!;
      if (has(visible, slot)) merged[n++] = slot;
    }
    this.order = merged.slice(0, n);
    this.recent = [];
  }

  /**
   * A new service day (or a clock set back, as tests do): listings whose last day lies between
   * the two days change sides; one pass over the live listings' expiry column finds them.
   */
  private moveTo(today: number): void {
    const { expires } = this.listings;
    const hidden: number[] = [];
    forEachSlot(this.listings.live, (slot) => {
      const shown = expires[slot]! >= today;
      if (shown === has(this.visible, slot)) return;
      if (shown) hidden.push(slot);
      else this.hide(slot);
    });
    this.today = today;
    if (hidden.length === 0) return;
    // Only a day set back shows listings again; some may still stand in the order, so it is rebuilt.
    for (const slot of hidden) this.show(slot);
    this.order = this.sorted();
    this.recent = [];
  }

  /** The visible slots, newest first. */
  private sorted(): Uint32Array {
    const slots: number[] = [];
    forEachSlot(this.visible, (slot) => slots.push(slot));
    return Uint32Array.from(slots.sort((a, b) => (this.newer(a, b) ? -1 : this.newer(b, a) ? 1 : 0)));
  }
}
