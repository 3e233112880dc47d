// The sniffer's cheap stage, the only reading every page pays for: the title, metadata, first
// headline and the first paragraphs of the likely article (or, past a menu or a consent banner, the
// lead of the body the page's paragraphs gather in), bounded in elements and characters. It never
// walks the whole document: most pages stop here.
import { findMentions } from '../detect/detect-mentions';
import { PROSE_CHARS } from '../read/read-page-hints';
import { CLUSTER, clusterLead, inChrome } from './lead-past-navigation';

const PARAGRAPHS_SNIFFED = 12;
const CHARS_SNIFFED = 3000;
const TITLE_CHARS = 500;
// One query each: a query stops at its first match, where a list of them has to visit every <meta>
// (a third of the time on news pages, which carry 30 to 70 of them).
const METADATA = [
  'meta[property="og:title"]',
  'meta[name="twitter:title"]',
  'meta[name=description]',
  'meta[property="og:description"]',
];

/**
 * Text of the first paragraphs of the likely article, bounded in elements and characters, and
 * whether they were a story's lead (prose paragraphs side by side outside chrome): then there is no
 * need to look further for one.
 */
function leadText(doc: Document): { text: string; story: boolean } {
  // Tag lookups stop at the first match and skip selector matching: cheaper than querySelector.
  const root = doc.getElementsByTagName('article')[0] ?? doc.body;
  if (!root) return { text: '', story: false };
  let text = '';
  const parents = new Map<Element, number>();
  let story = false;
  // Indexing a live collection stops at the element asked for; its length would count them all.
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0; i < PARAGRAPHS_SNIFFED && text.length < CHARS_SNIFFED; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph) break;
    const value = paragraph.textContent ?? '';
    text += ` ${value.slice(0, CHARS_SNIFFED)}`;
    const parent = paragraph.parentElement;
    if (parent && value.length >= PROSE_CHARS) {
      const count = (parents.get(parent) ?? 0) + 1;
      parents.set(parent, count);
      story ||= count === CLUSTER && !inChrome(parent);
    }
  }
  if (paragraphs[1] || root === doc.body) return { text, story };
  // An article body of bare text and <br> lines: read its first text nodes, still bounded.
  const walker = doc.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node && text.length < CHARS_SNIFFED; node = walker.nextNode()) {
    text += ` ${(node.nodeValue ?? '').slice(0, CHARS_SNIFFED)}`;
  }
  // Whether that was a story or a card's teaser is not known: the look past it still runs.
  return { text, story: false };
}

/**
 * True when a name of the group appears in the title, metadata (`og:title`, `twitter:title`,
 * descriptions), the first `h1`, the first paragraphs, or the lead of the article body found past them.
 */
export function hasCandidate(doc: Document): boolean {
  // Titles are often in Title Case (“Isis Fighters Seize Town”): read them as headlines.
  const titles = [doc.title, doc.getElementsByTagName('h1')[0]?.textContent ?? ''];
  for (const selector of METADATA)
    titles.push(doc.head?.querySelector(selector)?.getAttribute('content') ?? '');
  const head = titles.map((title) => title.slice(0, TITLE_CHARS)).join('\n');
  if (findMentions(head, '', true).length > 0) return true;
  const lead = leadText(doc);
  return (
    findMentions(lead.text, '').length > 0 ||
    // Past the navigation (when the first paragraphs were not a story's): the lead of the body the
    // page's paragraphs gather in.
    (!lead.story && findMentions(clusterLead(doc), '').length > 0)
  );
}
