// Worker thread: parses one page at a time with linkedom and runs the gate (read-page + detect) and
// the baseline on it. The main thread kills this worker when a page exceeds its time limit.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

const { runGate, findMentions } = await import(workerData.detector);

/** The baseline: positive when any name of the group occurs anywhere in the page text. */
function baseline(document) {
  const text = `${document.title ?? ''} ${document.documentElement?.textContent ?? ''}`;
  return findMentions(text, '').length > 0;
}

parentPort.on('message', ({ path }) => {
  try {
    const html = gunzipSync(readFileSync(path)).toString('utf8');
    const { document } = parseHTML(html);
    const started = performance.now();
    const { detection, reading } = runGate(document, workerData.sensitivity);
    const ms = performance.now() - started;
    parentPort.postMessage({ detection, ms, baseline: baseline(document), isArticle: !!reading?.isArticle });
  } catch (error) {
    parentPort.postMessage({ error: String(error?.stack ?? error) });
  }
});
