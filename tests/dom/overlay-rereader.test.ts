import { beforeEach, describe, expect, it, vi } from 'vitest';
import { modulePageReader } from '@/content/gate/page-reader';
import { rereader } from '@/content/overlay/overlay-reading';
import type { PageReading } from '@/content/types';
import { loadFixture } from './overlay-page';

beforeEach(() => loadFixture('is-article-en.html'));

describe('reading the page again after a change', () => {
  it('reads the live page in slices, as the gate does, and gives the same reading', async () => {
    const steps = vi.spyOn(modulePageReader, 'readPageSteps');
    const fresh = await rereader(document, modulePageReader, new AbortController().signal)();
    expect(steps).toHaveBeenCalledOnce();
    expect(fresh?.paragraphs).toEqual(modulePageReader.readPage(document).paragraphs);
    steps.mockRestore();
  });

  it('drops a reading under way when the page changes again: only the newest answers', async () => {
    const readAgain = rereader(document, modulePageReader, new AbortController().signal);
    const older = readAgain();
    const newer = readAgain();
    expect(await older).toBeNull();
    expect((await newer)?.paragraphs.length).toBeGreaterThan(0);
  });

  it('answers null once the overlay stops, even for a reading under way', async () => {
    const stop = new AbortController();
    const readAgain = rereader(document, modulePageReader, stop.signal);
    const pending = readAgain();
    stop.abort();
    expect(await pending).toBeNull();
    expect(await readAgain()).toBeNull();
  });

  it('never reads in one go: a reader whose steps pause lets other tasks run in between', async () => {
    const order: string[] = [];
    const reader = {
      ...modulePageReader,
      *readPageSteps(doc: Document) {
        order.push('first step');
        yield;
        // Only a slice that ended gives the timer below its turn.
        for (const until = performance.now() + 20; performance.now() < until; ) yield;
        order.push('last step');
        return modulePageReader.readPage(doc) as PageReading;
      },
    };
    const pending = rereader(document, reader, new AbortController().signal)();
    setTimeout(() => order.push('other task'), 0);
    await pending;
    expect(order).toEqual(['first step', 'other task', 'last step']);
  });
});
