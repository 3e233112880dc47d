// Metadata of a page: JSON-LD, Open Graph, <time>, language. Every reader tolerates broken markup.

export interface LinkedData {
  isArticle: boolean;
  headline: string;
  published: string;
  language: string;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report/;
/** JSON-LD blocks larger than this are not read (nobody needs 1 MB of metadata to find a date). */
const MAX_JSON = 200_000;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function findArticle(value: unknown, depth = 0): Record<string, unknown> | null {
  if (!value || typeof value !== 'object' || depth > 4) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const node = value as Record<string, unknown>;
  if (ARTICLE_TYPE.test(String(node['@type'] ?? ''))) return node;
  return findArticle(node['@graph'], depth + 1);
}

/** The first JSON-LD node typed as an article, if any block parses. */
export function readLinkedData(doc: Document): LinkedData | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON) continue;
    try {
      const node = findArticle(JSON.parse(text));
      if (node) {
        return {
          isArticle: true,
          headline: str(node.headline),
          published: str(node.datePublished),
          language: str(node.inLanguage),
        };
      }
    } catch {
      // Broken JSON-LD is common; the other sources of metadata still apply.
    }
  }
  return null;
}

export const metaContent = (doc: Document, selector: string): string =>
  doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';

const STOPWORDS: [string, RegExp][] = [
  ['en', /\b(?:the|and|of|to|with|that)\b/g],
  ['es', /\b(?:el|los|las|del|que|y|por)\b/g],
  ['fr', /\b(?:le|les|des|du|et|est|une)\b/g],
  ['it', /\b(?:il|della|che|di|gli|per|sono)\b/g],
  ['de', /\b(?:der|die|und|das|nicht|ist|mit)\b/g],
];

/** A guess from common words (Arabic by its script), or '' when the text says too little. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 3000).toLowerCase();
  let best = '';
  let bestCount = 2;
  const arabic = (sample.match(/[\u0600-\u06ff]+/g) ?? []).length;
  if (arabic > bestCount) [best, bestCount] = ['ar', arabic];
  for (const [language, words] of STOPWORDS) {
    const count = (sample.match(words) ?? []).length;
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return best;
}

/** A date from the first source that parses, else null. */
export function parseDate(...candidates: (string | null | undefined)[]): Date | null {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const date = new Date(candidate.trim());
    if (!Number.isNaN(date.getTime())) return date;
  }
  return null;
}
