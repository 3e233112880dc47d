// Light or dark: the notes sit on the page, so they follow the page's own background first and the
// reader's colour-scheme preference only when the page paints no background of its own.

export type Theme = 'light' | 'dark';
export type ThemeSetting = 'auto' | 'light' | 'dark';

type Rgba = [number, number, number, number];

/** Parses the `rgb()`/`rgba()` strings that getComputedStyle returns; null for anything else. */
export function parseColor(color: string): Rgba | null {
  const match = /^rgba?\(([^)]+)\)$/.exec(color.trim());
  if (!match?.[1]) return null;
  const parts = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (parts.length < 3 || parts.some((n) => Number.isNaN(n))) return null;
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return [r, g, b, a];
}

/** Relative luminance (WCAG) from 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgba): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The first mostly opaque background colour from `start` up to the root, or null. */
export function pageBackground(doc: Document, start: Element | null): Rgba | null {
  const view = doc.defaultView;
  if (!view) return null;
  const chain: Element[] = [];
  for (let el: Element | null = start; el; el = el.parentElement) chain.push(el);
  if (doc.body && !chain.includes(doc.body)) chain.push(doc.body);
  if (!chain.includes(doc.documentElement)) chain.push(doc.documentElement);
  for (const el of chain) {
    const color = parseColor(view.getComputedStyle(el).backgroundColor);
    if (color && color[3] >= 0.5) return color;
  }
  return null;
}

type Lazy<T> = T | (() => T);
const value = <T>(lazy: Lazy<T>): T => (typeof lazy === 'function' ? (lazy as () => T)() : lazy);

/**
 * The theme for a setting. The page's background and the reader's preference may be given as
 * functions: each is read only when the answer depends on it (a media query costs ~0.3 ms).
 */
export function chooseTheme(
  setting: ThemeSetting,
  background: Lazy<Rgba | null>,
  prefersDark: Lazy<boolean>,
): Theme {
  if (setting !== 'auto') return setting;
  const colour = value(background);
  if (colour) return luminance(colour) < 0.2 ? 'dark' : 'light';
  return value(prefersDark) ? 'dark' : 'light';
}

/** The theme for `setting` on this page, reading the page's background from `start` upwards. */
export const pageTheme = (doc: Document, setting: ThemeSetting, start: Element | null | undefined) =>
  chooseTheme(
    setting,
    () => pageBackground(doc, start ?? doc.body),
    () => prefersDark(doc),
  );

export function prefersDark(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Calls `onChange` when the reader's colour-scheme preference changes, until `signal` aborts. */
export function watchColorScheme(doc: Document, onChange: () => void, signal: AbortSignal): void {
  const query = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  query?.addEventListener?.('change', onChange, { signal });
}
