import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_SCORED_PARAGRAPHS, placeNotes } from '@/content/notes/place-notes';
import { MAX_SCORED_CHARS } from '@/content/notes/score-paragraph';
import type { Note } from '@/content/types';
import { testNote as note } from './knowledge-fixture';

// A line without ';' is a matter of one facet: any of its cues.
const notes: Note[] = [
  note('fall-of-raqqa', { en: 'raqqa, fall of raqqa, liberated', es: 'raqqa, caída de raqqa' }, 'claim'),
  note('caliphate-ends', { en: 'caliphate, territory, lost', ar: 'الخلافة, خسر, معارك' }),
  note('returning-fighters', { en: 'foreign fighters, return, europe' }, 'prediction'),
  note('online-propaganda', { en: 'propaganda, online, recruitment' }),
];

/** Notes go beside article prose only (sentences of some length): each test text gets a neutral tail. */
const TAIL = ' Officials gave the details to reporters on Monday.';

function paragraphsOf(texts: string[]): HTMLElement[] {
  document.body.innerHTML = `<article>${texts.map((text) => `<p>${text}${TAIL}</p>`).join('')}</article>`;
  return Array.from(document.querySelectorAll('p'));
}

const summary = (placements: ReturnType<typeof placeNotes>) =>
  placements.map((placement) => [placement.noteId, placement.paragraphIndex]);

