import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import type { OverlaySession } from '@/content/overlay/overlay-session';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { useOverlayMount } from './overlay-mount';

const app = useOverlayMount();
let session: OverlaySession;
beforeEach(async () => {
  session = await app.sessionFor('is-article-en.html');
});

describe('OverlayApp', () => {
  it('shows the count, announces itself and opens the panel with every note in reading order', async () => {
    const count = session.state.get().analysis.notes.length;
    await act(() => render(<OverlayApp session={session} onHide={() => {}} />, app.container));
    const button = [...app.container.querySelectorAll('button')].find(
      (b) => b.textContent === `${count} notes`,
    );
    expect(button).toBeDefined();
    await vi.waitFor(() =>
      expect(app.container.querySelector('[role="status"]')?.textContent).toBe(
        `Context Margin shows ${count} side notes on this page.`,
      ),
    );
    await act(() => button?.click());
    const ids = [...app.container.querySelectorAll<HTMLElement>('button[data-panel-note-id]')].map(
      (b) => b.dataset.panelNoteId,
    );
    expect(ids).toEqual(session.state.get().analysis.notes.map((n) => n.note.id));
    expect(app.container.querySelector('.cm-reasons')?.textContent?.length).toBeGreaterThan(0);
  });

  it('shows the card of the term the session opened, and nothing once it closes', async () => {
    await act(() => render(<OverlayApp session={session} onHide={() => {}} />, app.container));
    const first = session.state.get().analysis.terms[0];
    if (!first) throw new Error('no term');
    await act(() => session.openTerm({ termId: first.term.id, range: first.first }, 'hover'));
    const card = app.container.querySelector('[data-term-id]');
    expect(card?.getAttribute('data-term-id')).toBe(first.term.id);
    expect(card?.textContent).toContain(first.term.card);
    await act(() => session.closeTerm());
    expect(app.container.querySelector('[data-term-id]')).toBeNull();
  });

  it('hides through the toolbar', async () => {
    const onHide = vi.fn();
    await act(() => render(<OverlayApp session={session} onHide={onHide} />, app.container));
    const hide = [...app.container.querySelectorAll('button')].find((b) => b.textContent === 'Hide');
    await act(() => hide?.click());
    expect(onHide).toHaveBeenCalledOnce();
  });

  it('holds everything of ours in one labelled landmark beside the article', async () => {
    await act(() => render(<OverlayApp session={session} onHide={() => {}} />, app.container));
    const landmark = app.container.querySelector('aside.cm-root');
    expect(landmark?.getAttribute('aria-label')).toBe('Context Margin');
    expect(landmark?.querySelector('[role="toolbar"]')).not.toBeNull();
    expect(app.container.querySelectorAll('aside')).toHaveLength(1);
  });

  it('follows the page theme', async () => {
    await act(() => render(<OverlayApp session={session} onHide={() => {}} />, app.container));
    expect(app.container.querySelector('.cm-root')?.getAttribute('data-theme')).toBe('light');
    await act(async () => {
      session.updateSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
      await session.analysed();
    });
    expect(app.container.querySelector('.cm-root')?.getAttribute('data-theme')).toBe('dark');
  });

  it("writes in the overlay language's direction and language, not the page's attributes", async () => {
    document.documentElement.setAttribute('dir', 'rtl');
    document.documentElement.setAttribute('lang', 'ar');
    try {
      await act(() => render(<OverlayApp session={session} onHide={() => {}} />, app.container));
      const root = app.container.querySelector('.cm-root');
      expect(root?.getAttribute('dir')).toBe('ltr');
      expect(root?.getAttribute('lang')).toBe('en-GB');
      render(null, app.container);
      // An English article keeps English notes in an Arabic browser: the article's language comes first.
      vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'ar-EG');
      await act(() => render(<OverlayApp session={session} onHide={() => {}} />, app.container));
      expect(app.container.querySelector('.cm-root')?.getAttribute('dir')).toBe('ltr');
    } finally {
      document.documentElement.removeAttribute('dir');
      document.documentElement.removeAttribute('lang');
    }
  });
});
