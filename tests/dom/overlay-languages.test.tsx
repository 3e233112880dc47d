import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { PIECE_TEXTS } from '@/content/i18n/piece-tables';
import { publishTexts } from '@/content/i18n/texts';
import { UI_TABLES } from '@/content/i18n/ui-tables';
import { publishLanguage } from '@/content/knowledge/language-pack';
import { AR } from '@/content/knowledge/languages/ar';
import { DE } from '@/content/knowledge/languages/de';
import { ES } from '@/content/knowledge/languages/es';
import { FR } from '@/content/knowledge/languages/fr';
import { IT } from '@/content/knowledge/languages/it';
import type { Language } from '@/content/types';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { useOverlayMount } from './overlay-mount';

// The overlay on a Spanish and an Arabic article: its words, its direction and its language tag
// are the article's, whatever the browser's (English here).
const app = useOverlayMount();
const PACKS = { es: ES, fr: FR, it: IT, de: DE, ar: AR };
// What entrypoints/language-xx.ts does: that language's cues and aliases, and its texts.
const publish = (language: Exclude<Language, 'en'>) => {
  publishLanguage(language, PACKS[language]);
  publishTexts({ language, ui: UI_TABLES[language], piece: PIECE_TEXTS[language] });
};
const forget = (language: Language) => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for(`context-margin.texts.${language}`)];
  delete (globalThis as Record<symbol, unknown>)[Symbol.for(`context-margin.language.${language}`)];
};

afterEach(() => {
  for (const language of ['es', 'fr', 'de', 'it', 'ar'] as const) forget(language);
  document.documentElement.removeAttribute('dir');
});

const openPanel = async () => {
  const toggle = app.container.querySelector<HTMLButtonElement>(
    '.cm-toolbar button[aria-controls], .cm-tool--count',
  );
  await act(() => toggle?.click());
};

describe('the overlay in the page’s language', () => {
  it('speaks Spanish on a Spanish article in an English browser', async () => {
    publish('es');
    const session = await app.sessionFor('overlay-es.html');
    const placed = session.state.get().analysis.notes;
    expect(placed.length).toBeGreaterThan(1);
    await act(() => render(<OverlayApp session={session} onHide={() => {}} />, app.container));
    const root = app.container.querySelector('.cm-root');
    expect(root?.getAttribute('lang')).toBe('es');
    expect(root?.getAttribute('dir')).toBe('ltr');
    expect(app.container.querySelector('.cm-tool--count')?.textContent).toBe(`${placed.length} notas`);
    await openPanel();
    expect(app.container.querySelector('#cm-panel-title')?.textContent).toBe(
      'Context Margin: notas al margen',
    );
    const paraphrases = [...app.container.querySelectorAll('.cm-panel .cm-paraphrase')].map(
      (p) => p.textContent,
    );
    expect(paraphrases).toEqual(placed.map(({ note }) => PIECE_TEXTS.es.notes[note.id]?.paraphrase));
    // Quotations stay in the piece's English, with our translation labelled as ours.
    const quoted = placed.find(({ note }) => note.quotation);
    if (quoted) {
      const card = app.container.querySelector(`[aria-labelledby="cm-panel-note-${quoted.note.id}"]`);
      expect(card?.querySelector('.cm-quote bdi')?.textContent).toBe(`“${quoted.note.quotation}”`);
      expect(card?.querySelector('.cm-quote bdi')?.getAttribute('lang')).toBe('en');
      expect(card?.querySelector('.cm-quote-translation')?.textContent).toBe(
        `Nuestra traducción: «${PIECE_TEXTS.es.notes[quoted.note.id]?.quotation}»`,
      );
    }
  });

  it('reads right to left in Arabic, in Arabic words', async () => {
    publish('ar');
    const session = await app.sessionFor('is-article-ar.html');
    const placed = session.state.get().analysis.notes;
    expect(placed.length).toBeGreaterThan(0);
    await act(() => render(<OverlayApp session={session} onHide={() => {}} />, app.container));
    const root = app.container.querySelector('.cm-root');
    expect(root?.getAttribute('dir')).toBe('rtl');
    expect(root?.getAttribute('lang')).toBe('ar');
    await openPanel();
    expect(app.container.querySelector('#cm-panel-title')?.textContent).toBe(
      'Context Margin: ملاحظات جانبية',
    );
    const first = app.container.querySelector('.cm-panel .cm-paraphrase')?.textContent ?? '';
    expect(first).toBe(PIECE_TEXTS.ar.notes[placed[0]?.note.id ?? '']?.paraphrase);
    expect(first).toMatch(/^[\u0600-\u06ff]/);
    // The matched words of the page are isolated from our text's direction.
    expect(app.container.querySelector('.cm-panel .cm-why bdi')).not.toBeNull();
    expect(app.container.querySelector('.cm-reasons')?.textContent).toMatch(/[\u0600-\u06ff]/);
  });

  it('asks the background for the language the reader chose, English until it arrives', async () => {
    const ask = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      publish('de');
      return message;
    }) as never);
    const session = await app.sessionFor('overlay-es.html', { ...DEFAULT_SETTINGS, language: 'de' });
    await act(() => render(<OverlayApp session={session} onHide={() => {}} />, app.container));
    expect(ask).toHaveBeenCalledWith({ type: 'load-language', language: 'de' });
    await vi.waitFor(() => expect(app.container.querySelector('.cm-root')?.getAttribute('lang')).toBe('de'));
    expect(app.container.querySelector('.cm-tool--count')?.textContent).toMatch(/Notiz/);
  });
});
