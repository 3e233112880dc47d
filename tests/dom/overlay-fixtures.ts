// Shared inputs for the overlay's component tests: real notes and terms from the knowledge pack,
// placed on paragraphs of a small document.
import type { NoteMeta } from '@/components/overlay/note-meta';
import { noteById, source, termById } from '@/content/knowledge';
import type { NoteAnchor } from '@/content/layout/overlay-geometry';
import type { PlacedNote, TermSummary } from '@/content/overlay/overlay-analysis';

export const meta: NoteMeta = {
  source,
  articleDate: new Date('2020-11-03T08:30:00Z'),
  locale: 'en-GB',
  now: new Date('2026-11-26T12:00:00Z'),
};

export function placed(ids: string[]): PlacedNote[] {
  return ids.map((id, index) => {
    const note = noteById(id);
    if (!note) throw new Error(`no note ${id}`);
    const paragraph = document.createElement('p');
    paragraph.textContent = `Paragraph ${index + 1}`;
    return {
      number: index + 1,
      note,
      placement: { noteId: id, paragraph, paragraphIndex: index, score: 3, matched: ['word'] },
    };
  });
}

export function anchors(tops: Record<string, number>): NoteAnchor[] {
  return Object.entries(tops).map(([noteId, top]) => ({
    noteId,
    top,
    bottom: top + 80,
    markerLeft: 700,
    markerTop: top,
  }));
}

export function terms(ids: string[]): TermSummary[] {
  return ids.map((id) => {
    const term = termById(id);
    if (!term) throw new Error(`no term ${id}`);
    return { term, count: 2, first: document.createRange() };
  });
}
