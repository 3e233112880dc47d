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
 * least `minMs` of timed work or `maxRuns` runs (each after a rendered frame when `cold`). Returns the mean per warm run, the longest single
 * run, warm-up included (for asynchronous operations: the longest of their synchronous starts and of
 * the long tasks seen meanwhile), and the run count.
 */
export async function timeOperation(operation, { minMs = 4, cold = false, maxRuns = cold ? 12 : 30 } = {}) {
  let total = 0;
  let longest = 0;
  // The synchronous start of an asynchronous operation is one task of ours, but when a DevTools
  // evaluation runs it (as the bench does) no `longtask` entry reports it: it is timed here.
  let longestStart = 0;
  let runs = 0;
  let isAsync = false;
  let warmingUp = true;
  const spans = [];
  while (runs < maxRuns && (runs === 0 || total < minMs)) {
    // Cold: every operation, ours and the references alike, starts in a task of its own on a page
    // that has just been rendered, as a content script meets a page. Warm: back to back.
    if (cold) await afterNextFrame();
    const start = performance.now();
    let result = operation();
    if (result && typeof result.then === 'function') {
      isAsync = true;
      longestStart = Math.max(longestStart, performance.now() - start);
      result = await result;
    }
    const elapsed = performance.now() - start;
    spans.push([start, start + elapsed]);
    longest = Math.max(longest, elapsed);
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
  if (isAsync) {
    // Let the observer deliver entries of the last slices before reading them.
    await new Promise((done) => setTimeout(done, 0));
    longest = Math.max(longestStart, longestTaskDuring(spans));
  }
  return { ms: total / runs, longest, runs, async: isAsync, sink };
}
