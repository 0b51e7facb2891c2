import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Cards rendered in the update that brings an answer: a phone's first screenful (390 px: three
 * cards under the search field). Each card rendered there lengthens the task that paints the
 * answer, on a slow phone by several milliseconds; the cards below the fold come a frame later.
 */
export const FIRST_BATCH = 3;
/** Cards added per later task, each after the browser painted the one before. */
export const BATCH = 6;
/** How long a batch waits for a frame at most: hidden tabs run no animation frames. */
const FRAME_WAIT_MS = 100;

/**
 * Renders a long result list in batches, so no single task creates and lays out 50 cards (on a
 * slow phone that is a task of several hundred milliseconds, and typing or scrolling waits for
 * it). The first batch comes with the answer; each further one runs in its own task after the
 * previous batch was painted. Until its batch comes, a card's place holds a placeholder of card
 * size, so the list's height is right from the start and nothing below it moves.
 *
 * A new list (a newer answer) starts over and drops the batches still due for the old one.
 * `pending` is set while batches are due; the host's `updateComplete` waits for it, so "updated"
 * still means every card is there.
 */
export class CardBatches implements ReactiveController {
  #list: object | undefined;
  #shown = 0;
  #total = 0;
  #scheduled = false;
  #generation = 0;
  #pending: { promise: Promise<void>; resolve: () => void } | undefined;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Settles when the cards of the current list are all rendered; undefined when they are. */
  get pending(): Promise<void> | undefined {
    return this.#pending?.promise;
  }

  /** How many items of `list` (of `total`) to render in this update; no list, no cards. */
  shown(list: object | undefined, total: number): number {
    if (list !== this.#list) {
      this.#list = list;
      this.#generation++;
      this.#scheduled = false;
      this.#shown = Math.min(FIRST_BATCH, total);
    }
    this.#total = list === undefined ? 0 : total;
    if (this.#shown < this.#total && this.#pending === undefined) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.#pending = { promise, resolve };
    }
    return this.#shown;
  }

  hostUpdated(): void {
    if (this.#shown >= this.#total) {
      this.#settle();
      return;
    }
    if (this.#scheduled) return;
    this.#scheduled = true;
    const generation = this.#generation;
    let ran = false;
    const next = () => {
      if (ran) return;
      ran = true;
      if (generation !== this.#generation) return;
      this.#scheduled = false;
      this.#shown = Math.min(this.#shown + BATCH, this.#total);
      this.#host.requestUpdate();
    };
    // After the next frame (so the batch before is painted), in a task of its own.
    requestAnimationFrame(() => setTimeout(next, 0));
    setTimeout(next, FRAME_WAIT_MS);
  }

  hostDisconnected(): void {
    // Batches due are dropped; a reconnected host renders the list afresh.
    this.#list = undefined;
    this.#generation++;
    this.#scheduled = false;
    this.#settle();
  }

  #settle(): void {
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.resolve();
  }
}
