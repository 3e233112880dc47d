import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, THRESHOLDS } from '@/content/detect/detect';
import { CONFUSABLES } from '@/content/detect/lexicon-examples';
import type { PageReading, Sensitivity } from '@/content/types';

function reading(headline: string, texts: string[], language = 'en', isArticle = true): PageReading {
  const paragraphs = texts.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  });
  return { root: null, headline, lead: texts[0] ?? '', paragraphs, language, published: null, isArticle };
}

const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Paragraph ${i + 1} reports on the budget talks, the council vote and the weather.`,
  );
const aboutAt = (r: PageReading, sensitivity: Sensitivity = 'normal') => detect(r, sensitivity).about;

/** Each scoring rule with the pages it decides; read as a specification. */
const SCORING_EXAMPLES: { rule: string; page: PageReading; about: boolean }[] = [
  {
    rule: 'a name in the headline is enough',
    page: reading('Islamic State fighters retake desert town', filler(8)),
    about: true,
  },
  {
    rule: 'a short report whose lead says the group claimed the attack is enough',
    page: reading('Death toll in Baghdad market blast rises to 70', [
      'The death toll of Sunday’s blast in a Baghdad market rose to 70, police said.',
      'The attack was claimed by Islamic State, officials said.',
    ]),
    about: true,
  },
  {
    rule: 'one mention in the lead of a long story on something else is passing',
    page: reading('U.S. orders military families to leave parts of Turkey', [
      'Families at Incirlik air base, used in the fight against Islamic State, were told to leave.',
      ...filler(14),
    ]),
    about: false,
  },
  {
    rule: 'one background sentence deep in the body is passing',
    page: reading("Turkey's central bank raises rates", [
      ...filler(5),
      'Tourism fell after bombings claimed by Islamic State.',
      ...filler(4),
    ]),
    about: false,
  },
  {
    rule: "a name in the lead of a short story that tells the group's story (caliphate, Mosul) is enough",
    page: reading('Iraqi forces enter the old city', [
      'Iraqi troops entered the old city of Mosul on Sunday, the last district held by the Islamic State group.',
      'Commanders said the fall of the city would end the caliphate declared there in 2014.',
      'Aid agencies estimate that 100,000 civilians remain trapped.',
      'Fighting is expected to last weeks.',
    ]),
    about: true,
  },
  {
    rule: "the group's story named only in passing, deep in a long report on something else, is passing",
    page: reading('Oil prices climb as supply tightens', [
      ...filler(6),
      'Output in northern Iraq recovered after Islamic State lost Mosul and its caliphate collapsed.',
      ...filler(5),
    ]),
    about: false,
  },
  {
    rule: 'discussion throughout the body, with neither headline nor lead naming the group, is enough',
    page: reading('The long road home', [
      ...filler(2),
      'Islamic State recruiters reached him online.',
      'He crossed into Syria to join ISIS in 2014.',
      'Islamic State commanders sent him to Raqqa.',
      'He trained with Islamic State fighters near Mosul.',
      'Daesh sent him back to Europe in 2016.',
      'He left the Islamic State in 2017.',
    ]),
    about: true,
  },
  {
    rule: 'a headline about an attack whose text blames the group is enough',
    page: reading('Suicide attack on wedding kills 30', [
      ...filler(2),
      'Islamic State claimed in a statement that one of its fighters set off the explosives.',
      ...filler(1),
    ]),
    about: true,
  },
  {
    rule: 'acronyms need a page about war or terror',
    page: reading('ISIS and ISIL: two archives merge their catalogues', filler(6)),
    about: false,
  },
  {
    rule: 'a section front or home page is never an article',
    page: reading('Islamic State', ['Islamic State fighters regroup.', 'ISIS claims attack.'], 'en', false),
    about: false,
  },
];

describe('scoring rules', () => {
  for (const { rule, page, about } of SCORING_EXAMPLES) {
    it(rule, () => expect(aboutAt(page)).toBe(about));
  }

  it('says why: each name with where it was found, then the score', () => {
    const page = reading('Islamic State loses Raqqa', [
      'Kurdish-led forces said Islamic State fighters had surrendered.',
      ...Array.from({ length: 4 }, () => 'Islamic State militants fled east.'),
      'Civilians returned.',
    ]);
    const { reasons, score } = detect(page, 'normal');
    // The lead is the first two short paragraphs; three more paragraphs name the group.
    expect(reasons[0]).toBe('“Islamic State” ×6: headline, lead, 3 paragraphs');
    expect(reasons.at(-1)).toBe(`score ${score} ≥ 3 (normal)`);
  });

  it('quotes each name as the page writes it, most often; capitals and Arabic forms by their rule', () => {
    const french = reading(
      'Frappes contre Daech en Syrie',
      [
        'Les frappes visent Daech près de Raqqa.',
        "L'Etat islamique recule, Daech aussi.",
        'Daesh perd du terrain.',
      ],
      'fr',
    );
    const reasons = detect(french, 'normal').reasons;
    expect(reasons[0]).toMatch(/^“Daech” ×4: /);
    expect(reasons[1]).toMatch(/^“Etat islamique” ×1: /);
    const shouted = reading('ISLAMIC STATE CLAIMS ATTACK', [
      'Islamic State fighters fled.',
      'Civilians returned.',
    ]);
    expect(detect(shouted, 'normal').reasons[0]).toMatch(/^“Islamic State” ×2: /);
    const arabic = reading('وداعش تتبنى الهجوم', ['أعلن تنظيم داعش مسؤوليته عن الهجوم.'], 'ar');
    expect(detect(arabic, 'normal').reasons[0]).toMatch(/^“داعش” ×2: /);
  });

  it('reports the reading language', () => {
    expect(
      detect(reading('El Estado Islámico reivindica el ataque', filler(2), 'es'), 'normal').language,
    ).toBe('es');
  });
});

describe('sensitivity', () => {
  it('orders the thresholds strict > normal > broad', () => {
    expect(THRESHOLDS.strict).toBeGreaterThan(THRESHOLDS.normal);
    expect(THRESHOLDS.normal).toBeGreaterThan(THRESHOLDS.broad);
  });

  it('never detects at a stricter setting a page it rejects at a broader one', () => {
    const sentence = fc.constantFrom(
      'Islamic State militants attacked.',
      'Daesh lost ground.',
      'The council met.',
      'Prices rose.',
      'ISIS claimed the bombing.',
    );
    fc.assert(
      fc.property(sentence, fc.array(sentence, { maxLength: 12 }), (headline, texts) => {
        const page = reading(headline, texts);
        const [strict, normal, broad] = (['strict', 'normal', 'broad'] as const).map((s) => aboutAt(page, s));
        return (!strict || normal) && (!normal || broad);
      }),
    );
  });
});

describe('generated negatives: every confusable is rejected wherever it sits', () => {
  const neutral = filler(6);
  const war = [
    'Militants attacked a checkpoint near Mosul.',
    'Terror suspects were held in Syria.',
    ...filler(4),
  ];
  for (const { language, topic, text } of CONFUSABLES) {
    it(`${topic} [${language}] in the headline, the lead or every paragraph`, () => {
      const pages = [
        reading(text, neutral, language),
        reading('Weekly news', [text, ...neutral], language),
        reading('Weekly news', Array(8).fill(text), language),
        reading('Weekly news', [text, ...war], language),
        reading('Weekly news', [...war, text, text], language),
      ];
      for (const page of pages) expect(aboutAt(page, 'broad'), page.headline).toBe(false);
    });
  }
});

describe('bad input', () => {
  it('answers about:false for an empty reading', () => {
    expect(detect(reading('', []), 'normal')).toMatchObject({ about: false, score: 0 });
  });

  it('reads a 5 MB paragraph without throwing, within its size limit', () => {
    const huge = `${'word '.repeat(1_000_000)} Islamic State`;
    expect(() => detect(reading('Notes', [huge]), 'normal')).not.toThrow();
  });

  it('accepts an unknown language and an unknown sensitivity', () => {
    const page = reading('Islamic State fighters retake town', filler(3), 'xx');
    expect(detect(page, 'normal').about).toBe(true);
    expect(detect(page, 'loud' as Sensitivity).about).toBe(true);
  });
});
