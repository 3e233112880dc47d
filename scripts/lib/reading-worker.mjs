// Worker thread of eval:reading: parses one page with linkedom, runs the product's reader on it, then
// Readability.js on a clone of the same parse. The main thread kills it when a page runs too long.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const { readPage } = await import(workerData.reader);

const BREAKS = /^(?:BR|P|DIV|LI|H[1-6]|TR|TD|BLOCKQUOTE|SECTION|ARTICLE|UL|OL|DD|DT|PRE|TABLE)$/;
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/** A kept element's text as a reader sees it: line breaks and blocks separate words. */
function clean(el) {
  let text = '';
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue;
      else if (child.nodeType === 1 && !SKIP.test(child.tagName)) {
        const brk = BREAKS.test(child.tagName);
        if (brk) text += ' ';
        walk(child);
        if (brk) text += ' ';
      }
    }
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim();
}

parentPort.on('message', ({ path, grid = [] }) => {
  try {
    const html = gunzipSync(readFileSync(path)).toString('utf8');
    const { document } = parseHTML(html);
    let started = performance.now();
    const reading = readPage(document);
    const body = reading.paragraphs.map(clean).filter(Boolean).join('\n\n');
    const ms = performance.now() - started;
    // Readability changes the document it reads: it gets a clone, and the clone is part of its cost
    // (as in the bench), since the product reads the live page without one.
    started = performance.now();
    let readabilityMs = null;
    try {
      new Readability(document.cloneNode(true)).parse();
      readabilityMs = performance.now() - started;
    } catch {
      // A page Readability cannot read has no time of its own; the ratio skips it.
    }
    // Other settings of the reader's thresholds, for cross-validation (eval:reading --cv).
    const bodies = grid.map((knobs) =>
      readPage(document, knobs).paragraphs.map(clean).filter(Boolean).join('\n\n'),
    );
    parentPort.postMessage({
      bodies,
      body,
      ms,
      readabilityMs,
      headline: reading.headline,
      language: reading.language,
    });
  } catch (error) {
    // Other settings of the reader's thresholds, for cross-validation (eval:reading --cv).
    const bodies = grid.map((knobs) =>
      readPage(document, knobs).paragraphs.map(clean).filter(Boolean).join('\n\n'),
    );
    parentPort.postMessage({
      bodies,
      error: String(error?.stack ?? error),
    });
  }
});
