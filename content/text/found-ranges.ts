// Ranges found in the page's text can outlive a later change to that text: the highlighter's
// fallback splits text nodes into marks and joins them again. A stage that makes such a change
// keeps the ranges found meanwhile by listening here; the stages that find ranges report them
// without knowing who keeps them, so that finding never depends on highlighting.

type Keeper = (ranges: readonly Range[]) => void;

const keepers = new Set<Keeper>();

/** Hands every range found from now on to `keeper`, until the returned function is called. */
export function keepFoundRanges(keeper: Keeper): () => void {
  keepers.add(keeper);
  return () => {
    keepers.delete(keeper);
  };
}

/** Reports ranges just found in the page's text. */
export function reportFoundRanges(ranges: readonly Range[]): void {
  for (const keeper of keepers) keeper(ranges);
}
