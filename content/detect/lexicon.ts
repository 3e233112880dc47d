// The names of the Islamic State the detector counts, in six languages. Kept as compact regex
// sources because this file ships in the script that runs on every page.

/**
 * How sure a name is on its own:
 * - 'name': unambiguous (Daesh, “Islamic State” with a capital S, داعش…).
 * - 'context': also a goddess, a first name, an acronym or a generic phrase, so it only counts on a
 *   page that speaks of war or terror, and never next to words of myth, rivers, music or journals.
 * - 'caps': an uppercase abbreviation (IS, EI) that also never counts inside a run of capitals.
 */
export type NameKind = 'name' | 'context' | 'caps';

export interface NameRule {
  label: string;
  kind: NameKind;
  /** Regex source; word edges are added around it (letters of any script). */
  source: string;
  /** Languages where the name is used, when it is a common acronym elsewhere. */
  languages?: string;
}

const rule = (label: string, kind: NameKind, source: string, languages?: string): NameRule => ({
  label,
  kind,
  source,
  languages,
});

/**
 * Letters of the scripts the lexicon reads (Latin with accents, Greek, Cyrillic, Arabic), for word
 * edges. Explicit ranges, not \\p{L}: Unicode property classes cost milliseconds to compile on a
 * page's first contact with the gate.
 */
export const LETTERS = 'A-Za-zÀ-ÖØ-öø-ɏͰ-ӿ\\u0620-\\u064A\\u066E-\\u06D3';

const ARABIC_PREFIX = '(?:[وفبلك]|ال|لل|وال|بال)?';

export const NAME_RULES: readonly NameRule[] = [
  rule('Islamic State', 'name', 'Islamic State|ISLAMIC STATE'),
  rule('Daesh', 'name', "D[aá]['’]?(?:e(?:sh|ch|sch)|ish)|DAESH|DAECH"),
  rule('ISIL', 'context', 'ISILs?|Isils?|EIIL|EIIS'),
  rule('ISIS', 'context', 'ISISs?|Isis'),
  rule('IS', 'caps', 'IS'),
  rule('EI', 'caps', 'EI', 'fr es'),
  // Italian papers elide the article before the acronym, in mixed case: “l'Is”, “dell'Is”.
  rule('Is', 'caps', "(?<=[lL]['’])Is", 'it'),
  rule('Estado Islámico', 'name', 'Estado Isl[aá]mico'),
  rule('État islamique', 'name', '[ÉE]tat [iI]slamique|[ÉE]TAT ISLAMIQUE'),
  rule('Stato Islamico', 'name', 'Stato [iI]slamico'),
  rule('Islamischer Staat', 'name', 'Islamische[nrs]? Staat(?:e?s)?'),
  rule('ISWAP / ISKP', 'name', 'ISWAP|ISKP|ISIS-K|IS-K|ISGS'),
  rule('داعش', 'name', `${ARABIC_PREFIX}داعش(?:ي|ية|يون|يين)?`),
  rule('تنظيم الدولة', 'name', `${ARABIC_PREFIX}تنظيم الدولة`),
  rule('الدولة الإسلامية', 'context', `${ARABIC_PREFIX}(?:دولة|الدولة) ال[إا]سلامية`),
];

// Every spelling of “Daesh” the rule above accepts starts with one of these: the letters after “Da”
// (an apostrophe or e) are rare in other words, and “Dais” stands for “Daish” (“Dai” would be every
// “Daily”).
const DAESH_STARTS = ['Da', 'Dá'].flatMap((d) => [`${d}e`, `${d}is`, `${d}'`, `${d}’`]);

/**
 * Pieces of text of which every name above contains at least one: one cheap test that lets most
 * text (nearly every page a reader opens) skip the exact patterns. Few pieces, and no character
 * classes, so that the one expression they make stays cheap to compile.
 */
export const NAME_PIECES: readonly string[] = [
  'IS',
  'Isi',
  'EI',
  "'Is",
  '’Is',
  'Islami',
  'Islámi',
  ...DAESH_STARTS,
  'DAE',
  // “Etat islamique”, “État Islamique”, “ETAT ISLAMIQUE”.
  'tat i',
  'tat I',
  'TAT I',
  'Stato',
  'داعش',
  'تنظيم',
  'سلامية',
];

