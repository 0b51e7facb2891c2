/**
 * Resolves in a task queued now, for browser tests that check what one task did: a message task,
 * not a timer, so it is neither clamped nor reordered. It runs after the current task and its
 * microtasks.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}
