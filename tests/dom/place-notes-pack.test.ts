// The knowledge pack's own matters, on sentences written for these tests in the pack's languages:
// a note lands where its matter is, and stays away from other senses of its words.
import { beforeEach, describe, expect, it } from 'vitest';
import { notes } from '@/content/knowledge';
import '@/content/knowledge/languages/all';
import { placeNotes } from '@/content/notes/place-notes';
import { readPage } from '@/content/read/read-page';
import { loadFixture } from './overlay-page';

function placed(texts: string[], language: string): string[][] {
  document.body.innerHTML = `<article>${texts.map((text) => `<p>${text}</p>`).join('')}</article>`;
  const paragraphs = Array.from(document.querySelectorAll('p'));
  return placeNotes(paragraphs, notes, language, { maxNotes: 8 }).map((p) => [
    p.noteId,
    String(p.paragraphIndex),
  ]);
}

describe('placement with the knowledge pack', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the fall of Raqqa in each language of the pack', () => {
    const sentences: [string, string][] = [
      [
        'en',
        'Kurdish-led fighters said on Tuesday that they had recaptured Raqqa after a four-month offensive.',
      ],
      [
        'es',
        'Las milicias kurdas anunciaron el martes la liberación de Raqa tras una ofensiva de cuatro meses.',
      ],
      [
        'fr',
        'Les forces kurdes ont annoncé mardi la libération de Raqqa après une offensive de quatre mois.',
      ],
      [
        'it',
        'Le milizie curde hanno annunciato martedì la liberazione di Raqqa dopo una offensiva di quattro mesi.',
      ],
      [
        'de',
        'Kurdische Milizen haben am Dienstag die Befreiung von Rakka nach einer Offensive von vier Monaten verkündet.',
      ],
      ['ar', 'أعلنت القوات الكردية يوم الثلاثاء تحرير الرقة بعد معركة استمرت أربعة أشهر في شمال سوريا.'],
    ];
    for (const [language, sentence] of sentences)
      expect(placed([sentence], language), language).toEqual([['raqqa-mosul-fallen', '0']]);
  });

  it('needs more than one word: a city named in passing carries no note', () => {
    expect(
      placed(['The convoy passed through the outskirts of Raqqa on its way to the river crossing.'], 'en'),
    ).toEqual([]);
  });

  it('keeps notes off other senses and proper names', () => {
    const texts = [
      // An Iraqi army unit, not counter-radicalisation programmes.
      'Soldiers of the Counter-Terrorism Service led the push into the district, a program officials said would curb extremism and radicalization.',
      // The Turkish-Syrian border is not the Syria-Iraq border where the piece saw fighters fleeing.
      'Hundreds of families fled towards the Turkish-Syrian border as the fighting spread near Deir ez-Zor.',
      // A bombing in Syria reported by a monitor based in Britain is not an attack in Europe.
      'The Britain-based Syrian Observatory, which works from London, said the attack killed 17 people in Damascus.',
    ];
    expect(placed(texts, 'en')).toEqual([]);
  });

  // The long fixture has one paragraph written for each note (tests/e2e/overlay.test.mjs holds the
  // same table): whatever is placed must sit beside the paragraph written for it.
  const WRITTEN_FOR: Record<string, string> = {
    'raqqa-mosul-fallen': 'When Kurdish-led fighters',
    'territorial-defeat': 'The group had done something',
    'weakened-not-defeated': 'Yet officials who fought',
    'fleeing-south': 'As the cities fell',
    'africa-safe-haven': 'Further afield',
    'partial-victory': 'Inside Iraq and Syria',
    'fighters-15000': 'Estimates of the number',
    'migrant-boats': 'Security services around',
    'libya-gateway': 'Libya is the country',
    'gaddafi-vacuum': 'Critics of the 2011',
    'europe-attacks': 'In Europe the threat',
    'intelligence-role': 'The intelligence services',
    'border-arrests': 'Governments have also',
    'cut-financing': 'Investigators are following',
    'media-apparatus': 'Online, the group',
    'electronic-jihad': 'Specialists also track',
    'online-recruitment': 'Recruitment now happens',
    'minniti-platforms': 'Tech companies face',
    'deradicalise-returnees': 'Then there are the returnees',
    'far-from-dead': '"The caliphate is gone',
  };

  it('puts each note of the long fixture beside the paragraph written for it', () => {
    loadFixture('overlay-long-en.html');
    const placements = placeNotes(readPage(document).paragraphs, notes, 'en', { maxNotes: 8 });
    expect(placements.length).toBeGreaterThanOrEqual(5);
    for (const placement of placements)
      expect(placement.paragraph.textContent?.trim(), placement.noteId).toMatch(
        new RegExp(`^${WRITTEN_FOR[placement.noteId]}`),
      );
  });

  it.each([
    ['is-article-en.html', 'en', 5],
    ['overlay-dark-en.html', 'en', 1],
    ['is-article-ar.html', 'ar', 2],
    ['overlay-short-en.html', 'en', 1],
    ['overlay-two-column-en.html', 'en', 2],
  ])('gives %s the notes its real-browser tests wait for', (fixture, language, least) => {
    loadFixture(fixture);
    const placements = placeNotes(readPage(document).paragraphs, notes, language, { maxNotes: 8 });
    expect(placements.length).toBeGreaterThanOrEqual(least);
  });
});
