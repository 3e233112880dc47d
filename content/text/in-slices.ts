// Long work split into slices that give the main thread back between them, so that no task of ours
// keeps the reader from scrolling, typing or seeing a frame for long, whatever the page's size.

/** Longest stretch of work before the main thread is given back. */
export const DEFAULT_SLICE_MS = 8;

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/** Resolves in a later task, after whatever input and rendering the browser has waiting. */
export function nextTask(): Promise<void> {
  // `scheduler.yield` (Chromium 129, Firefox 142) resumes ahead of other queued tasks and without
  // the 4 ms that nested timers wait from the fifth on; a timer does the same elsewhere, more slowly.
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}

/**
 * Calls `step` until it returns false, in slices of about `sliceMs` that each start in a task of
 * their own (the first one too: the caller's task is already spent); `paused` hears each time a
 * slice ends with work left. Resolves true when the work is done, false when `signal` aborted
 * first: then `step` is not called again.
 */
export async function runInSlices(
  step: () => boolean,
  signal: AbortSignal,
  sliceMs = DEFAULT_SLICE_MS,
  paused?: () => void,
): Promise<boolean> {
  for (;;) {
    await nextTask();
    if (signal.aborted) return false;
    const until = performance.now() + sliceMs;
    do {
      if (!step()) return true;
    } while (!signal.aborted && performance.now() < until);
    if (signal.aborted) return false;
    paused?.();
  }
}

/**
 * Work written as a generator that yields wherever it may pause (every few dozen elements of a
 * loop): the same code then runs in one go, for tools and tests, or in slices, for a page.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end in the caller's task and returns what they return. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs `steps` in slices (see runInSlices); resolves to what they return, or null when `signal` aborted first. */
export async function stepsInSlices<T>(
  steps: Steps<T>,
  signal: AbortSignal,
  sliceMs = DEFAULT_SLICE_MS,
): Promise<T | null> {
  let last: IteratorResult<void, T> | undefined;
  const step = () => {
    last = steps.next();
    return !last.done;
  };
  const finished = await runInSlices(step, signal, sliceMs);
  return finished && last?.done ? last.value : null;
}
