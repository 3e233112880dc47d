import { describe, expect, it } from 'vitest';
import { markSniffed, takeSniffed } from '@/content/gate/shared-world';

describe("the sniffer's mark for the gate", () => {
  it('holds for the address it was left at, once', () => {
    markSniffed('https://news.example/isis-claims-attack');
    expect(takeSniffed('https://news.example/isis-claims-attack')).toBe(true);
    expect(takeSniffed('https://news.example/isis-claims-attack')).toBe(false);
  });

  it('does not hold after the page moved on to another address', () => {
    markSniffed('https://news.example/isis-claims-attack');
    expect(takeSniffed('https://news.example/weather')).toBe(false);
    expect(takeSniffed('https://news.example/isis-claims-attack')).toBe(false);
  });

  it('is absent until the sniffer leaves it', () => {
    expect(takeSniffed('https://news.example/')).toBe(false);
  });
});
