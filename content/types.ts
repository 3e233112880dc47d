// Shared shapes of the pipeline: read-page → detect → place-notes → find-terms → highlight → overlay.

export type Language = 'en' | 'es' | 'fr' | 'it' | 'de' | 'ar';
export type Sensitivity = 'strict' | 'normal' | 'broad';

/** What read-page extracts from the live DOM. Elements are live references, never clones. */
export interface PageReading {
  /** The element that holds the article text, or null when the page has none we trust. */
  root: Element | null;
  headline: string;
  /** The first paragraph(s) of the article, trimmed to a few hundred characters. */
  lead: string;
  /** Block elements of the article body in reading order. */
  paragraphs: Element[];
  /** BCP 47 primary subtag as found on the page ('en', 'es', …), or '' when unknown. */
  language: string;
  /** Publication date as found on the page, or null. */
  published: Date | null;
  /** False for home pages, section fronts and other non-article pages. */
  isArticle: boolean;
}

export interface Detection {
  about: boolean;
  score: number;
  language: string;
  /** Human-readable evidence, e.g. '“Islamic State” ×6: headline, lead, 4 paragraphs'. */
  reasons: string[];
}

export type NoteKind = 'argument' | 'claim' | 'prediction';

export interface ReferenceDate {
  event: string;
  /** ISO date 'YYYY-MM-DD' (or 'YYYY-MM' for month precision). */
  date: string;
}

export interface PieceSource {
  outlet: string;
  /** ISO date 'YYYY-MM-DD'. */
  published: string;
  originalLanguage: Language;
  textLanguage: Language;
  genre: 'opinion';
  author: string | null;
}

/**
 * What a paragraph must be about for a note to sit beside it, in one language: every facet (e.g. the
 * city, and its capture or siege) needs a cue of its own, so that one shared word is never enough;
 * where a `not` phrase matches (another sense or a proper name: "Counter-Terrorism Service"), the
 * note is not placed there. Cues are words or short phrases, matched case-insensitively on word
 * edges; each language's live in knowledge/languages/, by note id, as do the terms' aliases.
 */
export interface Matter {
  needs: string[][];
  not: string[];
}

export interface Note {
  id: string;
  kind: NoteKind;
  paragraph: number;
  paraphrase: string;
  quotation?: string;
  referenceDates: ReferenceDate[];
  terms: string[];
}

export interface GlossaryTerm {
  id: string;
  label: string;
  card: string;
  notes: string[];
}

export interface NotePlacement {
  noteId: string;
  paragraph: Element;
  paragraphIndex: number;
  score: number;
  /** The words of the paragraph that matched the note's cues ("why here"). */
  matched: string[];
}

export interface TermMatch {
  termId: string;
  range: Range;
}
