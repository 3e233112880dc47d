// Examples for every rule of the lexicon, kept next to it: the tests run each one, and generate
// pages around the confusables. Not imported by the content script.

export interface RuleExamples {
  language: string;
  /** Sentences where the rule must find the name. */
  found: string[];
  /** Sentences where the rule must not find it, whatever the page around them. */
  rejected: string[];
}

/** Per rule label of `NAME_RULES`. */
export const NAME_EXAMPLES: Record<string, RuleExamples[]> = {
  'Islamic State': [
    {
      language: 'en',
      found: [
        'Islamic State fighters seized the town.',
        'Falluja, an Islamic State stronghold, is under siege.',
        'the Islamic State-held city of Raqqa',
        'ISLAMIC STATE TARGETED',
      ],
      rejected: [
        'Pakistan became an Islamic State in 1956.',
        'They want to build an Islamic state.',
        'the Islamic state of Iran',
        'a modern Islamic statehood',
      ],
    },
  ],
  Daesh: [
    {
      language: 'en',
      found: ['Daesh lost Mosul.', "Da'esh militants", 'DAESH'],
      rejected: ['Dash cam', 'Dashboard'],
    },
    { language: 'fr', found: ['les combattants de Daech', 'le groupe Daesh'], rejected: ['le Dach'] },
    { language: 'es', found: ['el grupo Dáesh'], rejected: [] },
    { language: 'de', found: ['die Terrormiliz Daesch'], rejected: ['das Dach des Hauses'] },
  ],
  ISIL: [
    {
      language: 'en',
      found: ['ISIL terrorists attacked', 'ISILs terrorists fired rockets', 'the Isil commander'],
      rejected: ['Isilda', 'ISILDUR'],
    },
    { language: 'es', found: ['el Estado Islámico de Irak y el Levante (EIIL)'], rejected: [] },
  ],
  ISIS: [
    {
      language: 'en',
      found: ['ISIS claimed the attack.', 'Isis fighters retreated.', 'the ISIS-K branch'],
      rejected: [
        'Isis, the Egyptian goddess, and Osiris',
        'the temple of Isis at Philae',
        'Isis Valverde won the award.',
        'rowing on the Isis at Oxford',
        'Isis, the journal of the History of Science Society',
        'Isis, the post-metal band',
        'crisis',
        'ISISX',
      ],
    },
    { language: 'it', found: ["combattenti dell'Isis", "L'Isis rivendica"], rejected: ['la dea Isis'] },
  ],
  IS: [
    {
      language: 'en',
      found: ['IS fighters entered the town.', 'the IS group claimed it', 'an IS-held village'],
      rejected: [
        'THIS IS IT',
        'WHAT IS NEW',
        'the IS/IT department',
        'the IS-LM model',
        'Lexus IS 300',
        'It is',
      ],
    },
    {
      language: 'de',
      found: ['Die IS-Miliz griff an.', 'Kämpfer des IS', 'IS-Rückkehrer vor Gericht'],
      rejected: ['Das IS-LM-Modell', 'Abteilung IS/IT', 'ES IST WAHR: DAS IS ES'],
    },
  ],
  EI: [
    { language: 'fr', found: ["les combattants de l'EI", 'l’EI a revendiqué'], rejected: ['EI EI O'] },
    { language: 'es', found: ['soldados del EI', 'el grupo EI'], rejected: [] },
    { language: 'en', found: [], rejected: ['EI skills matter at work', 'Canada EI benefits'] },
  ],
  Is: [
    {
      language: 'it',
      found: ["i miliziani dell'Is in fuga", 'l’Is ha rivendicato', "la roccaforte libica dell'Is"],
      rejected: ["l'Isola d'Elba", "dell'Istituto", 'What Is Love', 'Is this the end?', "l'IS-LM"],
    },
  ],
  'Estado Islámico': [
    {
      language: 'es',
      found: ['el Estado Islámico reivindicó', 'milicianos del Estado Islamico'],
      rejected: ['fundar un Estado Islámico en el que', 'un estado islámico'],
    },
  ],
  'État islamique': [
    {
      language: 'fr',
      found: ["l'organisation État islamique", "l'Etat islamique a revendiqué", 'ETAT ISLAMIQUE'],
      rejected: ['instaurer un État islamique.', 'un état islamique'],
    },
  ],
  'Stato Islamico': [
    {
      language: 'it',
      found: ['lo Stato Islamico ha rivendicato', 'lo Stato islamico'],
      rejected: ['fondare uno Stato Islamico.', 'uno stato islamico'],
    },
  ],
  'Islamischer Staat': [
    {
      language: 'de',
      found: [
        'die Terrormiliz Islamischer Staat',
        'Kämpfer des Islamischen Staates',
        'gegen den Islamischen Staat',
      ],
      rejected: ['ein Islamischer Staat.', 'ein islamischer Staat'],
    },
  ],
  'ISWAP / ISKP': [
    {
      language: 'en',
      found: ['ISWAP fighters in Borno', 'ISKP claimed it', 'the ISGS in the Sahel'],
      rejected: [],
    },
  ],
  داعش: [{ language: 'ar', found: ['مقاتلو داعش', 'وداعش أعلن', 'عناصر داعشية'], rejected: [] }],
  'تنظيم الدولة': [{ language: 'ar', found: ['تنظيم الدولة في العراق', 'وتنظيم الدولة'], rejected: [] }],
  'الدولة الإسلامية': [
    { language: 'ar', found: ['الدولة الإسلامية', 'الدولة الاسلامية في العراق'], rejected: [] },
  ],
};

