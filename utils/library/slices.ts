/**
 * Long work on a page's main thread in slices: a generator that yields between small steps is run
 * until a slice has taken its budget, then the thread is given back so the page can draw and
 * answer input, and the work goes on in the next task.
 */

/** Gives the main thread back: `scheduler.yield()` where there is one, else {@link nextTask}. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextTask();
}

/**
 * Resolves in a new task. A message to oneself rather than `setTimeout(0)`, which browsers hold
 * back at least 4 ms once timeouts nest 5 deep: 100 chunks would wait 400 ms for nothing.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Runs `steps` to its end and resolves with what it returns, calling `yieldNow` whenever a slice
 * has run for `budgetMs` (by `now`). A step's own length is not cut: steps must be short.
 */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  options: { budgetMs?: number; yieldNow?: () => Promise<void>; now?: () => number } = {},
): Promise<T> {
  const { budgetMs = 8, yieldNow = yieldToMain, now = () => performance.now() } = options;
  let sliceStart = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - sliceStart >= budgetMs) {
      await yieldNow();
      sliceStart = now();
    }
  }
}
