// Cross-validation of the reader's two thresholds (content/read/read-page-root.ts, ReaderKnobs): pages
// are split into five folds by their id; for each fold the setting with the best F1 on the other four
// is chosen and scored on the held-out fold. The held-out scores, pooled, say what the thresholds are
// worth on pages they were not chosen on.
import { scorePage, summariseScores } from './reading-score.mjs';

export const GRID = [1.25, 1.5, 2, 3, 1e9].flatMap((climbMass) =>
  [0.3, 0.5, 0.7].map((blockLinkShare) => ({ climbMass, blockLinkShare })),
);
const FOLDS = 5;

/** A page's fold from its id (a hex hash in the benchmark; any string works). */
const foldOf = (id) => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % FOLDS;

/** `rows`: [{ id, truth, bodies }] with `bodies[k]` read under GRID[k]. */
export function crossValidate(rows) {
  const scored = rows.map((r) => ({
    fold: foldOf(r.id),
    scores: GRID.map((_, k) => scorePage(r.bodies?.[k] ?? '', r.truth)),
  }));
  const heldOut = [];
  const chosen = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = scored.filter((s) => s.fold !== fold);
    let best = 0;
    let bestF1 = -1;
    GRID.forEach((_, k) => {
      const { f1 } = summariseScores(train.map((s) => s.scores[k]));
      if (f1 > bestF1) [best, bestF1] = [k, f1];
    });
    chosen.push(GRID[best]);
    for (const s of scored) if (s.fold === fold) heldOut.push(s.scores[best]);
  }
  return { ...summariseScores(heldOut), chosen };
}