// One expression of plain alternatives reads the text once; a substring scan per piece read it 24
// times, which on two-byte text (any page with a curly quote) cost the every-page script 2-3x more.
// Measured in Chromium on the bench's 16 pages let go: warm cheap stage 20-55 % faster on each, while
// the first call on a fresh page costs some 40 us more (the expression's compilation), once.
let anyPiece: RegExp | null = null;

/**
 * False when `text` cannot contain a name of the group (true does not mean that it does). The
 * pieces hold no character that means something in an expression (tests/unit/lexicon checks).
 */
export function mayNameTheGroup(text: string): boolean {
  anyPiece ??= new RegExp(NAME_PIECES.join('|'));
  return anyPiece.test(text);
}

/**
 * “un État islamique”, “uno Stato islamico”, “ein Islamischer Staat”: an indefinite article before
 * the name is the generic idea, not the group. In English, “an Islamic State stronghold” still is
 * the group, so “a/an” only makes it generic before nothing, punctuation or a function word.
 */
let indefiniteArticle: RegExp | null = null;
export const indefinite = () =>
  (indefiniteArticle ??= new RegExp(
    `(?:^|[^${LETTERS}])(?:(an?)|un|une|uno|una|ein|einen|einem|eines)\\s+$`,
    'i',
  ));
export const GENERIC_AFTER =
  /^(?:[^A-Za-z-]*$|[.,;:!?)"”]|\s+(?:in|of|based|governed|ruled|run|where|that|which|with|under|and|or|is|was|for)\b)/i;

/**
 * Words of war and terror, in the six languages. A page where fewer than two of them occur is not
 * speaking of the group, whatever its acronyms.
 */
export const CONFLICT =
  /ihad|terror|militan|militia|miliz|milic|fighter|combat|kämpf|insurg|extremis|caliph|califa|califf|kalifat|syri|siria|ira[kq]|mosul|mossoul|raqq|rakka|kurd|peshmerga|behead|air ?strike|bomb|attentat|atentado|anschlag|hostage|otage|ostagg|rehén|geisel|soldier|soldat|soldad|troops|truppe|tropas|baghdad|damas|alep|libya|libia|afghan|nigeria|sinai|radicali|radikali|إرهاب|ارهاب|مسلح|سوري|العراق|الخلافة|جهاد|مقاتل|تفجير|هجوم/gi;

/** Words that, next to “Isis”, mean the goddess, a river, a band, a journal or a person. */
export const NOT_THE_GROUP =
  /\b(?:godd?ess|osiris|horus|deity|diosa|déesse|dea|göttin|myth\w*|temple|tempio|templo|tempel|thames|oxford|rowing|post-metal|album|singer|journal|unveiled|priestess)\b/i;

/** Next to a name: the group claimed, was blamed for or held responsible for what the article reports. */
export const CLAIM =
  /claim|responsib|responsab|verantwortlich|blamed|attribu|atribu|revendiq|reivindic|rivendic|bekannt|تبنى|تبنت/i;

/**
 * The group's own story, one pattern per thing: its caliphate, its two capitals, its leader, its news
 * agency, the jihadism it preaches, the allegiance sworn to it, and the camps and last stand where its
 * fighters' families ended. With a name of the group, two of them mean the article tells that story
 * rather than mentioning the group in passing. (Its foreign fighters were tried too: leaving each
 * corpus source out, they lifted a passing mention over the line, and recall fell.)
 */
export const GROUP_STORY: readonly RegExp[] = [
  /caliph|califa|califf|kalifat|خلافة/i,
  /raqq|rakka|الرقة/i,
  /mosul|mossoul|mossul|الموصل/i,
  /baghdadi|بغدادي/i,
  /amaq|أعماق/i,
  // “jihadis” also finds the French “djihadistes”.
  /jihadis|yihadis|dschihadis|جهادي/i,
  /allegiance|lealtad|allégeance|fedeltà|treueeid|مبايعة|بايع/i,
  /\bal[- ]?hol\b|baghuz|baguz|الهول|الباغوز/i,
];

/** A headline about militants, terror or an attack: when the text names the group, it is the actor. */
export const ACTOR_HEADLINE =
  /ihad|islamis|salafis|takfir|militan|miliz|fighter|combattant|combatient|combattent|kämpfer|مقاتل|terror|suicide|bomber|kamikaze|extremis|insurg|gunm|attentat|atentado|anschlag|claim|انتحاري|إرهاب|ارهاب/i;
