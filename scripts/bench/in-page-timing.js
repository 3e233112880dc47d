// In-page timing: each operation is timed alone and repeated until the sum is long enough to rise
// well above the timer's resolution; its clean-up runs outside the timed part.

let sink = 0;

/** Keeps results observable so that the engine cannot drop the work that produced them. */
function consume(result) {
  if (typeof result === 'number') sink = (sink + result) | 0;
  else if (result && typeof result === 'object') sink = (sink + 1) | 0;
}

const longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, ms: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: per-iteration timing still bounds synchronous work.
}

/**
 * The longest `longtask` entry (> 50 ms by definition) that overlaps one of the timed `spans`, or 0.
 * Clean-ups and the frames awaited between runs are not our operation's work.
 */
export function longestTaskDuring(spans) {
  let longest = 0;
  for (const task of longTasks) {
    const overlaps = spans.some(([from, to]) => task.start < to && task.start + task.ms > from);
    if (overlaps) longest = Math.max(longest, task.ms);
  }
  return longest;
}

/**
 * Resolves after the browser has rendered a frame: a run that changed the page (and cleaned up) leaves
 * style and layout to recompute, and the next run should start, like a content script at
 * document_idle, on a page that is already laid out.
 */
export const afterNextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

// A first run shorter than this is a warm-up (DOM wrappers created, code compiled) and is not counted;
// a longer one is counted, its one-off share being small.
const WARM_UP_BELOW_MS = 50;

/**
 * Runs `operation` (which returns a clean-up function, a value, or a promise of either) until at
 * least `minMs` of timed work or `maxRuns` runs (each after a rendered frame when `cold`). Returns the
 * mean per warm run and the run count. Its tasks are not timed here: an asynchronous operation runs
 * here with its yields turned into microtasks (in-page.js); see `timeSlices`.
 */
export async function timeOperation(operation, { minMs = 4, cold = false, maxRuns = cold ? 12 : 30 } = {}) {
  let total = 0;
  let runs = 0;
  let warmingUp = true;
  while (runs < maxRuns && (runs === 0 || total < minMs)) {
    // Cold: every operation, ours and the references alike, starts in a task of its own on a page
    // that has just been rendered, as a content script meets a page. Warm: back to back.
    if (cold) await afterNextFrame();
    const start = performance.now();
    const returned = operation();
    const result = returned && typeof returned.then === 'function' ? await returned : returned;
    const elapsed = performance.now() - start;
    if (typeof result === 'function') {
      await result();
      // The page this run changed is rendered again before the next run: no run pays for another.
      if (!cold) await afterNextFrame();
    } else consume(result);
    if (warmingUp && elapsed < WARM_UP_BELOW_MS) {
      warmingUp = false;
      continue;
    }
    warmingUp = false;
    total += elapsed;
    runs += 1;
  }
  return { ms: total / runs, runs, sink };
}

/**
 * Runs `operation`, which gives the main thread back through `scheduler.yield` (content/text/in-slices.ts),
 * with the browser's own yields, and times each stretch of it between two yields: the tasks it runs
 * in, its synchronous start included. Resolves to { result, ms, longest }. A stretch that ends in a
 * wait of another kind (a frame) counts the wait too, so `longest` can only be too high.
 */
export async function timeSlices(operation) {
  const scheduler = globalThis.scheduler;
  const browserYield = scheduler?.yield;
  const start = performance.now();
  let stretchStart = start;
  let longest = 0;
  const close = () => {
    longest = Math.max(longest, performance.now() - stretchStart);
  };
  if (typeof browserYield === 'function') {
    scheduler.yield = () => {
      close();
      return browserYield.call(scheduler).then(() => {
        stretchStart = performance.now();
      });
    };
  }
  try {
    const result = await operation();
    close();
    return { result, ms: performance.now() - start, longest };
  } finally {
    if (typeof browserYield === 'function') Reflect.deleteProperty(scheduler, 'yield');
  }
}
