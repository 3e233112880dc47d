// Paragraph texts for counting and reading: what the reader would see as paragraphs, even when the
// page has none (walls of text cut at sentence ends), and which of them make up the lead.

/** Longest text read from one element: a 5 MB text node must not cost 5 MB of regex work. */
const MAX_ELEMENT_TEXT = 20_000;
/** Past this length an element is a wall of text (lines split by <br>) and is cut into chunks. */
const WALL = 1_200;
const CHUNK = 400;
/** The lead is the first paragraph or two, up to about this many characters. */
const LEAD_CHARS = 400;
export const LEAD_PARAGRAPHS = 2;

// Only runs that are not already one plain space are replaced (same result as /\s+/g → ' '): most
// spaces in prose are single, and matching each of them costs four times as much.
const normalise = (text: string) => text.replace(/(?: ?[^\S ]| {2,})\s*/g, ' ').trim();

/** Cut a wall of text into paragraph-sized chunks at sentence ends. */
function chunk(text: string): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const sentence of text.match(/[^.!?。؟]+[.!?。؟]*\s*/g) ?? [text]) {
    current += sentence;
    if (current.length >= CHUNK) {
      chunks.push(current);
      current = '';
    }
  }
  if (current.trim()) chunks.push(current);
  return chunks;
}

/**
 * The texts of the paragraphs, walls of text split, empty ones dropped. With `enough`, reading stops
 * once exactly that many texts are found (a split wall may step over it: then all are read).
 */
export function paragraphTexts(paragraphs: readonly Element[], enough?: number): string[] {
  const texts: string[] = [];
  for (const paragraph of paragraphs) {
    if (texts.length === enough) break;
    const text = normalise((paragraph.textContent ?? '').slice(0, MAX_ELEMENT_TEXT));
    if (text.length > WALL) texts.push(...chunk(text));
    else if (text) texts.push(text);
  }
  return texts;
}

/** How many of the first texts make up the lead. */
export function leadSize(texts: readonly string[]): number {
  let size = 0;
  for (let chars = 0; size < Math.min(texts.length, LEAD_PARAGRAPHS) && chars < LEAD_CHARS; size++) {
    chars += texts[size]?.length ?? 0;
  }
  return size;
}

export const leadOf = (texts: readonly string[]): string =>
  texts
    .slice(0, leadSize(texts))
    .join(' ')
    .slice(0, 2 * LEAD_CHARS);
