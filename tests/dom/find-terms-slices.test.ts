import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findTerms } from '@/content/terms/find-terms';
import { FIRST_SLICE_CHARS, findTermsInSlices } from '@/content/terms/find-terms-in-slices';
import { searchUnits } from '@/content/text/search-units';
import type { GlossaryTerm, TermMatch } from '@/content/types';
import { testTerm } from './knowledge-fixture';

const glossary: GlossaryTerm[] = [
  testTerm('islamic-state', 'Islamic State', { en: 'Islamic State, ISIS' }),
  testTerm('raqqa', 'Raqqa', { en: 'Raqqa' }),
];

const asPairs = (matches: TermMatch[]) => matches.map((m) => [m.termId, m.range.toString()]);

function page(html: string): HTMLElement {
  document.body.innerHTML = `<main>${html}</main>`;
  return document.querySelector('main') as HTMLElement;
}

/** Text well beyond the first slice, in many blocks, with terms split by inline markup. */
function hugePage(): HTMLElement {
  const paragraph = `<p>${'Filler words about the weather and the markets. '.repeat(20)}Islamic <em>State</em> in Raqqa.</p>`;
  const blocks = Math.ceil((FIRST_SLICE_CHARS * 3) / paragraph.length);
  return page(`<section><div>${paragraph.repeat(blocks)}</div></section><p>Last ISIS</p>`);
}

describe('searchUnits', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('cuts a root of blocks into its blocks, and stops at an element holding text or inline markup', () => {
    const root = page('<div><p>one <b>two</b></p><p>three</p></div> <section>four<div>five</div></section>');
    expect([...searchUnits(root)].map((e) => e.textContent)).toEqual(['one two', 'three', 'fourfive']);
  });

  it('leaves skipped content out, and keeps a root that cannot be cut whole', () => {
    const root = page('<div><p>kept</p><script>var skipped;</script><p hidden>hidden</p></div>');
    expect([...searchUnits(root)].map((e) => e.textContent)).toEqual(['kept']);
    const inline = page('Islamic <em>State</em>');
    expect([...searchUnits(inline)]).toEqual([inline]);
  });
});

describe('findTermsInSlices', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it("finds on an ordinary page, in one slice after the caller's task, what the one-go search finds", async () => {
    const root = page(`<p>The Islamic <em>State</em> lost Raqqa.</p><p>${'Filler words. '.repeat(2000)}</p>`);
    const paused = vi.fn();
    // However slow the machine: a slice of no time still searches FIRST_SLICE_CHARS at least.
    const result = await findTermsInSlices(root, glossary, 'en', {
      signal: new AbortController().signal,
      sliceMs: 0,
      paused,
    });
    expect(result && asPairs(result)).toEqual([
      ['islamic-state', 'Islamic State'],
      ['raqqa', 'Raqqa'],
    ]);
    expect(paused).not.toHaveBeenCalled();
  });

  it('finds on a huge page, in many slices, exactly what the one-go search finds', async () => {
    const root = hugePage();
    const expected = asPairs(findTerms(root, glossary, 'en'));
    const paused = vi.fn();
    const result = await findTermsInSlices(root, glossary, 'en', {
      signal: new AbortController().signal,
      sliceMs: 0,
      paused,
    });
    expect(paused.mock.calls.length).toBeGreaterThan(2);
    expect(result && asPairs(result)).toEqual(expected);
    expect(expected.at(-1)).toEqual(['islamic-state', 'ISIS']);
  });

  it('sees the page as it is in each slice: content hidden meanwhile is left out', async () => {
    const root = hugePage();
    const all = findTerms(root, glossary, 'en').length;
    // The first slice has run; the section it was reading is hidden before the later ones.
    const paused = () => {
      (root.querySelector('section') as HTMLElement).hidden = true;
    };
    const found = await findTermsInSlices(root, glossary, 'en', {
      signal: new AbortController().signal,
      sliceMs: 0,
      paused,
    });
    const pairs = asPairs(found ?? []);
    expect(pairs.length).toBeGreaterThan(1);
    expect(pairs.length).toBeLessThan(all - 1);
    expect(pairs.at(-1)).toEqual(['islamic-state', 'ISIS']);
  });

  it('answers null once its signal aborts between slices', async () => {
    const root = hugePage();
    const abort = new AbortController();
    const found = findTermsInSlices(root, glossary, 'en', {
      signal: abort.signal,
      sliceMs: 0,
      paused: () => abort.abort(),
    });
    await expect(found).resolves.toBeNull();
  });
});
