// Notes and glossary terms made up for a test: their cues and aliases are registered as a language
// pack would bring them (the knowledge pack's own live in content/knowledge/languages/).
import { registerLanguage } from '@/content/knowledge/language-lookup';
import type { GlossaryTerm, Language, Note, NoteKind } from '@/content/types';

/** One line per language, written as in languages/*.ts. */
type Lines = Partial<Record<Language, string>>;

function register(part: 'cues' | 'aliases', id: string, lines: Lines) {
  for (const [language, line] of Object.entries(lines) as [Language, string][])
    registerLanguage(language, { cues: {}, aliases: {}, [part]: { [id]: line } });
}

export function testNote(id: string, cues: Lines, kind: NoteKind = 'argument'): Note {
  register('cues', id, cues);
  return { id, kind, paragraph: 1, paraphrase: id, referenceDates: [], terms: [] };
}

export function testTerm(id: string, label: string, aliases: Lines, card = ''): GlossaryTerm {
  register('aliases', id, aliases);
  return { id, label, card, notes: [] };
}
