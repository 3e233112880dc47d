// Joins the text nodes of one block into a run, so that a phrase split by inline markup
// ("Islamic <em>State</em>", "Dae<b>sh</b>") is still found, while text of different blocks is kept
// apart ("…the Islamic</p><p>State…" is no match).

import { type TextBreak, visitText, type WalkOptions } from './text-walker';

export interface TextRun {
  /** The run's text: node texts with a separator where a break falls between them. */
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data starts. */
  starts: number[];
}

/** Ends a run: no phrase pattern can cross it (it is neither a letter nor white space). */
const HARD_SEPARATOR = '\u0001';
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

function blockOf(node: Text, cache: Map<Element, Element | null>): Element | null {
  const parent = node.parentElement;
  if (!parent) return null;
  const cached = cache.get(parent);
  if (cached !== undefined) return cached;
  let element: Element | null = parent;
  while (element && INLINE_TAGS.has(element.localName)) element = element.parentElement;
  cache.set(parent, element);
  return element;
}

/** Runs of prose text under `root`, in document order; [] when aborted. */
export function collectRuns(root: Element, options: WalkOptions = {}): TextRun[] {
  const runs: TextRun[] = [];
  const blocks = new Map<Element, Element | null>();
  let current: { pieces: string[]; nodes: Text[]; starts: number[]; length: number } | null = null;
  let currentBlock: Element | null = null;
  const flush = () => {
    if (current) runs.push({ text: current.pieces.join(''), nodes: current.nodes, starts: current.starts });
    current = null;
  };
  const finished = visitText(
    root,
    (node: Text, breakBefore: TextBreak) => {
      const block = blockOf(node, blocks);
      if (breakBefore === 'hard' || block !== currentBlock) flush();
      currentBlock = block;
      if (!current) current = { pieces: [], nodes: [], starts: [], length: 0 };
      else if (breakBefore === 'space') {
        current.pieces.push(' ');
        current.length += 1;
      }
      current.nodes.push(node);
      current.starts.push(current.length);
      current.pieces.push(node.data);
      current.length += node.data.length;
    },
    options,
  );
  flush();
  return finished ? runs : [];
}

/** The whole prose text under `root` as one string, blocks kept apart by a separator. */
export function proseText(root: Element, options: WalkOptions = {}): string {
  return collectRuns(root, options)
    .map((run) => run.text)
    .join(HARD_SEPARATOR);
}

/** The node and offset of a run offset; `asEnd` puts a boundary offset in the node before it. */
export function nodePosition(run: TextRun, offset: number, asEnd: boolean): { node: Text; offset: number } {
  let low = 0;
  let high = run.nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = run.starts[mid] as number;
    if (asEnd ? start < offset : start <= offset) low = mid;
    else high = mid - 1;
  }
  const node = run.nodes[low] as Text;
  const local = offset - (run.starts[low] as number);
  return { node, offset: Math.max(0, Math.min(local, node.data.length)) };
}
