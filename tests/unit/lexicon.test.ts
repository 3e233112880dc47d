import { describe, expect, it } from 'vitest';
import { findMentions, hasConflictContext } from '@/content/detect/detect-mentions';
import { mayNameTheGroup, NAME_PIECES, NAME_RULES } from '@/content/detect/lexicon';
import { CONFUSABLES, NAME_EXAMPLES } from '@/content/detect/lexicon-examples';

const labelsIn = (text: string, language: string) => findMentions(text, language).map((m) => m.label);

describe('every name rule has its examples', () => {
  it('covers each rule of the lexicon, with at least one sentence where it is found', () => {
    for (const rule of NAME_RULES) {
      const examples = NAME_EXAMPLES[rule.label];
      expect(examples, rule.label).toBeDefined();
      expect(
        examples?.some((e) => e.found.length > 0),
        rule.label,
      ).toBe(true);
    }
  });
});

for (const [label, table] of Object.entries(NAME_EXAMPLES)) {
  describe(`rule “${label}”`, () => {
    for (const { language, found, rejected } of table) {
      for (const text of found) {
        it(`finds it in [${language}] ${text}`, () => {
          expect(labelsIn(text, language)).toContain(label);
        });
      }
      for (const text of rejected) {
        it(`rejects [${language}] ${text}`, () => {
          expect(labelsIn(text, language)).not.toContain(label);
        });
      }
    }
  });
}

describe('the cheap pre-test', () => {
  it('lets through every sentence where a rule finds a name', () => {
    for (const { found } of Object.values(NAME_EXAMPLES).flat()) {
      for (const text of found) expect(mayNameTheGroup(text), text).toBe(true);
    }
  });

  it('lets through every spelling each rule accepts, alone', () => {
    const spellings = [
      'Islamic State',
      'ISLAMIC STATE',
      'Daesh',
      'Dáesh',
      "Da'esh",
      'Da’esch',
      'Daech',
      'Daish',
      'DAESH',
      'DAECH',
      'ISIL',
      'Isils',
      'EIIL',
      'EIIS',
      'ISIS',
      'Isis',
      'IS',
      'EI',
      'Estado Islamico',
      'Estado Islámico',
      'État islamique',
      'Etat Islamique',
      'ÉTAT ISLAMIQUE',
      'Stato islamico',
      'Islamischen Staates',
      'ISWAP',
      'ISKP',
      'ISIS-K',
      'IS-K',
      'ISGS',
      'وداعش',
      'داعشية',
      'تنظيم الدولة',
      'الدولة الإسلامية',
      'دولة الاسلامية',
    ];
    for (const spelling of spellings) {
      expect(
        NAME_RULES.some((rule) => new RegExp(`^(?:${rule.source})$`).test(spelling)),
        spelling,
      ).toBe(true);
      expect(mayNameTheGroup(spelling), spelling).toBe(true);
    }
  });

  it('lets every spelling of Daesh and État islamique through', () => {
    const daesh: string[] = [];
    for (const a of ['a', 'á'])
      for (const quote of ['', "'", '’'])
        for (const end of ['esh', 'ech', 'esch', 'ish']) daesh.push(`D${a}${quote}${end}`);
    const etat = ['Etat', 'État'].flatMap((word) => [`${word} islamique`, `${word} Islamique`]);
    for (const spelling of [...daesh, ...etat, 'DAESH', 'DAECH', 'ÉTAT ISLAMIQUE', 'ETAT ISLAMIQUE']) {
      expect(
        NAME_RULES.some((rule) => new RegExp(`(?:${rule.source})`).test(spelling)),
        spelling,
      ).toBe(true);
      expect(mayNameTheGroup(spelling), spelling).toBe(true);
    }
  });

  it('has pieces that an expression reads as plain text, joined as alternatives', () => {
    for (const piece of NAME_PIECES) expect(piece, piece).toMatch(/^[^.*+?^${}()|[\]\\/]+$/);
  });

  it('finds a piece anywhere in long two-byte text, and only there', () => {
    const prose = 'The council’s “budget” vote was delayed again. '.repeat(80);
    expect(mayNameTheGroup(prose)).toBe(false);
    expect(mayNameTheGroup(`${prose}Daesh${prose}`)).toBe(true);
    expect(mayNameTheGroup(`${prose}l’État islamique`)).toBe(true);
  });

  it('stops ordinary prose, in every language the lexicon reads', () => {
    for (const text of [
      'The council met again on Tuesday to discuss the budget and the weather.',
      'Le conseil municipal a voté le budget de la ville mardi soir.',
      'El ayuntamiento aprobó el presupuesto el martes por la noche.',
      'Il consiglio comunale ha approvato il bilancio martedì sera.',
      'Der Stadtrat hat am Dienstagabend den Haushalt beschlossen.',
      'وافق المجلس البلدي على الميزانية مساء الثلاثاء.',
    ]) {
      expect(mayNameTheGroup(text), text).toBe(false);
    }
  });
});

describe('findMentions', () => {
  it('reports where each mention starts, and how the text writes it', () => {
    const text = 'Officials said Daesh fighters fled.';
    expect(findMentions(text, 'en')).toEqual([
      { label: 'Daesh', kind: 'name', at: text.indexOf('Daesh'), written: 'Daesh' },
    ]);
    expect(findMentions('les frappes contre Daech', 'fr')).toMatchObject([
      { label: 'Daesh', written: 'Daech' },
    ]);
  });

  it('keeps the French and Spanish “EI” out of other languages, but reads it when the language is unknown', () => {
    expect(labelsIn("les combattants de l'EI", 'en')).not.toContain('EI');
    expect(labelsIn("les combattants de l'EI", '')).toContain('EI');
  });

  it('reads a capitalised word after “Isis” as a surname in running text, not in a headline', () => {
    expect(findMentions('Isis Fighters Seize Town', 'en', true).map((m) => m.label)).toContain('ISIS');
    expect(labelsIn('Isis Fighters Seize Town', 'en')).not.toContain('ISIS');
  });

  it('finds nothing in empty or name-free text', () => {
    expect(findMentions('', 'en')).toEqual([]);
    expect(findMentions('The council approved the budget on Tuesday.', 'en')).toEqual([]);
  });
});

describe('hasConflictContext', () => {
  it.each([
    ['en', 'Militants attacked a checkpoint near Mosul.'],
    ['es', 'Los yihadistas atacaron en Siria.'],
    ['fr', 'Les djihadistes ont frappé en Syrie.'],
    ['it', 'I miliziani hanno colpito in Siria.'],
    ['de', 'Die Dschihadisten griffen in Syrien an.'],
    ['ar', 'هجوم إرهابي في العراق'],
  ])('sees war or terror in [%s] %s', (_language, text) => {
    expect(hasConflictContext(text)).toBe(true);
  });

  it.each(CONFUSABLES.filter((c) => !/other groups|caliphates/.test(c.topic)).map((c) => [c.topic, c.text]))(
    'sees none around the %s look-alike',
    (_topic, text) => {
      expect(hasConflictContext(text)).toBe(false);
    },
  );
});
