import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { NotesPanel, type NotesPanelProps } from '@/components/overlay/NotesPanel';
import { meta, placed, terms } from './overlay-fixtures';
import { useEnglishContainer } from './overlay-i18n';

const container = useEnglishContainer();

function renderPanel(overrides: Partial<NotesPanelProps> = {}) {
  const props: NotesPanelProps = {
    notes: placed(['territorial-defeat', 'libya-gateway', 'media-apparatus']),
    terms: terms(['libya', 'caliphate']),
    detection: {
      about: true,
      score: 12,
      language: 'en',
      reasons: ['“Islamic State” ×4: headline, lead', 'ISIS ×2'],
    },
    forced: false,
    meta,
    onClose: vi.fn(),
    onGoToNote: vi.fn(),
    onOpenTerm: vi.fn(),
    ...overrides,
  };
  render(<NotesPanel {...props} />, container);
  return props;
}

const buttons = () => [...container.querySelectorAll<HTMLButtonElement>('button[data-panel-note-id]')];

describe('NotesPanel', () => {
  it('is a labelled dialog that takes focus, with the notes in reading order and why this page', async () => {
    await act(() => {
      renderPanel();
    });
    const panel = container.querySelector('[role="dialog"]');
    expect(panel?.getAttribute('aria-labelledby')).toBe('cm-panel-title');
    expect(document.activeElement?.id).toBe('cm-panel-title');
    expect(buttons().map((b) => b.dataset.panelNoteId)).toEqual([
      'territorial-defeat',
      'libya-gateway',
      'media-apparatus',
    ]);
    expect([...container.querySelectorAll('.cm-reasons li')].map((li) => li.textContent)).toEqual([
      '“Islamic State” ×4: headline, lead',
      'ISIS ×2',
    ]);
    expect(container.querySelector('.cm-forced')).toBeNull();
  });

  it('moves between notes with the arrow keys, Home and End', async () => {
    await act(() => {
      renderPanel();
    });
    const [first, second, third] = buttons();
    first?.focus();
    first?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(second);
    second?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(third);
    third?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(third);
    third?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(document.activeElement).toBe(first);
  });

  it('goes to a note, opens a term and closes on Escape', async () => {
    let props: NotesPanelProps | undefined;
    await act(() => {
      props = renderPanel();
    });
    await act(() => buttons()[1]?.click());
    expect(props?.onGoToNote).toHaveBeenCalledWith('libya-gateway');
    const termButton = [...container.querySelectorAll<HTMLButtonElement>('.cm-panel-terms button')][1];
    expect(termButton?.textContent).toBe('caliphate');
    await act(() => termButton?.click());
    expect(props?.onOpenTerm).toHaveBeenCalledWith('caliphate');
    container
      .querySelector('h2')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(props?.onClose).toHaveBeenCalledOnce();
  });

  it('says when the page was shown on request, and when no paragraph matched', async () => {
    await act(() => {
      renderPanel({ forced: true, notes: [], detection: null });
    });
    expect(container.querySelector('.cm-forced')?.textContent).toMatch(/not detected/);
    expect(container.textContent).toContain('No paragraph of this article matches a note of the piece.');
  });
});
