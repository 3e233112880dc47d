// Key terms highlighted without touching the page: CSS Custom Highlights (one shared Highlight
// registered under `<prefix>-term`) plus one stylesheet. Where the API is missing, reversible
// wrapping (highlight-wrap.ts). Hover needs no elements either: termAt hit-tests the ranges.

import type { TermMatch } from '../types';
import { scopeOf, stylesheet } from './highlight-style';
import { type Wrapping, wrapMatches } from './highlight-wrap';
import { indexTerms, type TermIndex, termAtPoint } from './hit-test';

export interface HighlighterOptions {
  /** Start of every highlight name (default 'context-margin'). */
  prefix?: string;
  /**
   * Runs a change of ours to the page's DOM (the wrap fallback's marks) so that the overlay's own
   * page watcher does not take it for the page changing; by default the change just runs.
   */
  quietly?: <T>(change: () => T) => T;
}

export interface Highlighter {
  /**
   * Adds the stylesheet ahead of `apply`, for terms inside `root` (see highlight-style.ts). A sheet
   * that styles `::highlight` makes the browser recompute the style of every element it may apply
   * to: added early, that happens in a frame of its own rather than in the one the terms show in.
   */
  prepare(root?: Element | null): void;
  apply(matches: TermMatch[]): void;
  clear(): void;
  termAt(x: number, y: number): { termId: string; range: Range } | null;
  /** Marks one term occurrence as active (hovered or focused) with a stronger tint; null clears it. */
  setActive(range: Range | null): void;
  readonly mode: 'highlight-api' | 'wrap';
  /** The highlight name the stylesheet styles, e.g. 'context-margin-term'. */
  readonly name: string;
  destroy(): void;
}

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => Set<Range> & { priority?: number };
}

export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  const prefix = /^[a-z][a-z0-9-]*$/i.test(options.prefix ?? '')
    ? (options.prefix as string)
    : 'context-margin';
  const name = `${prefix}-term`;
  const win = doc.defaultView as (Window & HighlightWindow) | null;
  const registry = win?.CSS?.highlights;
  const HighlightClass = win?.Highlight;
  const mode = registry && HighlightClass ? 'highlight-api' : 'wrap';

  let style: HTMLStyleElement | null = null;
  let wrapping: Wrapping | null = null;
  let index: TermIndex = indexTerms([]);
  let destroyed = false;

  /** The root last prepared for, and the scope its sheet names (see highlight-style.ts). */
  let prepared: { root: Element | null; scope: string } = { root: null, scope: '' };
  /** The sheet for that root; written again only when it changes. */
  let text = stylesheet(name);
  const scopeFor = (root: Element | null) => {
    prepared = { root, scope: scopeOf(root) };
    text = stylesheet(name, prepared.scope);
  };
  const ensureStyle = () => {
    if (style?.isConnected) {
      if (style.textContent !== text) style.textContent = text;
      return;
    }
    style = doc.createElement('style');
    style.setAttribute('data-context-margin', '');
    style.textContent = text;
    (doc.head ?? doc.documentElement).append(style);
  };

  const activeName = `${name}-active`;
  const setActive = (range: Range | null) => {
    if (registry?.get(activeName)) registry.delete(activeName);
    for (const mark of wrapping?.marks ?? []) mark.removeAttribute('data-active');
    if (!range || destroyed || index.byNode.size === 0) return;
    if (registry && HighlightClass) {
      const active = new HighlightClass(range);
      active.priority = 1; // paints over the shared term highlight
      registry.set(activeName, active);
    } else {
      for (const mark of wrapping?.marks ?? [])
        if (range.intersectsNode(mark)) mark.setAttribute('data-active', '');
    }
  };

  const clear = () => {
    setActive(null);
    if (registry?.get(name)) registry.delete(name);
    wrapping?.unwrap();
    wrapping = null;
    index = indexTerms([]);
  };

  return {
    mode,
    name,
    prepare(root) {
      if (destroyed) return;
      scopeFor(root ?? null);
      ensureStyle();
    },
    apply(matches) {
      if (destroyed) return;
      // Terms found while marks are in place point into the split text: carry them back first.
      wrapping?.unwrap(matches.map((match) => match.range));
      clear();
      const usable = matches.filter(({ range }) => !range.collapsed && range.startContainer.isConnected);
      if (usable.length === 0) return;
      // The page may have renamed the article's container since `prepare`: the sheet follows it.
      if (prepared.scope && !prepared.root?.closest(prepared.scope)) scopeFor(prepared.root);
      ensureStyle();
      if (registry && HighlightClass) {
        registry.set(name, new HighlightClass(...usable.map((match) => match.range)));
        index = indexTerms(usable);
      } else {
        wrapping = wrapMatches(doc, usable, options.quietly);
        index = indexTerms(wrapping.matches);
      }
    },
    clear,
    setActive,
    termAt(x, y) {
      const match = termAtPoint(doc, x, y, index);
      return match ? { termId: match.termId, range: match.range } : null;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clear();
      style?.remove();
      style = null;
    },
  };
}
