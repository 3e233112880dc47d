// Ratios per page, their medians over pages, and the printed tables.
import { median } from './median.mjs';

const msOf = (result, name) => {
  const op = result.ops?.[name];
  return op ? op.ms : null;
};
const ratio = (a, b) => (a != null && b != null && b > 0 ? a / b : null);

/** Per-page ratios. gate/walk only on pages the gate lets go; full on positives. */
export function pageRatios(result) {
  const walk = msOf(result, 'walk');
  const full = msOf(result, 'full');
  return {
    gate_over_walk: result.info?.about === true ? null : ratio(msOf(result, 'gate'), walk),
    full_over_walk: ratio(full, walk),
    markjs_over_highlight: ratio(msOf(result, 'markjs'), msOf(result, 'highlight')),
    readability_over_full: ratio(msOf(result, 'readability'), full),
  };
}

const round = (value, digits = 3) => (value == null ? null : Number(value.toFixed(digits)));

/** The summary object of `--json` (ratios: medians over pages; longest task and heap: the maximum). */
export function summarise(results, sizes) {
  const measured = results.filter((r) => !r.error);
  const ratios = measured.map(pageRatios);
  const pick = (key) => round(median(ratios.map((r) => r[key]).filter((v) => v != null)));
  const finite = (values) => values.filter((v) => Number.isFinite(v));
  const longest = finite(measured.map((r) => r.longestTaskMs));
  const heaps = finite(measured.map((r) => r.heapKb));
  return {
    pages: measured.length,
    gate_over_walk: pick('gate_over_walk'),
    full_over_walk: pick('full_over_walk'),
    markjs_over_highlight: pick('markjs_over_highlight'),
    readability_over_full: pick('readability_over_full'),
    longest_task_ms: longest.length ? round(Math.max(...longest), 1) : null,
    heap_kb: heaps.length ? round(Math.max(...heaps), 0) : null,
    ...sizes,
  };
}

const cell = (value, digits = 2) => (value == null ? '–' : value.toFixed(digits));
const pad = (text, width) => String(text).padEnd(width).slice(0, width);
const COLUMNS = ['walk', 'gate', 'full', 'highlight', 'markjs', 'readability'];

/**
 * One line per page: the first (cold) calls of the sniffer and, where it passes, of the gate (each a task of its own), the medians in ms, the overlay's measurement pass
 * in the next frame (`frame`, positives), the four ratios, the longest task and the added heap.
 */
export function pageTable(results) {
  const header = [
    pad('page', 44),
    pad('label', 8),
    'kB'.padStart(5),
    'walk1st'.padStart(8),
    'sniff1st'.padStart(8),
    'gate1st'.padStart(8),
    ...COLUMNS.map((c) => c.slice(0, 9).padStart(9)),
    'frame'.padStart(6),
    ' g/w  ',
    ' f/w  ',
    ' mk/hl',
    ' rd/f ',
    ' long',
    ' heapkB',
  ].join(' ');
  const lines = [header];
  for (const r of results) {
    const name = `${pad(r.item.id, 44)} ${pad(r.item.label, 8)} ${String(Math.round(r.item.bytes / 1024)).padStart(5)}`;
    if (r.error) {
      lines.push(`${name}  error: ${r.error}`);
      continue;
    }
    const ratios = pageRatios(r);
    lines.push(
      [
        name,
        cell(r.walkColdMs, 3).padStart(8),
        cell(r.sniffColdMs, 3).padStart(8),
        cell(r.gateColdMs, 3).padStart(8),
        ...COLUMNS.map((c) => cell(msOf(r, c), 3).padStart(9)),
        cell(r.layoutMs, 3).padStart(6),
        ...Object.values(ratios).map((v) => cell(v).padStart(6)),
        cell(r.longestTaskMs, 1).padStart(5),
        cell(r.heapKb, 0).padStart(7),
      ].join(' '),
    );
  }
  return lines.join('\n');
}

/** The summary as a two-column table, with each target beside its figure. */
export function summaryTable(summary, targets) {
  const lines = ['metric                      value      target'];
  for (const [key, value] of Object.entries(summary)) {
    const target = targets[key] ?? '';
    lines.push(`${key.padEnd(27)} ${String(value ?? '–').padStart(9)}   ${target}`);
  }
  return lines.join('\n');
}

/**
 * The overlay's measurement pass, left to the frame after it shows its notes: not part of `full`.
 * Timed at once after the notes, it also pays the page's restyle for the highlight style, which the
 * overlay leaves to the first frame after it starts.
 */
export function framePassNote(results) {
  const times = results.map((r) => r.layoutMs).filter((v) => Number.isFinite(v));
  if (!times.length) return null;
  return (
    `frame: the overlay measures the page (style, layout, rectangles) in the frame after it shows ` +
    `its notes, not inside full: median ${median(times).toFixed(3)} ms, max ${Math.max(...times).toFixed(3)} ms over ${times.length} positives`
  );
}

/**
 * What the cheapest possible first render costs next to the walk, on the positives, and with the
 * gate's reading and detection of the same page: the least any full path pays before notes or terms.
 */
export function renderFloorNote(results) {
  const rows = results.filter((r) => Number.isFinite(r.renderFloorMs) && msOf(r, 'walk') > 0);
  if (!rows.length) return null;
  const floor = median(rows.map((r) => r.renderFloorMs));
  const overWalk = median(rows.map((r) => r.renderFloorMs / msOf(r, 'walk')));
  const gated = rows.filter((r) => msOf(r, 'gate') != null);
  const gateOverWalk = median(gated.map((r) => msOf(r, 'gate') / msOf(r, 'walk')));
  const bothOverWalk = median(gated.map((r) => (msOf(r, 'gate') + r.renderFloorMs) / msOf(r, 'walk')));
  return (
    `render floor: a host, its shadow root and style sheet and an empty Preact render take ${floor.toFixed(3)} ms ` +
    `(median over ${rows.length} positives), ${overWalk.toFixed(0)}× their walk; the gate on the same pages ` +
    `(cheap stage, reading, detection) ${gateOverWalk.toFixed(0)}×; the two together ${bothOverWalk.toFixed(0)}×: ` +
    'the least a full path that reads the page and shows something pays, before notes and terms'
  );
}
