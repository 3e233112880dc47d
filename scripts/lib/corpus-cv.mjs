// Leave-one-source-out cross-validation of the detector's threshold. The rules and weights are
// fixed; the score a page needs is the one free number. For each source (a repository of the corpus,
// or the transplants), the threshold is chosen on all other sources (most recall while false alarms
// and passing pages stay under the targets) and applied to the held-out source. Pooled, the held-out
// answers say how the threshold fares on a source it was not chosen on, beside the resubstitution
// figures of the same run.
import { summarise, TARGETS } from './corpus-metrics.mjs';

const GRID = [2, 2.5, 3, 3.5, 4, 4.5, 5];

/** The source a page came from: its repository, or the transplant set. */
export const sourceOf = (item) =>
  item.id.startsWith('transplant') ? 'transplants' : String(item.source ?? item.id).split('@')[0];

const at = (results, threshold) =>
  results.map((r) => ({ ...r, about: r.isArticle && r.detection.score >= threshold }));

/**
 * The threshold with the most recall on `train` among those that keep false alarms and passing
 * pages under the targets. Between thresholds of equal recall, the one that flags fewer passing
 * pages: the lowest of them would buy nothing on the training pages and flag more on new ones.
 */
function choose(train) {
  let best = GRID[0];
  let bestRecall = -1;
  let bestPassing = Number.POSITIVE_INFINITY;
  for (const threshold of GRID) {
    const s = summarise(at(train, threshold));
    const ok =
      (s.fpr ?? 0) <= TARGETS.fpr &&
      (s.hard_fpr ?? 0) <= TARGETS.hardFpr &&
      (s.passing_rate ?? 0) <= TARGETS.passingRate;
    const recall = s.recall ?? 0;
    const passing = s.passing_rate ?? 0;
    if (ok && (recall > bestRecall || (recall === bestRecall && passing < bestPassing)))
      [best, bestRecall, bestPassing] = [threshold, recall, passing];
  }
  return best;
}

/** The summary of the held-out answers (same shape as `summarise`), with the thresholds chosen. */
export function leaveOneSourceOut(results) {
  const sources = [...new Set(results.map((r) => sourceOf(r.item)))];
  const heldOut = [];
  const chosen = {};
  for (const source of sources) {
    const threshold = choose(results.filter((r) => sourceOf(r.item) !== source));
    chosen[threshold] = (chosen[threshold] ?? 0) + 1;
    heldOut.push(
      ...at(
        results.filter((r) => sourceOf(r.item) === source),
        threshold,
      ),
    );
  }
  return { ...summarise(heldOut), thresholds_chosen: chosen };
}
