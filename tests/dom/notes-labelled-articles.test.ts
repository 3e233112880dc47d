// The product's own path (reader, detection, notes with default settings) on articles whose paragraphs
// were labelled by reading (tests/fixtures/notes): a note may only sit beside a paragraph about its matter.
import { describe, expect, it } from 'vitest';
import '@/content/knowledge/languages/all';
import { runGate } from '@/content/gate/gate';
import { analyseNotes } from '@/content/overlay/overlay-analysis';
import { languageOf } from '@/content/read/language-of';
import { DEFAULT_SETTINGS } from '@/utils/settings-core/schema';
import { labelsFor } from '../../scripts/lib/notes-metrics.mjs';
import { placeInDocument } from '../../scripts/lib/notes-run.mjs';
import { storyPage } from '../fixtures/detect/load';
import { LABELLED_ARTICLES, type LabelledArticle } from '../fixtures/notes/labelled-articles';

// The notes eval's own path (scripts/eval-notes.mjs), with the modules as they are rather than bundled.
const product = { runGate, languageOf, analyseNotes, DEFAULT_SETTINGS };

function notesOn({ lang, title, paragraphs }: LabelledArticle) {
  const page = storyPage(
    lang,
    title,
    paragraphs.map((p) => p.text),
  );
  return placeInDocument(product, page).map(({ note, text }) => ({
    note,
    claims: labelsFor(paragraphs, text),
  }));
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