/**
 * Pages that must never be detected, whatever the sensitivity: look-alikes of the names, and
 * coverage of neighbouring subjects that never names the group.
 */
export const CONFUSABLES: { language: string; topic: string; text: string }[] = [
  {
    language: 'en',
    topic: 'goddess',
    text: 'Isis, the Egyptian goddess, mourned Osiris; her temple stands on Philae.',
  },
  {
    language: 'en',
    topic: 'first name',
    text: 'Isis Taylor scored twice, and Isis Valverde presented the trophy.',
  },
  { language: 'en', topic: 'river', text: 'Eights Week crews raced on the Isis, the Thames at Oxford.' },
  { language: 'en', topic: 'band', text: 'Isis, the post-metal band, released the album Oceanic in 2002.' },
  {
    language: 'en',
    topic: 'journal',
    text: 'Isis, the journal of the History of Science Society, turns 100.',
  },
  { language: 'en', topic: 'capitals', text: 'THIS IS IT. WHAT IS NEXT FOR THE LEXUS IS 300?' },
  { language: 'en', topic: 'IS/IT', text: 'The IS/IT department moved the IS-LM course to the new server.' },
  { language: 'de', topic: 'IS-Modell', text: 'Das IS-LM-Modell und die Abteilung IS/IT der Universität.' },
  {
    language: 'en',
    topic: 'generic',
    text: 'Lawmakers asked whether Pakistan should be an Islamic state in law.',
  },
  { language: 'fr', topic: 'generic', text: 'Ils rêvent de fonder un État islamique en Afrique du Nord.' },
  {
    language: 'es',
    topic: 'generic',
    text: 'Quieren construir un Estado Islámico en el que rija la sharía.',
  },
  { language: 'it', topic: 'generic', text: 'Volevano fondare uno Stato islamico fondato sulla sharia.' },
  { language: 'de', topic: 'generic', text: 'Sie fordern ein islamischer Staat und das Kalifat.' },
  {
    language: 'en',
    topic: 'caliphates',
    text: 'The Abbasid caliphate and the Ottoman caliphate ruled Baghdad.',
  },
  {
    language: 'en',
    topic: 'other groups',
    text: 'Al-Qaeda, the Taliban, Hamas and Hezbollah fought in Syria.',
  },
  { language: 'ar', topic: 'other groups', text: 'اشتباكات بين جبهة النصرة وحركة طالبان في سوريا.' },
];
