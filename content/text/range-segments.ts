// A Range cut into the parts that fall in each text node, for wrapping them one by one.

export interface Segment {
  start: number;
  end: number;
  termId: string;
  match: number;
}

/** The part of `range` inside each text node, leading and trailing white space left out. */
export function segmentsOf(range: Range, termId: string, match: number, out: Map<Text, Segment[]>): void {
  const { startContainer, endContainer } = range;
  const nodes: Text[] = [];
  for (let node: Node | null = startContainer; node; node = nextNode(node, range.commonAncestorContainer)) {
    if (node.nodeType === 3) nodes.push(node as Text);
    if (node === endContainer) break;
  }
  for (const node of nodes) {
    let start = node === startContainer ? range.startOffset : 0;
    // One character at a time (substringData), never `data`: Firefox copies the whole string on
    // every `data` read, which a huge text node pays once per character looked at.
    let end = node === endContainer ? range.endOffset : node.length;
    while (start < end && /\s/.test(node.substringData(start, 1))) start++;
    while (end > start && /\s/.test(node.substringData(end - 1, 1))) end--;
    if (start >= end) continue;
    const list = out.get(node) ?? [];
    list.push({ start, end, termId, match });
    out.set(node, list);
  }
}

function nextNode(node: Node, within: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let current: Node | null = node; current && current !== within; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}
