import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { NoteCard } from '@/components/overlay/NoteCard';
import { SideNote } from '@/components/overlay/SideNote';
import { noteById } from '@/content/knowledge';
import type { Note } from '@/content/types';
import { meta } from './overlay-fixtures';
import { useEnglishContainer } from './overlay-i18n';

const container = useEnglishContainer();

const note = (id: string) => {
  const found = noteById(id);
  if (!found) throw new Error(`no note ${id}`);
  return found;
};

describe('NoteCard', () => {
  it('shows the kind badge, paraphrase, quotation, dated source line and why here', () => {
    const claim = note('fighters-15000');
    render(<NoteCard note={claim} meta={meta} matched={['15,000', 'remaining fighters']} />, container);
    expect(container.querySelector('.cm-badge')?.textContent).toBe('Dated claim');
    expect(container.querySelector('.cm-paraphrase')?.textContent).toBe(claim.paraphrase);
    expect(container.querySelector('.cm-quote')?.textContent).toBe(`“${claim.quotation}”`);
    expect(container.querySelector('.cm-source')?.textContent).toBe(
      'La Razón, 22 Oct 2017 · 9 years ago · written 3 years before this article',
    );
    expect(container.querySelector('.cm-why')?.textContent).toBe('Why here: 15,000, remaining fighters');
    expect(container.querySelector('.cm-frame')?.textContent).toBe(
      'What the piece reported 3 years before this article',
    );
  });

  it('beside an older article, says how the matter turned out after it', () => {
    const fallen = note('raqqa-mosul-fallen');
    render(
      <NoteCard note={fallen} meta={{ ...meta, articleDate: new Date('2016-02-11T09:00:00Z') }} />,
      container,
    );
    expect(container.querySelector('.cm-frame')?.textContent).toBe(
      'How it turned out: 1 year after this article, Kurdish-led SDF announce the capture of Raqqa (formally declared 20 Oct)',
    );
  });

  it('lists reference dates and leaves out the article comparison when the page has no date', () => {
    const fallen = note('raqqa-mosul-fallen');
    render(<NoteCard note={fallen} meta={{ ...meta, articleDate: null }} />, container);
    expect(container.querySelector('.cm-source')?.textContent).toBe('La Razón, 22 Oct 2017 · 9 years ago');
    expect(container.querySelector('.cm-frame')).toBeNull();
    const dates = [...container.querySelectorAll('.cm-dates li')].map((li) => li.textContent);
    expect(dates.length).toBe(fallen.referenceDates.length);
    expect(dates.length).toBeGreaterThan(0);
    expect(container.querySelector('.cm-why')).toBeNull();
  });

  it('renders hostile text as text, never as markup', () => {
    const hostile: Note = {
      ...note('migrant-boats'),
      paraphrase: '<img src=x onerror="alert(1)">',
      quotation: '<script>alert(2)</script>',
    };
    render(<NoteCard note={hostile} meta={meta} matched={['<b>bold</b>']} />, container);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});

describe('SideNote', () => {
  it('names the source, its date and its age even while closed', () => {
    const claim = note('fighters-15000');
    const placed = {
      number: 1,
      note: claim,
      placement: {
        noteId: claim.id,
        paragraph: document.createElement('p'),
        paragraphIndex: 0,
        score: 3,
        matched: [],
      },
    };
    render(
      <SideNote placed={placed} meta={meta} anchorTop={0} expanded={false} onToggle={() => {}} />,
      container,
    );
    expect(container.querySelector('.cm-badge')?.textContent).toBe('Dated claim');
    expect(container.querySelector('.cm-source')?.textContent).toBe(
      'La Razón, 22 Oct 2017 · 9 years ago · written 3 years before this article',
    );
  });
});