describe('placeNotes', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('puts each note beside its best paragraph, in reading order, with the words that matched', () => {
    const paragraphs = paragraphsOf([
      'Foreign fighters may return to Europe, officials warn.',
      'The weather was mild.',
      'After the fall of Raqqa the city was liberated.',
      'Sport results.',
      'The group lost the territory of its caliphate.',
    ]);
    const placements = placeNotes(paragraphs, notes, 'en', { maxNotes: 8 });
    expect(summary(placements)).toEqual([
      ['returning-fighters', 0],
      ['fall-of-raqqa', 2],
      ['caliphate-ends', 4],
    ]);
    expect(placements[1]?.paragraph).toBe(paragraphs[2]);
    expect(placements[1]?.matched).toEqual(['fall of Raqqa', 'liberated']);
    expect(placements[0]?.matched).toEqual(['Foreign fighters', 'return', 'Europe']);
  });

  it('leaves out notes below the threshold', () => {
    const paragraphs = paragraphsOf(['Raqqa is a city.', 'Propaganda.']);
    expect(placeNotes(paragraphs, notes, 'en', { maxNotes: 8 })).toEqual([]);
    expect(summary(placeNotes(paragraphs, notes, 'en', { maxNotes: 8, minScore: 1 }))).toEqual([
      ['fall-of-raqqa', 0],
      ['online-propaganda', 1],
    ]);
  });

  it('places a note at most once and at most one note per paragraph', () => {
    const paragraphs = paragraphsOf([
      'The caliphate lost territory after the fall of Raqqa; Raqqa was liberated.',
      'The caliphate lost territory.',
      'Again the caliphate lost territory.',
    ]);
    const placements = placeNotes(paragraphs, notes, 'en', { maxNotes: 8, minGap: 0 });
    expect(summary(placements)).toEqual([
      ['fall-of-raqqa', 0],
      ['caliphate-ends', 1],
    ]);
  });

  it('keeps notes apart where it can, and still places a crowded-out note', () => {
    const paragraphs = paragraphsOf([
      'After the fall of Raqqa the city was liberated.',
      'Foreign fighters return to Europe.',
      'Nothing here.',
      'Nothing here either.',
      'Foreign fighters may return.',
    ]);
    expect(summary(placeNotes(paragraphs, notes, 'en', { maxNotes: 8, minGap: 2 }))).toEqual([
      ['fall-of-raqqa', 0],
      ['returning-fighters', 4],
    ]);
    const crowded = paragraphsOf([
      'After the fall of Raqqa the city was liberated.',
      'Foreign fighters return to Europe.',
    ]);
    expect(summary(placeNotes(crowded, notes, 'en', { maxNotes: 8, minGap: 2 }))).toEqual([
      ['fall-of-raqqa', 0],
      ['returning-fighters', 1],
    ]);
  });

  it('caps the number of notes, keeping the strongest', () => {
    const paragraphs = paragraphsOf([
      'Online propaganda.',
      'After the fall of Raqqa the city was liberated.',
      'The caliphate lost territory.',
    ]);
    expect(summary(placeNotes(paragraphs, notes, 'en', { maxNotes: 1 }))).toEqual([['fall-of-raqqa', 1]]);
    expect(placeNotes(paragraphs, notes, 'en', { maxNotes: 0 })).toEqual([]);
  });

  it('leaves out the kinds switched off', () => {
    const paragraphs = paragraphsOf([
      'After the fall of Raqqa the city was liberated.',
      'x',
      'The caliphate lost territory.',
    ]);
    expect(summary(placeNotes(paragraphs, notes, 'en', { maxNotes: 8, kinds: { claim: false } }))).toEqual([
      ['caliphate-ends', 2],
    ]);
  });

  it('uses the cues of the page language and falls back to English ones', () => {
    const paragraphs = paragraphsOf(['Tras la caída de Raqqa.', 'x', 'The caliphate lost territory.']);
    expect(summary(placeNotes(paragraphs, notes, 'es-ES', { maxNotes: 8 }))).toEqual([
      ['fall-of-raqqa', 0],
      ['caliphate-ends', 2],
    ]);
    // Spanish cues exist for that note, so its English cues are not used on a Spanish page.
    const english = paragraphsOf(['The fall of Raqqa, liberated.']);
    expect(placeNotes(english, notes, 'es', { maxNotes: 8 })).toEqual([]);
  });

  it('matches Arabic cues with their proclitics', () => {
    const paragraphs = paragraphsOf(['وخسر التنظيم الخلافة بعد معارك طويلة.', 'لا شيء']);
    const placements = placeNotes(paragraphs, notes, 'ar', { maxNotes: 8 });
    expect(summary(placements)).toEqual([['caliphate-ends', 0]]);
    expect(placements[0]?.matched).toEqual(['خسر', 'الخلافة', 'معارك']);
  });

  it('is deterministic: ties go to the earlier note, then the earlier paragraph', () => {
    const twins = [note('first', { en: 'same three words' }), note('second', { en: 'same three words' })];
    const paragraphs = paragraphsOf(['same three words', 'x', 'x', 'same three words']);
    const once = summary(placeNotes(paragraphs, twins, 'en', { maxNotes: 8 }));
    expect(once).toEqual([
      ['first', 0],
      ['second', 3],
    ]);
    expect(summary(placeNotes(paragraphs, twins, 'en', { maxNotes: 8 }))).toEqual(once);
  });

  it('reads only prose, not scripts or code inside a paragraph', () => {
    document.body.innerHTML =
      '<article><p>Hello <script>/* fall of Raqqa liberated */</script><code>fall of Raqqa liberated</code></p></article>';
    expect(placeNotes(Array.from(document.querySelectorAll('p')), notes, 'en', { maxNotes: 8 })).toEqual([]);
  });

  it('returns [] for no paragraphs or no notes, and survives odd options', () => {
    expect(placeNotes([], notes, 'en', { maxNotes: 8 })).toEqual([]);
    expect(placeNotes(paragraphsOf(['fall of Raqqa']), [], 'en', { maxNotes: 8 })).toEqual([]);
    expect(placeNotes(paragraphsOf(['fall of Raqqa']), notes, '', { maxNotes: Number.NaN })).toEqual([]);
    const notAList = { paragraphs: [] } as unknown as Element[];
    expect(placeNotes(notAList, notes, 'en')).toEqual([]);
    expect(summary(placeNotes(paragraphsOf(['After the fall of Raqqa.']), notes, 'en'))).toEqual([
      ['fall-of-raqqa', 0],
    ]);
  });

  it('scores only the first paragraphs and the start of each, so huge pages stay cheap', () => {
    const filler = 'Nothing to see here. '.repeat(Math.ceil(MAX_SCORED_CHARS / 20));
    const texts = [`${filler} After the fall of Raqqa the city was liberated.`];
    for (let i = 1; i < MAX_SCORED_PARAGRAPHS; i++) texts.push('Sport results.');
    texts.push('The group lost the territory of its caliphate.');
    const placements = placeNotes(paragraphsOf(texts), notes, 'en', { maxNotes: 8 });
    expect(summary(placements)).toEqual([]);
    const early = placeNotes(paragraphsOf(texts.slice(-1)), notes, 'en', { maxNotes: 8 });
    expect(summary(early)).toEqual([['caliphate-ends', 0]]);
  });

  const fall = note('raqqa-falls', { en: 'raqqa, mosul; fell, recaptured, liberated; not: mosul dam' });

  it('places a note only where every facet of its matter has a cue', () => {
    const paragraphs = paragraphsOf([
      'Raqqa and Mosul are large cities with a long history of trade.',
      'Fighters recaptured the village and liberated the road to the coast.',
      'Raqqa was recaptured in October, and Mosul was liberated in July.',
    ]);
    const placements = placeNotes(paragraphs, [fall], 'en', { maxNotes: 8 });
    expect(summary(placements)).toEqual([['raqqa-falls', 2]]);
    expect(placements[0]?.matched).toEqual(['Raqqa', 'recaptured', 'Mosul', 'liberated']);
  });

  it('keeps a note away from a paragraph where another sense of its words matched', () => {
    const paragraphs = paragraphsOf([
      'Engineers recaptured the Mosul Dam, and in Raqqa the market fell silent.',
    ]);
    expect(placeNotes(paragraphs, [fall], 'en', { maxNotes: 8 })).toEqual([]);
  });

  it('reads article prose only: no captions, asides, share boxes, link lists or fragments', () => {
    const text = 'Raqqa was recaptured in October, and Mosul was liberated in July.';
    const furniture = [
      `<figure><figcaption>${text}</figcaption></figure>`,
      `<aside><p>${text}</p></aside>`,
      `<div class="share-tools"><p>${text}</p></div>`,
      `<p><a href="/a">${text}</a></p>`,
      '<p>Raqqa recaptured, Mosul liberated</p>',
      `<p>Related: ${text}</p>`,
    ];
    for (const html of furniture) {
      document.body.innerHTML = `<article>${html}</article>`;
      const blocks = Array.from(document.querySelectorAll('p, figcaption'));
      expect(placeNotes(blocks, [fall], 'en', { maxNotes: 8 }), html).toEqual([]);
    }
    document.body.innerHTML = `<article><p>${text}</p></article>`;
    expect(
      placeNotes(Array.from(document.querySelectorAll('p')), [fall], 'en', { maxNotes: 8 }),
    ).toHaveLength(1);
  });

  it('judges furniture by the box around a paragraph, not by the class of the whole article body', () => {
    const text = 'Raqqa was recaptured in October, and Mosul was liberated in July.';
    const filler = '<p>Officials gave the details to reporters on Monday in the capital.</p>'.repeat(4);
    document.body.innerHTML = `<div class="post tags-enabled author-view"><div>${filler}<p>${text}</p></div></div>`;
    const paragraphs = Array.from(document.querySelectorAll('p'));
    expect(summary(placeNotes(paragraphs, [fall], 'en', { maxNotes: 8 }))).toEqual([['raqqa-falls', 4]]);
  });
});
