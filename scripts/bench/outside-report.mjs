// Runs the checks from outside (installed extension against an empty content script) and words them.
import { join } from 'node:path';
import { REPO } from '../lib/bench-setup.mjs';
import { serve } from '../lib/server.mjs';
import { mutationOverhead, outsideScriptTime, withExtensionPair } from './outside.mjs';

const OUTSIDE_PAGES = 5;
const fixed = (value, digits = 2) => (value == null ? '–' : value.toFixed(digits));

/** Heaviest pages the gate let go, plus one or two it flagged (where the overlay runs). */
function pickPages(results) {
  const measured = results.filter((r) => !r.error);
  const quiet = measured.filter((r) => r.info?.about !== true && r.item.label !== 'positive');
  const flagged = measured.filter((r) => r.info?.about === true);
  return [...quiet.slice(0, OUTSIDE_PAGES), ...flagged.slice(0, 2)];
}

export async function outsideChecks(buildDir, server, results) {
  const chosen = pickPages(results);
  const fixtures = await serve(join(REPO, 'tests/fixtures/pages'));
  try {
    return await withExtensionPair(buildDir, async (pair) => {
      const pages = chosen.map((r) => ({ id: r.item.id, url: server.pageUrl(r.item) }));
      const rows = await outsideScriptTime(pair, pages);
      const ticker = await mutationOverhead(pair, fixtures.url('/ticker-mutating.html'));
      const lines = [
        'Measured from outside: renderer script time (ScriptDuration + V8CompileDuration: running and',
        'compiling) and JS heap, installed extension minus an empty content script, median of 5 alternated',
        'loads; in-page = the first (cold) calls of the sniffer (+ the gate, where it runs) and the warm median',
        'of their path, from the table above:',
        `${'page'.padEnd(44)} ${'flagged'.padEnd(7)} ${'extra ms'.padStart(9)} ${'run + compile'.padStart(14)} ${'extra heap kB'.padStart(14)} ${'in-page 1st / warm ms'.padStart(22)}`,
      ];
      for (const row of rows) {
        const result = chosen.find((r) => r.item.id === row.id);
        const gate = result.gateColdMs == null ? '' : ` + ${fixed(result.gateColdMs, 3)}`;
        const inPage = `${fixed(result.sniffColdMs, 3)}${gate} / ${fixed(result.ops?.gate?.ms, 3)}`;
        lines.push(
          `${row.id.slice(0, 44).padEnd(44)} ${String(result.info?.about === true).padEnd(7)} ${fixed(row.extraMs).padStart(9)} ${`${fixed(row.extraRunMs)} + ${fixed(row.extraCompileMs)}`.padStart(14)} ${fixed(row.extraHeapKb, 0).padStart(14)} ${inPage.padStart(22)}`,
        );
      }
      const status = ticker.status
        ? `overlay ${ticker.status.overlayVisible ? 'visible' : 'not visible'}, detected ${ticker.status.detection?.about ?? 'n/a'}`
        : 'status unavailable';
      lines.push(
        `MutationObserver (ticker-mutating.html, 100 mutations/s, ${status}): ` +
          `${fixed(ticker.extraMsPerSecond)} ms of extra script (running + compiling) per second ` +
          `(samples ${ticker.samples.map((s) => fixed(s)).join(', ')})`,
      );
      return { rows, ticker, text: lines.join('\n') };
    });
  } finally {
    await fixtures.close();
  }
}
