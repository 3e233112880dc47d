import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type OpenVia, type TermHit, watchHover } from '@/content/overlay/overlay-hover';

let abort: AbortController;
let active: { termId: string; via: OpenVia } | null;
let opened: { termId: string; via: OpenVia }[];
let hitAt: (x: number) => TermHit | null;
const range = document.createRange();
const ui = document.createElement('context-margin');

beforeEach(() => {
  vi.useFakeTimers();
  abort = new AbortController();
  active = null;
  opened = [];
  // A term lies between x = 100 and x = 200.
  hitAt = (x) => (x >= 100 && x <= 200 ? { termId: 'libya', range } : null);
  document.documentElement.append(ui);
  watchHover({
    doc: document,
    signal: abort.signal,
    termAt: (x) => hitAt(x),
    isInsideUi: (event) => event.composedPath().includes(ui),
    active: () => active,
    open: (hit, via) => {
      active = { termId: hit.termId, via };
      opened.push(active);
    },
    close: () => {
      active = null;
    },
  });
});
afterEach(() => {
  abort.abort();
  ui.remove();
  vi.useRealTimers();
});

const move = (x: number, target: EventTarget = document.body) => {
  target.dispatchEvent(
    new MouseEvent('mousemove', {
      clientX: x,
      clientY: 10,
      bubbles: true,
      composed: true,
    }),
  );
  vi.advanceTimersByTime(20); // one animation frame
};

describe('watchHover', () => {
  it('opens after the reader rests on a term, not on a pass over it', () => {
    move(150);
    vi.advanceTimersByTime(100);
    move(300);
    vi.advanceTimersByTime(500);
    expect(opened).toEqual([]);
    move(150);
    vi.advanceTimersByTime(350);
    expect(opened).toEqual([{ termId: 'libya', via: 'hover' }]);
  });

  it('stays open while the pointer is on the card, and closes after leaving both', () => {
    move(150);
    vi.advanceTimersByTime(350);
    move(300);
    move(0, ui);
    vi.advanceTimersByTime(1000);
    expect(active).not.toBeNull();
    move(400);
    vi.advanceTimersByTime(300);
    expect(active).toBeNull();
  });

  it('opens at once on a tap or click and closes on a tap elsewhere or Escape', () => {
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 120, clientY: 10, bubbles: true }));
    expect(opened).toEqual([{ termId: 'libya', via: 'tap' }]);
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 500, clientY: 10, bubbles: true }));
    expect(active).toBeNull();
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 120, clientY: 10, bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(active).toBeNull();
  });

  it('stops listening when its signal aborts', () => {
    abort.abort();
    move(150);
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
  });
});
