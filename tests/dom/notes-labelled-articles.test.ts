// The product's own path (reader, detection, notes with default settings) on articles whose paragraphs
// were labelled by reading (tests/fixtures/notes): a note may only sit beside a paragraph about its matter.
import { describe, expect, it } from 'vitest';
import '@/content/knowledge/languages/all';
import { runGate } from '@/content/gate/gate';
import { analyseNotes } from '@/content/overlay/overlay-analysis';
import { languageOf } from '@/content/read/language-of';
import { DEFAULT_SETTINGS } from '@/utils/settings-core/schema';
import { storyPage } from '../fixtures/detect/load';
import { LABELLED_ARTICLES, type LabelledArticle } from '../fixtures/notes/labelled-articles';

const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

function notesOn({ lang, title, paragraphs }: LabelledArticle) {
  const doc = storyPage(
    lang,
    title,
    paragraphs.map((p) => p.text),
  );
  const { reading, detection } = runGate(doc, DEFAULT_SETTINGS.sensitivity);
  if (!reading || !detection.about) return [];
  const language = languageOf(detection.language, reading.language, lang);
  return analyseNotes(reading, language, DEFAULT_SETTINGS).notes.map(({ note, placement }) => {
    const text = normalise(placement.paragraph.textContent);
    const label = paragraphs.find((p) => normalise(p.text) === text);
    return { note: note.id, claims: label?.claims ?? null };
  });
}

describe('notes on articles labelled by reading', () => {
  it.each(LABELLED_ARTICLES.map((article) => [article.id, article] as const))(
    '%s: every note sits beside a paragraph labelled 2 for it',
    (_, article) => {
      for (const { note, claims } of notesOn(article)) {
        expect(claims, `${note} beside a paragraph that is not in the article`).not.toBeNull();
        expect(claims?.[note], `${note} beside a paragraph about something else`).toBe(2);
      }
    },
  );

  it('places some notes: the set is not passed by placing none', () => {
    const placed = LABELLED_ARTICLES.flatMap((article) => notesOn(article));
    expect(placed.length).toBeGreaterThanOrEqual(2);
  });
});
