import { afterEach, describe, expect, it, vi } from 'vitest';
import { followAnchor } from '@/components/overlay/follow-anchor';

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
async function frames(count: number) {
  for (let i = 0; i < count; i += 1) await nextFrame();
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('followAnchor', () => {
  it('re-places an open card when its anchor moves without any event, and stops when closed', async () => {
    const anchor = document.createElement('span');
    const card = document.createElement('div');
    document.body.append(anchor, card);
    let top = 100;
    anchor.getBoundingClientRect = () => new DOMRect(10, top, 50, 20);
    const update = vi.fn();
    const stop = followAnchor(anchor, card, update);
    await frames(3);
    const placedAtOpen = update.mock.calls.length;
    expect(placedAtOpen).toBeGreaterThanOrEqual(1);

    top = 140; // content inserted above the term
    await frames(3);
    expect(update).toHaveBeenCalledTimes(placedAtOpen + 1);

    stop();
    top = 200;
    await frames(3);
    expect(update).toHaveBeenCalledTimes(placedAtOpen + 1);
  });

  it('re-places it when the page or a scroll box scrolls, once a frame, until closed', async () => {
    const card = document.createElement('div');
    document.body.append(card);
    const update = vi.fn();
    const stop = followAnchor(null, card, update);
    await frames(2);
    const calls = update.mock.calls.length;
    document.body.dispatchEvent(new Event('scroll'));
    document.body.dispatchEvent(new Event('scroll'));
    await frames(2);
    expect(update).toHaveBeenCalledTimes(calls + 1);
    stop();
    document.body.dispatchEvent(new Event('scroll'));
    await frames(2);
    expect(update).toHaveBeenCalledTimes(calls + 1);
  });
});
