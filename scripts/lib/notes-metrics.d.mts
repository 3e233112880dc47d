// Types for the unit tests of notes-metrics.mjs (the script itself is plain JavaScript run by Node).
export type Labels = Record<string, number>;
export interface LabelledParagraph {
  text: string;
  claims: Labels;
}
export interface Placed {
  note: string;
  text: string;
}
export interface Tally {
  placed: number;
  onTopic: number;
  off: number;
  wanted: number;
  found: number;
  noneFits: number;
}
export interface Summary {
  pages: number;
  placed: number;
  on_topic: number;
  off: number;
  note_recall: number;
  notes_where_none_fits: number;
}
export function labelsFor(labelled: readonly LabelledParagraph[], text: string): Labels | null;
export function tallyPage(
  labelled: readonly LabelledParagraph[],
  placed: readonly Placed[],
  cap: number,
): Tally;
export function summarise(tallies: readonly Tally[]): Summary;
export function objective(tallies: readonly Tally[]): number;
