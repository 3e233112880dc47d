// Accessibility checks in the real browser: axe-core's rules, run inside the page on the overlay's
// shadow root (or a whole extension page), and a WCAG AA contrast check of every visible text of ours,
// which axe leaves undecided inside a shadow root laid over the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations in `include` (a selector list; the whole page by default): `rule: targets`. */
export async function axeViolations(page, include) {
  if (!(await page.evaluate(() => typeof globalThis.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (context) => {
      const result = await globalThis.axe.run(context ?? document, { resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      );
    },
    include ? { include } : null,
  );
}

/**
 * The texts in the overlay's shadow root whose contrast with the background under them is below
 * WCAG AA (4.5:1, or 3:1 for large text): `[{ text, ratio, needed }]`. Backgrounds are composited
 * up through the shadow host to the page, as the reader sees them.
 */
export function lowContrastInOverlay(page) {
  return page.evaluate(() => {
    const root = document.querySelector('context-margin')?.shadowRoot;
    if (!root) return [{ text: '(no overlay)', ratio: 0, needed: 4.5 }];
    const rgba = (value) => {
      const parts = value
        .match(/rgba?\(([^)]+)\)/)?.[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return parts ? { r: parts[0], g: parts[1], b: parts[2], a: parts[3] ?? 1 } : null;
    };
    const over = (top, under) => {
      const mix = (k) => top[k] * top.a + under[k] * (1 - top.a);
      return { r: mix('r'), g: mix('g'), b: mix('b'), a: 1 };
    };
    const luminance = ({ r, g, b }) => {
      const linear = (v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const backgroundUnder = (element) => {
      const layers = [];
      for (let e = element; e; e = e.parentElement ?? e.getRootNode().host) {
        const colour = rgba(getComputedStyle(e).backgroundColor);
        if (colour?.a > 0) layers.push(colour);
        if (colour?.a >= 1) break;
      }
      let base = { r: 255, g: 255, b: 255, a: 1 };
      for (const layer of layers.reverse()) base = over(layer, base);
      return base;
    };
    const low = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.data.trim() || !element?.getClientRects().length) continue;
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
      const background = backgroundUnder(element);
      const [light, dark] = [luminance(over(rgba(style.color), background)), luminance(background)].sort(
        (a, b) => b - a,
      );
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const needed = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66) ? 3 : 4.5;
      if (ratio < needed)
        low.push({ text: node.data.trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100, needed });
    }
    return low;
  });
}
