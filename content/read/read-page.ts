import { finishSteps, type Steps } from '../text/in-slices';
import { LEAD_PARAGRAPHS, leadOf, paragraphTexts } from '../text/paragraph-texts';
import type { PageReading } from '../types';
import { primarySubtag } from './language-of';
import { guessLanguage, metaContent, parseDate, readLinkedData } from './read-page-meta';
import { findRootSteps, KNOBS, linkDensity, paragraphSteps, type ReaderKnobs } from './read-page-root';

/**
 * A page with this many <article> cards, no article metadata and little prose in its main one is a
 * list of stories (a story page with related-story cards still has a long body).
 */
const LIST_ARTICLES = 4;
const STORY_CHARS = 1500;
const LIST_LINK_DENSITY = 0.5;

// Headlines are short; a hostile 5 MB <h1> is cut before any regex reads it.
const clean = (text: string | null | undefined) => (text ?? '').slice(0, 1000).replace(/\s+/g, ' ').trim();

function headlineOf(doc: Document, root: Element | null, linked: string): string {
  const h1 = root?.querySelector('h1') ?? doc.querySelector('h1');
  return (
    clean(linked) ||
    clean(h1?.textContent) ||
    metaContent(doc, 'meta[property="og:title"]') ||
    clean(doc.title)
  );
}

function publishedOf(doc: Document, root: Element | null, linked: string): Date | null {
  const time = (root ?? doc).querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  const itemprop = doc.querySelector('[itemprop=datePublished]');
  return parseDate(
    linked,
    metaContent(doc, 'meta[property="article:published_time"]'),
    itemprop?.getAttribute('content') ?? itemprop?.getAttribute('datetime'),
    time?.getAttribute('datetime'),
  );
}

/**
 * Everything later stages need from the live page; reads, never changes, never clones it. In steps
 * (see content/text/in-slices.ts): a page may change between them, and a later reading catches up.
 */
export function* readPageSteps(doc: Document, knobs: ReaderKnobs = KNOBS): Steps<PageReading> {
  const linked = readLinkedData(doc);
  const root = yield* findRootSteps(doc, knobs);
  yield;
  // The article's whole text is read once, for both of the root's lengths below.
  const rootText = root?.textContent ?? '';
  const paragraphs = root ? yield* paragraphSteps(root, knobs, rootText.trim().length) : [];
  yield;
  const headline = headlineOf(doc, root, linked?.headline ?? '');
  // The lead never uses more texts than LEAD_PARAGRAPHS: the other paragraphs are not read for it.
  const lead = leadOf(paragraphTexts(paragraphs.slice(0, 8), LEAD_PARAGRAPHS));
  const language =
    primarySubtag(doc.documentElement?.getAttribute('lang')) ||
    primarySubtag(metaContent(doc, 'meta[property="og:locale"]')) ||
    primarySubtag(linked?.language) ||
    guessLanguage(`${headline} ${lead}`);
  const typed = !!linked?.isArticle || /article/i.test(metaContent(doc, 'meta[property="og:type"]'));
  const listLike =
    !root ||
    linkDensity(root, rootText.length) > LIST_LINK_DENSITY ||
    (!typed &&
      doc.getElementsByTagName('article').length >= LIST_ARTICLES &&
      paragraphs.reduce((chars, p) => chars + (p.textContent ?? '').length, 0) < STORY_CHARS);
  return {
    root,
    headline,
    lead,
    paragraphs,
    language,
    published: publishedOf(doc, root, linked?.published ?? ''),
    isArticle: !listLike,
  };
}

/** The whole reading in the caller's task. */
export const readPage = (doc: Document, knobs: ReaderKnobs = KNOBS): PageReading =>
  finishSteps(readPageSteps(doc, knobs));
