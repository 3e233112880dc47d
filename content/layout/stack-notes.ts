// Pure math for the margin rail's notes: where each sits, level with its paragraph where it can.

export interface StackItem {
  id: string;
  anchorTop: number;
  height: number;
  /**
   * A note the reader opened: it keeps the place it had while closed and grows downward, so a click
   * moves neither it nor anything above it, and only pushes the notes below further down.
   */
  open?: boolean;
  /** An open note's height while it was closed (default `height`): the notes around it were placed by it. */
  closedHeight?: number;
}

export interface StackOptions {
  gap: number;
  /** No note is placed above this (default: no limit). */
  minTop?: number;
  /**
   * How much more a move up costs than a move down (default 4): a note is pushed down below the
   * one before it, and a crowd of notes only rises (above its anchors) as far as is worth it.
   */
  upwardCost?: number;
}

const finiteOr = (value: number, fallback: number) => (Number.isFinite(value) ? value : fallback);

/**
 * The position of a block of notes that must move together: minimises Σ cost(y − target) where a
 * move down costs d² and a move up costs k·d² (a weighted mean, found by trying each split point).
 */
function blockOptimum(targets: number[], upwardCost: number): number {
  const sorted = [...targets].sort((a, b) => a - b);
  let total = 0;
  for (const t of sorted) total += t;
  let belowSum = 0;
  for (let below = 0; below <= sorted.length; below++) {
    // `below` targets lie under y (their notes move down); the rest lie over y (they move up).
    const weight = below + upwardCost * (sorted.length - below);
    const y = (belowSum + upwardCost * (total - belowSum)) / weight;
    const low = below === 0 ? Number.NEGATIVE_INFINITY : (sorted[below - 1] as number);
    const high = below === sorted.length ? Number.POSITIVE_INFINITY : (sorted[below] as number);
    if (y >= low && y <= high) return y;
    if (below < sorted.length) belowSum += sorted[below] as number;
  }
  return total / sorted.length;
}

type Entry = { index: number; anchor: number; height: number; closedHeight: number; open: boolean };

/**
 * Tops for `entries` (in anchor order, all as if closed): shifting note i by the heights of the
 * notes above it turns “no overlap” into “non-decreasing”, so this is isotonic regression, solved
 * exactly by pooling adjacent violators; a floor on a chain is then met by clamping each block.
 */
function pushApart(entries: readonly Entry[], gap: number, floor: number, upwardCost: number): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    offsets.push(offset);
    offset += entry.closedHeight + gap;
  }
  const blocks: { targets: number[]; value: number }[] = [];
  entries.forEach((entry, i) => {
    const targets = [entry.anchor - (offsets[i] as number)];
    let block = { targets, value: blockOptimum(targets, upwardCost) };
    let previous = blocks[blocks.length - 1];
    while (previous && previous.value > block.value) {
      blocks.pop();
      const merged = [...previous.targets, ...block.targets];
      block = { targets: merged, value: blockOptimum(merged, upwardCost) };
      previous = blocks[blocks.length - 1];
    }
    blocks.push(block);
  });
  return blocks
    .flatMap((block) => block.targets.map(() => Math.max(block.value, floor)))
    .map((value, i) => value + (offsets[i] as number));
}

/**
 * Notes level with their anchors where possible; otherwise pushed apart so that none overlap, in
 * anchor order, each as close to its anchor as the others allow. Returned in the input order.
 *
 * Open notes split the stack: the first open note and everything above it are placed as if all
 * were closed, which is where the reader saw them when clicking; the notes after it are stacked
 * anew below its bottom, so they can only move down.
 */
export function stackNotes(
  items: readonly StackItem[],
  options: StackOptions,
): { id: string; top: number }[] {
  const gap = Math.max(0, finiteOr(options.gap, 0));
  const minTop = finiteOr(options.minTop ?? Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY);
  const upwardCost = Math.max(1, finiteOr(options.upwardCost ?? 4, 4));
  const order: Entry[] = items
    .map((item, index) => {
      const height = Math.max(0, finiteOr(item.height, 0));
      const open = item.open === true;
      const closedHeight = open ? Math.max(0, finiteOr(item.closedHeight ?? height, height)) : height;
      const anchor = finiteOr(item.anchorTop, Number.isFinite(minTop) ? minTop : 0);
      return { index, anchor, height, closedHeight, open };
    })
    .sort((a, b) => a.anchor - b.anchor || a.index - b.index);

  const tops = new Array<number>(items.length);
  let rest = order;
  let floor = minTop;
  while (rest.length > 0) {
    const closedTops = pushApart(rest, gap, floor, upwardCost);
    const openAt = rest.findIndex((entry) => entry.open);
    const settled = openAt === -1 ? rest.length : openAt + 1;
    for (let k = 0; k < settled; k++) tops[(rest[k] as Entry).index] = closedTops[k] as number;
    if (openAt === -1) break;
    floor = (closedTops[openAt] as number) + (rest[openAt] as Entry).height + gap;
    rest = rest.slice(settled);
  }
  return items.map((item, index) => ({ id: item.id, top: tops[index] as number }));
}
