import { describe, expect, it } from 'vitest';
import { detect, detectSteps } from '@/content/detect/detect';
import { runGate, runGateInSlices } from '@/content/gate/gate';
import { readPage, readPageSteps } from '@/content/read/read-page';
import { BLOCKS_PER_STEP } from '@/content/read/read-page-score';
import type { Steps } from '@/content/text/in-slices';
import { fixture, parse } from '../fixtures/detect/load';

const FIXTURES = ['pos-en.html', 'pos-ar.html', 'pos-de.html', 'passing-sidebar.html', 'section-front.html'];
const running = () => new AbortController().signal;

/** A long article: `n` paragraphs that name the group now and then, in a page with a menu. */
function longPage(n: number): Document {
  const paragraphs = Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i}: ${i % 7 ? 'the offensive went on, street by street, for weeks' : 'Islamic State fighters, the army said, held the old city'}.</p>`,
  ).join('');
  return parse(
    `<html lang="en"><head><title>Islamic State loses Mosul</title></head><body><nav><a href="/">Home</a></nav><h1>Islamic State loses Mosul</h1><article>${paragraphs}</article></body></html>`,
  );
}

/** Runs `steps` to the end and counts the points where they may pause. */
function pauses<T>(steps: Steps<T>): { value: T; pauses: number } {
  let count = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses: count };
    count += 1;
  }
}

describe('the gate in slices', () => {
  it.each(FIXTURES)('finds on %s exactly what the one-go run finds', async (name) => {
    const sliced = await runGateInSlices(fixture(name), 'normal', {}, running());
    const whole = runGate(fixture(name), 'normal');
    expect(sliced?.detection).toEqual(whole.detection);
    expect(sliced?.reading?.paragraphs.map((p) => p.textContent)).toEqual(
      whole.reading?.paragraphs.map((p) => p.textContent),
    );
  });

  it('can pause every few dozen blocks and paragraphs on a long page, and reads it the same', () => {
    const doc = longPage(2000);
    const reading = pauses(readPageSteps(doc));
    expect(reading.pauses).toBeGreaterThanOrEqual((2 * 2000) / BLOCKS_PER_STEP);
    expect(reading.value.paragraphs).toEqual(readPage(doc).paragraphs);
    const detection = pauses(detectSteps(reading.value, 'normal'));
    expect(detection.pauses).toBeGreaterThanOrEqual(2000 / 16);
    expect(detection.value).toEqual(detect(reading.value, 'normal'));
    expect(detection.value.about).toBe(true);
  });

  it('lets the page run between its slices on a long page', async () => {
    const doc = longPage(3000);
    let ticks = 0;
    let reading = true;
    const tick = () => {
      ticks += 1;
      if (reading) setTimeout(tick, 0);
    };
    // Queued after the reading's first slice: it runs only if the reading gives the thread back.
    const pending = runGateInSlices(doc, 'normal', { candidate: true }, running());
    setTimeout(tick, 0);
    const found = await pending;
    reading = false;
    expect(found?.detection.about).toBe(true);
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops, resolving null, when its signal aborts', async () => {
    const abort = new AbortController();
    const pending = runGateInSlices(longPage(3000), 'normal', { candidate: true }, abort.signal);
    abort.abort();
    await expect(pending).resolves.toBeNull();
  });
});
