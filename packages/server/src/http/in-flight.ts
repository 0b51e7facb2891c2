/**
 * The requests the server has not finished with, so that shutdown can wait for them. Fastify's
 * close() waits for connections, not for work: a request whose client went away has no
 * connection left, yet its handler runs on (Fastify neither stops it nor fires onResponse for
 * it), and it would meet a database that was closed under it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { setImmediate as nextTurn } from 'node:timers/promises';

type Step<T> = (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) => T;

export interface RequestsInFlight {
  /**
   * Wraps a handler or hook that does work (uses the database), so that work counts until it
   * settles: also after its client went away, and after the handler timeout answered for it.
   */
  work<T>(step: Step<T | PromiseLike<T>>): Step<Promise<T>>;
  /** Resolves true once nothing runs any more, or false when `graceMs` passed first. */
  settled(graceMs: number): Promise<boolean>;
}

/** Registers the hook that follows each request; call before any other `onRequest` hook. */
export function trackRequests(app: FastifyInstance): RequestsInFlight {
  const running = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    running.add(work);
    const forget = () => void running.delete(work);
    work.then(forget, forget);
    return work;
  };

  // Each request counts until its response is written out, or cut off with its connection. A
  // request whose client went away counts on only through the work (`work`) it still does.
  app.addHook('onRequest', async (_request, reply) => {
    void track(new Promise<void>((resolve) => reply.raw.once('close', resolve)));
  });

  return {
    work<T>(step: Step<T | PromiseLike<T>>): Step<Promise<T>> {
      return function counted(request, reply) {
        // Started at once, as Fastify would; a synchronous throw becomes a rejection.
        return track(new Promise<T>((resolve) => resolve(step.call(this, request, reply))));
      };
    },
    async settled(graceMs) {
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
      const drained = async () => {
        // Work that starts meanwhile (a request on a connection that was already open) counts
        // too. The extra turn lets a request whose client left step from a finished hook into
        // its handler (promise callbacks only) before nothing-running is believed.
        do {
          while (running.size > 0) await Promise.allSettled([...running]);
          await nextTurn();
        } while (running.size > 0);
        return true;
      };
      try {
        return await Promise.race([drained(), graceOver]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
