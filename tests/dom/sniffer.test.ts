import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasCandidate } from '@/content/sniff/cheap-stage';
import {
  LATE_CONTENT_MS,
  LOCATION_POLL_MS,
  NAVIGATION_SETTLE_MS,
  startSniffer,
} from '@/content/sniff/sniffer';

let abort: AbortController;
let wakes: number;
const wake = () => {
  wakes += 1;
};

beforeEach(() => {
  vi.useFakeTimers();
  abort = new AbortController();
  wakes = 0;
  document.title = 'Weather for the weekend';
  document.body.innerHTML = '<article><h1>Sunny spells</h1><p>Light winds and warm afternoons.</p></article>';
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

describe('startSniffer', () => {
  it('wakes the gate at once on a page that names the group, and only once', () => {
    document.title = 'Islamic State claims the attack';
    startSniffer({ doc: document, hasCandidate, wake }, abort.signal);
    expect(wakes).toBe(1);
    vi.advanceTimersByTime(LATE_CONTENT_MS * 4);
    expect(wakes).toBe(1);
  });

  it('leaves a page that does not name the group alone, however long it stays open', () => {
    const look = vi.fn(hasCandidate);
    startSniffer({ doc: document, hasCandidate: look, wake }, abort.signal);
    vi.advanceTimersByTime(60_000);
    expect(wakes).toBe(0);
    // The first look and the one for late content: the URL never changed.
    expect(look).toHaveBeenCalledTimes(2);
  });

  it('looks again for an article rendered after the first look', () => {
    startSniffer({ doc: document, hasCandidate, wake }, abort.signal);
    const p = document.createElement('p');
    p.textContent = 'Fighters of the Islamic State were driven from the town.';
    document.querySelector('article')?.prepend(p);
    vi.advanceTimersByTime(LATE_CONTENT_MS - 1);
    expect(wakes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(wakes).toBe(1);
  });

  it('looks again after an in-page navigation, once the new page has settled', () => {
    startSniffer({ doc: document, hasCandidate, wake }, abort.signal);
    vi.advanceTimersByTime(LATE_CONTENT_MS);
    history.pushState(null, '', '/world/isis-raqqa');
    document.title = 'ISIS loses Raqqa';
    vi.advanceTimersByTime(LOCATION_POLL_MS);
    expect(wakes).toBe(0);
    vi.advanceTimersByTime(NAVIGATION_SETTLE_MS);
    expect(wakes).toBe(1);
  });

  it('stops for good, without reading the page again, once a gate watches the page', () => {
    const look = vi.fn(hasCandidate);
    let gateRunning = false;
    startSniffer({ doc: document, hasCandidate: look, wake, superseded: () => gateRunning }, abort.signal);
    expect(look).toHaveBeenCalledTimes(1);
    gateRunning = true;
    document.title = 'ISIS loses Raqqa';
    history.pushState(null, '', '/world/isis-raqqa');
    vi.advanceTimersByTime(60_000);
    expect(look).toHaveBeenCalledTimes(1);
    expect(wakes).toBe(0);
  });

  it('does nothing more once its signal aborts, and survives a cheap stage that throws', () => {
    const look = vi.fn(() => {
      throw new Error('unreadable page');
    });
    startSniffer({ doc: document, hasCandidate: look, wake }, abort.signal);
    abort.abort();
    vi.advanceTimersByTime(60_000);
    expect(look).toHaveBeenCalledTimes(1);
    expect(wakes).toBe(0);
  });
});
