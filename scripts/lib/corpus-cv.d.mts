// Types for the unit tests of corpus-cv.mjs (the script itself is plain JavaScript run by Node).
export interface ScoredPage {
  item: { id: string; source?: string; label: string; lang: string; hard?: boolean };
  detection: { score: number };
  isArticle: boolean;
}
export interface HeldOutSummary {
  recall: number | null;
  fpr: number | null;
  hard_fpr: number | null;
  passing_rate: number | null;
  thresholds_chosen: Record<string, number>;
}
export function sourceOf(item: ScoredPage['item']): string;
export function leaveOneSourceOut(results: ScoredPage[]): HeldOutSummary;
