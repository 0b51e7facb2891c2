/**
 * Work that must happen however the benchmark ends (servers stopped, throwaway databases
 * deleted): run in reverse order on a normal end, on an error, and on Ctrl-C.
 */
type Cleanup = () => void | Promise<void>;

const pending: Cleanup[] = [];

/** Registers `fn`; the returned function runs it now (once) and unregisters it. */
export function deferCleanup(fn: Cleanup): () => Promise<void> {
  pending.push(fn);
  return async () => {
    const index = pending.indexOf(fn);
    if (index === -1) return;
    pending.splice(index, 1);
    await fn();
  };
}

export async function runCleanups(): Promise<void> {
  while (pending.length > 0) {
    const fn = pending.pop()!;
    try {
      await fn();
    } catch (error) {
      console.error(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** On Ctrl-C or SIGTERM: run the cleanups, then exit (130 or 143). Call once, from the entry. */
export function cleanUpOnSignals(): void {
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n${signal}: stopping servers and removing temporary databases …`);
      void runCleanups().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}
