import { describe, expect, it } from 'vitest';
import { finishSteps, runInSlices, type Steps, stepsInSlices } from '@/content/text/in-slices';

/** A step that does `steps` units of work, one per call, and says whether any is left. */
function work(steps: number, log: string[] = []) {
  let done = 0;
  return {
    log,
    get done() {
      return done;
    },
    step: () => {
      log.push('work');
      done += 1;
      return done < steps;
    },
  };
}

describe('runInSlices', () => {
  it('starts in a later task, then does all the work and resolves true', async () => {
    const job = work(5);
    const finished = runInSlices(job.step, new AbortController().signal);
    expect(job.done).toBe(0);
    await expect(finished).resolves.toBe(true);
    expect(job.done).toBe(5);
  });

  it('gives the main thread back once a slice has run its time', async () => {
    // Other tasks queued meanwhile (here a chain of timers) run between slices of no time at all.
    const job = work(4);
    const finished = runInSlices(job.step, new AbortController().signal, 0);
    let over = false;
    const other = () => {
      job.log.push('other');
      if (!over) setTimeout(other, 0);
    };
    setTimeout(other, 0);
    await expect(finished).resolves.toBe(true);
    over = true;
    expect(job.done).toBe(4);
    expect(job.log.join(' ')).not.toContain('work work');
  });

  it('keeps going within a slice while it has time', async () => {
    const job = work(50);
    const finished = runInSlices(job.step, new AbortController().signal, 10_000);
    const other: string[] = [];
    setTimeout(() => other.push('other'), 0);
    await finished;
    // All of it in the first slice: the task queued right after it has not run yet.
    expect(job.done).toBe(50);
    expect(other).toEqual([]);
  });

  it('stops when its signal aborts, within a slice too, and resolves false', async () => {
    const abort = new AbortController();
    const job = work(10);
    const finished = runInSlices(
      () => {
        if (job.done === 1) abort.abort();
        return job.step();
      },
      abort.signal,
      10_000,
    );
    await expect(finished).resolves.toBe(false);
    expect(job.done).toBe(2);
  });

  it('never starts work whose signal aborted before its first slice', async () => {
    const abort = new AbortController();
    const job = work(3);
    const finished = runInSlices(job.step, abort.signal);
    abort.abort();
    await expect(finished).resolves.toBe(false);
    expect(job.done).toBe(0);
  });
});

/** Counts to `n`, pausing after each number; returns the numbers seen. */
function* counting(n: number, seen: string[]): Steps<number[]> {
  const numbers: number[] = [];
  for (let i = 1; i <= n; i++) {
    numbers.push(i);
    seen.push(`step ${i}`);
    yield;
  }
  return numbers;
}

describe('work written in steps', () => {
  it('runs to the end in one go', () => {
    expect(finishSteps(counting(3, []))).toEqual([1, 2, 3]);
  });

  it('runs in slices that let other tasks in, and resolves to what the steps return', async () => {
    const seen: string[] = [];
    let over = false;
    const other = () => {
      seen.push('other');
      if (!over) setTimeout(other, 0);
    };
    setTimeout(other, 0);
    const result = await stepsInSlices(counting(3, seen), new AbortController().signal, 0);
    over = true;
    expect(result).toEqual([1, 2, 3]);
    expect(seen.join(' ')).toMatch(/step 1 other.*step 2 other.*step 3/);
  });

  it('resolves null, and takes no further step, when its signal aborts', async () => {
    const seen: string[] = [];
    const abort = new AbortController();
    const pending = stepsInSlices(counting(5, seen), abort.signal, 0);
    setTimeout(() => abort.abort(), 0);
    await expect(pending).resolves.toBeNull();
    expect(seen.length).toBeLessThan(5);
  });
});
