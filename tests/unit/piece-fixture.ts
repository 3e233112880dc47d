// Reads the source piece and its claims inventory for the knowledge-pack tests. The shared copy
// (../shared/source, beside the repository in CI) is the authority; the fixture copy stands in when
// it is missing, and a test keeps the two identical.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = `${resolve(__dirname, '../..')}/`;
export const fixturePaths = {
  piece: `${repoRoot}tests/fixtures/piece/piece.txt`,
  readme: `${repoRoot}tests/fixtures/piece/source-readme.txt`,
};
export const sharedPaths = {
  piece: `${repoRoot}../shared/source/piece.txt`,
  readme: `${repoRoot}../shared/source/README.md`,
};

function readPreferringShared(name: keyof typeof fixturePaths): string {
  const path = existsSync(sharedPaths[name]) ? sharedPaths[name] : fixturePaths[name];
  return readFileSync(path, 'utf8');
}

export const pieceText = readPreferringShared('piece');
export const readmeText = readPreferringShared('readme');

/** The five argued paragraphs (index 0 = ¶1), without the closing publication line. */
export const pieceParagraphs = pieceText
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter((block) => block.length > 0)
  .slice(0, 5);

export const closingLine = pieceText.trim().split('\n').at(-1) ?? '';

export interface InventoryRow {
  id: string;
  paragraph: number;
  kind: string;
}

export function inventory(): InventoryRow[] {
  const rows = [...readmeText.matchAll(/^\| ([a-z0-9-]+) \| (\d+) \| ([a-z]+) \|/gm)];
  return rows.map(([, id, paragraph, kind]) => ({
    id: id ?? '',
    paragraph: Number(paragraph),
    kind: kind ?? '',
  }));
}

/** Rows of the README's reference-date table as [event, date cell]. */
export function referenceDateRows(): [string, string][] {
  const section = readmeText.split(/^## Reference dates.*$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(event|-)/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map((cells) => [cells[1] ?? '', cells[2] ?? '']);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Every ISO date a README date cell names: '17–18 Aug 2017' → 2017-08-17 and 2017-08-18; 'Jan 2014' → 2014-01. */
export function isoDatesIn(cell: string): string[] {
  const year = cell.match(/\d{4}/)?.[0];
  const dates: string[] = [];
  for (const match of cell.matchAll(
    /(?:(\d{1,2})(?:–(\d{1,2}))? )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?: (\d{4}))?/g,
  )) {
    const [, first, second, monthName, ownYear] = match;
    const month = String(MONTHS.indexOf((monthName ?? '').toLowerCase()) + 1).padStart(2, '0');
    const prefix = `${ownYear ?? year}-${month}`;
    const days = [first, second].filter((day): day is string => day !== undefined);
    if (days.length === 0) dates.push(prefix);
    for (const day of days) dates.push(`${prefix}-${day.padStart(2, '0')}`);
  }
  return dates;
}

/** Lower-case words, with ’ and ‘ folded to ' so typography does not hide a copied phrase. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** The longest run of consecutive words that `text` shares with the piece. */
export function longestSharedRun(text: string, reference: string = pieceText): string[] {
  const ours = wordsOf(text);
  const theirs = wordsOf(reference);
  let best: string[] = [];
  for (let i = 0; i < ours.length; i++) {
    for (let j = 0; j < theirs.length; j++) {
      let length = 0;
      while (i + length < ours.length && ours[i + length] === theirs[j + length]) length++;
      if (length > best.length) best = ours.slice(i, i + length);
    }
  }
  return best;
}

/** Case-insensitive match on word edges: the contract the placement and highlight matchers follow. */
export function matchesOnWordEdges(phrase: string, text: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

const ARABIC_EQUIVALENTS: Record<string, string> = { ٱ: 'ا', ى: 'ي', ة: 'ه' };

/**
 * The identity a phrase has for the matchers: case, accents, Arabic letter variants, spaces and
 * hyphens do not count, so 'Estado Islámico' = 'estado islamico' and 'cyber-attack' = 'cyberattack'.
 */
export function matchKey(phrase: string): string {
  return phrase
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ٱىة]/g, (char) => ARABIC_EQUIVALENTS[char] ?? char)
    .replace(/[\s\u2010\u2011-]+/g, '');
}
