import { describe, expect, it } from 'vitest';
import { segmentsOf } from '@/content/text/range-segments';
import { collectRuns, nodePosition } from '@/content/text/text-runs';

// Firefox copies a text node's whole string on every read of `data`: on a page with one 5 MB
// paragraph, a read per match froze the tab for a minute. Per-match work must not read it.
function countingDataReads(text: Text): { reads: number } {
  const counter = { reads: 0 };
  const proto = Object.getPrototypeOf(text);
  const descriptor =
    Object.getOwnPropertyDescriptor(proto, 'data') ??
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(proto), 'data');
  Object.defineProperty(text, 'data', {
    configurable: true,
    get() {
      counter.reads++;
      return descriptor?.get?.call(this);
    },
  });
  return counter;
}

describe('per-match text work on huge text nodes', () => {
  it('nodePosition finds positions without reading the node’s data', () => {
    document.body.innerHTML = '<p>Islamic State fighters left Raqqa. Islamic State fighters left Mosul.</p>';
    const paragraph = document.querySelector('p') as HTMLElement;
    const [run] = collectRuns(paragraph, {});
    const counter = countingDataReads(paragraph.firstChild as Text);
    for (let offset = 0; offset < 60; offset += 3) nodePosition(run as never, offset, offset % 2 === 0);
    expect(counter.reads).toBe(0);
  });

  it('segmentsOf still trims a range’s white space, read one character at a time', () => {
    document.body.innerHTML = '<p>  Raqqa  and Mosul</p>';
    const text = (document.querySelector('p') as HTMLElement).firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 9);
    const out = new Map();
    segmentsOf(range, 'raqqa', 0, out);
    expect(out.get(text)).toEqual([{ start: 2, end: 7, termId: 'raqqa', match: 0 }]);
  });
});
