// Joins the text nodes of one block into a run, so that a phrase split by inline markup
// ("Islamic <em>State</em>", "Dae<b>sh</b>") is still found, while text of different blocks is kept
// apart ("…the Islamic</p><p>State…" is no match).

import { isSkippedElement, visitText, type WalkOptions } from './text-walker';

export interface TextRun {
  /** The run's text: node texts with a separator where a break falls between them. */
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data starts. */
  starts: number[];
}

/** Ends a run: no phrase pattern can cross it (it is neither a letter nor white space). */
const HARD_SEPARATOR = '\u0001';
export const INLINE_TAGS: ReadonlySet<string> = new Set([
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
  'wbr',
  'nobr',
  'tt',
  'big',
  'strike',
  'acronym',
]);

type Join = 'none' | 'space' | 'hard';
const WHITESPACE_ONLY = /^\s*$/;
/** Beyond this many nodes between two texts, they are treated as apart (cheap on odd markup). */
const MAX_STEPS = 24;

/**
 * How `next` continues `previous` (its next prose text node): directly ("Dae<b>sh</b>"), after white
 * space only, or not at all — a block edge, a <br>, an image or skipped content lies between.
 */
function joinOf(previous: Text, next: Text): Join {
  let node: Node = previous;
  let join: Join = 'none';
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    // Step to the following node, leaving inline elements but never a block.
    let following = node.nextSibling;
    for (let climbing: Node = node; !following; following = climbing.nextSibling) {
      const parent = climbing.parentElement;
      if (!parent || !INLINE_TAGS.has(parent.localName)) return 'hard';
      climbing = parent;
    }
    node = following;
    // Enter inline elements down to their first node.
    for (;;) {
      if (node === next) return join;
      if (node.nodeType === 3) {
        if (!WHITESPACE_ONLY.test((node as Text).data)) return 'hard';
        join = 'space';
        break;
      }
      if (node.nodeType !== 1) break; // comments and the like join words
      const element = node as Element;
      if (!INLINE_TAGS.has(element.localName) || isSkippedElement(element)) return 'hard';
      if (!element.firstChild) break;
      node = element.firstChild;
    }
  }
  return 'hard';
}

/** Runs of prose text under `root`, in document order; [] when aborted. */
export function collectRuns(root: Element, options: WalkOptions = {}): TextRun[] {
  const runs: TextRun[] = [];
  let pieces: string[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let length = 0;
  let previous: Text | null = null;
  const flush = () => {
    if (nodes.length) runs.push({ text: pieces.join(''), nodes, starts });
    pieces = [];
    nodes = [];
    starts = [];
    length = 0;
  };
  const finished = visitText(
    root,
    (node) => {
      const join = previous ? joinOf(previous, node) : 'hard';
      previous = node;
      if (join === 'hard') flush();
      else if (join === 'space') {
        pieces.push(' ');
        length += 1;
      }
      nodes.push(node);
      starts.push(length);
      const data = node.data;
      pieces.push(data);
      length += data.length;
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
  // `length`, not `data.length`: Firefox copies a text node's whole string on every `data` read, and
  // one 5 MB paragraph then cost 30 ms per match (15 s for a page's 500 terms).
  return { node, offset: Math.max(0, Math.min(local, node.length)) };
}
