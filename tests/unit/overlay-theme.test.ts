import { describe, expect, it } from 'vitest';
import { chooseTheme, luminance, parseColor } from '@/content/overlay/overlay-theme';

describe('parseColor', () => {
  it('reads the rgb() and rgba() forms getComputedStyle returns', () => {
    expect(parseColor('rgb(18, 20, 23)')).toEqual([18, 20, 23, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(255 255 255 / 0.5)')).toEqual([255, 255, 255, 0.5]);
  });

  it('returns null for anything else', () => {
    expect(parseColor('transparent')).toBeNull();
    expect(parseColor('rgb(a, b, c)')).toBeNull();
    expect(parseColor('')).toBeNull();
  });
});

describe('chooseTheme', () => {
  const dark = parseColor('rgb(18, 20, 23)');
  const light = parseColor('rgb(251, 250, 247)');

  it('follows the page background first', () => {
    expect(chooseTheme('auto', dark, false)).toBe('dark');
    expect(chooseTheme('auto', light, true)).toBe('light');
  });

  it('falls back to the colour-scheme preference when the page paints no background', () => {
    expect(chooseTheme('auto', null, true)).toBe('dark');
    expect(chooseTheme('auto', null, false)).toBe('light');
  });

  it('obeys an explicit setting', () => {
    expect(chooseTheme('light', dark, true)).toBe('light');
    const untouched = () => {
      throw new Error('read although the setting decides');
    };
    expect(chooseTheme('dark', untouched, untouched)).toBe('dark');
    expect(chooseTheme('auto', () => dark, untouched)).toBe('dark');
    expect(chooseTheme('dark', light, false)).toBe('dark');
  });

  it('orders luminance from black to white', () => {
    expect(luminance([0, 0, 0, 1])).toBe(0);
    expect(luminance([255, 255, 255, 1])).toBeCloseTo(1);
    expect(luminance([128, 128, 128, 1])).toBeGreaterThan(0.2);
  });
});
