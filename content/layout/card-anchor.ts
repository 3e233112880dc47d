// What a card lines up with: the anchor's boxes, grouped into the lines a wrapped term spans, in the
// corner-and-size form floating-ui's arithmetic works on (card-position.ts follows it step for step).

export type Box = { x: number; y: number; width: number; height: number };
export type Side = 'top' | 'bottom';
export const right = (box: Box) => box.x + box.width;
export const bottom = (box: Box) => box.y + box.height;

/** The smallest box around `boxes`. */
export function enclose(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map(right)) - x, height: Math.max(...boxes.map(bottom)) - y };
}

/** The anchor's parts grouped into lines (top to bottom), each line as one box. */
export function linesOf(parts: readonly Box[]): Box[] {
  const lines: Box[][] = [];
  let previous: Box | undefined;
  for (const part of [...parts].sort((a, b) => a.y - b.y)) {
    if (!previous || part.y - previous.y > previous.height / 2) lines.push([part]);
    else lines[lines.length - 1]?.push(part);
    previous = part;
  }
  return lines.map(enclose);
}

/** What the card aligns to on `side`: the nearest line's horizontal extent, all lines' height. */
export function anchorFor(side: Side, lines: readonly Box[], whole: Box): Box {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (lines.length < 2 || !first || !last) return whole;
  const line = side === 'top' ? first : last;
  return { x: line.x, y: first.y, width: right(line) - line.x, height: bottom(last) - first.y };
}

export const sameBox = (a: Box, b: Box) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
