import pLimit from 'p-limit';

/**
 * Large searches (those that give the event loop back between their phases, query.ts) take turns,
 * in the order they arrive. Interleaved, fifty of them each held their own bitsets and per-slot
 * arrays (megabytes each at a million listings) and the garbage collector worked beside them:
 * at 50 connections a million-listing server answered fewer text searches a second than at
 * one (55 against 80) on 1.5–1.7 cores. In turns they share one set of scratch, and each is
 * done as soon as it would be alone. The one whose turn it is still pauses between phases, so
 * what is not a large search (the landing search, health, cards, postings) is not held up.
 */
const large = pLimit(1);

/** Runs `search` once every large search that asked before it has ended. */
export function inTurn<T>(search: () => Promise<T>): Promise<T> {
  return large(search);
}

/**
 * The other searches take turns as well, among themselves. They never pause, but their phases
 * still await one another, and searches the same version read let go together interleaved at
 * those awaits: each released the shared bitsets and score array another was still using, so
 * one search could answer with another's ranking. In turns each runs to its end at once.
 */
const quick = pLimit(1);

/** Runs `search` once every quick search that asked before it has ended. */
export function quickInTurn<T>(search: () => Promise<T>): Promise<T> {
  return quick(search);
}

/** Large searches running or waiting for their turn (tests). */
export function largeSearchesWaiting(): number {
  return large.activeCount + large.pendingCount;
}
