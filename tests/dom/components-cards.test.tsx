import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { NoteMarkers } from '@/components/overlay/NoteMarkers';
import { TermCard } from '@/components/overlay/TermCard';
import { TermPopover } from '@/components/overlay/TermPopover';
import { noteById, termById } from '@/content/knowledge';
import type { Note } from '@/content/types';
import { anchors, meta, placed } from './overlay-fixtures';
import { useEnglishContainer } from './overlay-i18n';

const container = useEnglishContainer();

const term = (id: string) => {
  const found = termById(id);
  if (!found) throw new Error(`no term ${id}`);
  return found;
};
const notesOf = (id: string) => term(id).notes.flatMap((n) => noteById(n) ?? []) as Note[];

describe('TermCard', () => {
  it('says what the piece argues, lists the notes that use the term and dates the piece', () => {
    const libya = term('libya');
    render(<TermCard term={libya} notes={notesOf('libya')} meta={meta} labelId="l" />, container);
    expect(container.querySelector('#l')?.textContent).toBe(libya.label);
    expect(container.querySelector('.cm-term-text')?.textContent).toBe(libya.card);
    const items = [...container.querySelectorAll('.cm-term-notes li')];
    expect(items.length).toBe(libya.notes.length);
    expect(items.length).toBeGreaterThan(0);
    expect(container.querySelector('.cm-source')?.textContent).toBe('La Razón, 22 Oct 2017 · 9 years ago');
  });
});

describe('TermPopover', () => {
  it('is a dialog with the term id, shown as a manual popover', () => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Fighters moved to Libya.';
    document.body.append(paragraph);
    const range = document.createRange();
    range.setStart(paragraph.firstChild as Text, 18);
    range.setEnd(paragraph.firstChild as Text, 23);
    render(
      <TermPopover term={term('libya')} notes={notesOf('libya')} range={range} meta={meta} />,
      container,
    );
    const card = container.querySelector('[data-term-id="libya"]');
    expect(card?.getAttribute('role')).toBe('dialog');
    expect(card?.getAttribute('popover')).toBe('manual');
    expect(card?.getAttribute('aria-labelledby')).toBe('cm-term-card-libya');
    paragraph.remove();
  });
});

describe('NoteMarkers', () => {
  it('numbers the notes at their paragraphs and opens one as a card, Escape returns to the marker', async () => {
    const notes = placed(['libya-gateway', 'gaddafi-vacuum']);
    render(
      <NoteMarkers
        notes={notes}
        anchors={anchors({ 'libya-gateway': 300, 'gaddafi-vacuum': 500 })}
        meta={meta}
      />,
      container,
    );
    const markers = [...container.querySelectorAll<HTMLButtonElement>('.cm-marker')];
    expect(markers.map((m) => m.textContent)).toEqual(['1', '2']);
    expect(markers.map((m) => m.style.top)).toEqual(['300px', '500px']);
    expect(markers[1]?.getAttribute('aria-label')).toBe('Side note 2');
    await act(() => markers[1]?.click());
    const card = container.querySelector('[data-card-note-id]');
    expect(card?.getAttribute('data-card-note-id')).toBe('gaddafi-vacuum');
    expect(card?.getAttribute('role')).toBe('dialog');
    expect(markers[1]?.getAttribute('aria-expanded')).toBe('true');
    await act(() => {
      card?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(container.querySelector('[data-card-note-id]')).toBeNull();
    expect(document.activeElement).toBe(markers[1]);
  });
});
