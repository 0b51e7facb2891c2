/**
 * The time scheduled work runs by. The server uses the system clock; tests pass a clock they
 * move forward, so "14 days later" takes no waiting. Work compares its own timestamps with
 * this clock (passed to SQL as a parameter), never with the database's now().
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that runs with the system clock, shifted by however far it was advanced. */
export class AdjustableClock implements Clock {
  #offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  advance(ms: number): void {
    this.#offsetMs += ms;
  }

  advanceDays(days: number): void {
    this.advance(days * 24 * 60 * 60 * 1000);
  }
}
