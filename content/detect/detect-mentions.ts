import {
  CONFLICT,
  GENERIC_AFTER,
  indefinite,
  LETTERS,
  mayNameTheGroup,
  NAME_RULES,
  type NameKind,
  type NameRule,
  NOT_THE_GROUP,
} from './lexicon';

export interface Mention {
  label: string;
  kind: NameKind;
  /** The name as the text writes it (“Daech”, “Etat islamique”). */
  written: string;
  /** Offset of the mention in the text it was found in. */
  at: number;
}

// Built on first use: nearly every page fails mayNameTheGroup and never needs them, and constructing them
// (each parses the long Unicode letter class) was a measurable part of the every-page script's start.
let compiled: (NameRule & { pattern: RegExp })[] | null = null;
// Word edges for every script: a name glued to other letters or digits is another word.
const namePatterns = () =>
  (compiled ??= NAME_RULES.map((rule) => ({
    ...rule,
    pattern: new RegExp(`(?<![${LETTERS}\\d])(?:${rule.source})(?![${LETTERS}\\d])`, 'g'),
  })));

let wordEdges: { before: RegExp; after: RegExp } | null = null;
const edgeWords = () =>
  (wordEdges ??= {
    before: new RegExp(`([${LETTERS}.]+)[^${LETTERS}]*$`),
    after: new RegExp(`^[^${LETTERS}]*([${LETTERS}.]+)`),
  });
const isCapsWord = (word: string | undefined) => !!word && word.length > 1 && /^[A-Z.]+$/.test(word);

/** “THIS IS IT”, “IS/IT”, “IS-LM”, “Lexus IS 250”: the letters I-S that are not the group. */
function isStrayCaps(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  const after = text.slice(end, end + 30);
  const words = edgeWords();
  if (isCapsWord(words.before.exec(before)?.[1]) || isCapsWord(words.after.exec(after)?.[1])) return true;
  return /\/$/.test(before) || /^(?:\/|-[A-Z]{2}|[ -]?\d)/.test(after);
}

/** “Isis” the goddess, river, band, journal or person rather than the group. */
function isOtherIsis(text: string, at: number, end: number, inHeadline: boolean): boolean {
  // Uppercase ISIS/ISIL is the group's acronym; the mixed-case spelling is shared with the others.
  if (text[at + 1] !== 's') return false;
  if (NOT_THE_GROUP.test(text.slice(Math.max(0, at - 60), end + 60))) return true;
  // A capitalised word right after “Isis” in running text is a surname (Isis Valverde).
  return !inHeadline && /^ [A-Z][a-z]/.test(text.slice(end, end + 3));
}

function isGenericState(text: string, at: number, end: number): boolean {
  const article = indefinite().exec(text.slice(Math.max(0, at - 8), at));
  return !!article && (!article[1] || GENERIC_AFTER.test(text.slice(end, end + 12)));
}

/**
 * Every name of the group in one piece of text, after the local checks (case, neighbours, edges).
 * The page-level check (does the page speak of war or terror at all) is `hasConflictContext`.
 */
export function findMentions(text: string, language: string, inHeadline = false): Mention[] {
  const mentions: Mention[] = [];
  if (!mayNameTheGroup(text)) return mentions;
  for (const { label, kind, pattern, languages } of namePatterns()) {
    if (languages && language && !languages.includes(language)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const at = match.index;
      const end = at + match[0].length;
      if (kind === 'caps' && isStrayCaps(text, at, end)) continue;
      if (kind === 'context' && isOtherIsis(text, at, end, inHeadline)) continue;
      if (kind === 'name' && isGenericState(text, at, end)) continue;
      mentions.push({ label, kind, at, written: match[0] });
    }
  }
  return mentions;
}

/** True when the text speaks of war or terror: at least two words of that vocabulary. */
export function hasConflictContext(text: string): boolean {
  CONFLICT.lastIndex = 0;
  let found = 0;
  while (CONFLICT.exec(text)) if (++found >= 2) return true;
  return false;
}
