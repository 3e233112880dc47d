import { describe, expect, it } from 'vitest';
import { runInSlices } from '@/content/text/in-slices';

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
