import { describe, expect, it } from 'vitest';
import { oncePerFrame } from '@/content/overlay/overlay-triggers';

/** A window whose frames run only when the test says so. */
function fakeView() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const view = {
    requestAnimationFrame(callback: () => void) {
      pending.set(next, callback);
      return next++;
    },
    cancelAnimationFrame(id: number) {
      pending.delete(id);
    },
  } as unknown as Window;
  const frame = () => {
    const due = [...pending.values()];
    pending.clear();
    for (const callback of due) callback();
  };
  return { view, frame, pending };
}

describe('oncePerFrame', () => {
  it('runs the work once in the next frame however often it is asked for', () => {
    const { view, frame } = fakeView();
    let runs = 0;
    const soon = oncePerFrame(view, () => runs++, new AbortController().signal);
    soon();
    soon();
    soon();
    expect(runs).toBe(0);
    frame();
    expect(runs).toBe(1);
    soon();
    frame();
    expect(runs).toBe(2);
  });

  it('drops a pending frame when the signal aborts, and schedules nothing afterwards', () => {
    const { view, frame, pending } = fakeView();
    const abort = new AbortController();
    let runs = 0;
    const soon = oncePerFrame(view, () => runs++, abort.signal);
    soon();
    abort.abort();
    expect(pending.size).toBe(0);
    soon();
    frame();
    expect(runs).toBe(0);
  });

  it('runs at once where there are no frames', () => {
    let runs = 0;
    const soon = oncePerFrame(null, () => runs++, new AbortController().signal);
    soon();
    expect(runs).toBe(1);
  });
});
