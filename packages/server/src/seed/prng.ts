/**
 * A small seeded random source (mulberry32: 32-bit state, period 2^32, good enough for demo
 * data and fast). The same seed gives the same sequence on every platform, which is what
 * makes the demo data reproducible.
 */
export interface Random {
  /** A uniform integer in [0, 2^32). */
  uint32(): number;
  /** A uniform number in [0, 1). */
  next(): number;
  /** A uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` different items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A random UUID in version 4 format. */
  uuid(): string;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => uint32() / 4294967296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    uint32,
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = items.slice();
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, n);
    },
    uuid(): string {
      const hex = (n: number) => n.toString(16).padStart(8, '0');
      const a = hex(uint32());
      const b = hex(((uint32() & 0xffff0fff) | 0x00004000) >>> 0);
      const c = hex(((uint32() & 0x3fffffff) | 0x80000000) >>> 0);
      const d = hex(uint32());
      return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
    },
  };
}

/** Picks items in proportion to their weights, in O(log n) per pick. */
export function weightedPicker<T>(items: readonly T[], weights: readonly number[]): (random: Random) => T {
  if (items.length === 0 || items.length !== weights.length) throw new RangeError('weights must match items');
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) {
    if (!(weight >= 0)) throw new RangeError('weights must not be negative');
    total += weight;
    cumulative.push(total);
  }
  if (!(total > 0)) throw new RangeError('weights must not all be zero');
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] ?? 0) <= target) low = mid + 1;
      else high = mid;
    }
    return items[low] as T;
  };
}

/** A picker over a record of weights, e.g. `{ onsite: 8, remote: 1 }`. */
export function weightedKeys<K extends string>(weights: Partial<Record<K, number>>): (random: Random) => K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  return weightedPicker(
    entries.map(([key]) => key),
    entries.map(([, weight]) => weight),
  );
}
