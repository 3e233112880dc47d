// Words and figures of the soak: one line per page, the summary, and the pass/fail verdict.

export const SHIFT_LIMIT_PX = 0.5;
const px = (value) => (Number.isFinite(value) ? value.toFixed(2) : '–');

export function describePage(row) {
  const id = row.item.id.slice(0, 50).padEnd(50);
  const time = `${row.seconds.toFixed(1)} s`;
  if (row.failure) return `${id} ${row.timedOut ? 'TIMEOUT' : 'FAILED'} (${row.failure}) ${time}`;
  return [
    id,
    `shift ${px(row.shiftPx)} px`,
    row.restored ? 'dom restored' : 'DOM CHANGED',
    row.shown ? 'shown' : 'not shown',
    row.hovered ? `hovered (${row.terms} ranges)` : `no hover (${row.terms} ranges)`,
    `errors ${row.errors}`,
    time,
  ].join(' · ');
}

/** `--json` figures. dom_restored counts pages whose DOM after teardown equals the DOM before. */
export function soakSummary(rows, errors) {
  const finished = rows.filter((row) => !row.failure);
  const shifts = finished.map((row) => (row.detached ? Number.POSITIVE_INFINITY : row.shiftPx));
  const largest = shifts.length ? Math.max(...shifts) : 0;
  return {
    pages: rows.length,
    errors: errors.length,
    max_shift_px: Number.isFinite(largest) ? Number(largest.toFixed(2)) : null,
    dom_restored: finished.filter((row) => row.restored).length,
    timeouts: rows.filter((row) => row.timedOut).length,
  };
}

/** ok only with no error, no shift over the limit, every page restored and no timeout. */
export function soakVerdict(summary, rows, errors) {
  const lines = [];
  const shiftOk = summary.max_shift_px !== null && summary.max_shift_px <= SHIFT_LIMIT_PX;
  const ok =
    summary.errors === 0 && shiftOk && summary.dom_restored === summary.pages && summary.timeouts === 0;
  lines.push(
    `pages ${summary.pages} · errors ${summary.errors} · max shift ${summary.max_shift_px ?? 'a block was removed'} px · ` +
      `DOM restored on ${summary.dom_restored}/${summary.pages} · timeouts ${summary.timeouts}`,
  );
  const shown = rows.filter((row) => row.shown).length;
  const hovered = rows.filter((row) => row.hovered).length;
  lines.push(`overlay shown on ${shown}/${rows.length} pages, a term hovered on ${hovered}`);
  const unanswered = rows.filter((row) => !row.failure && row.overlayControl !== 'answered');
  if (unanswered.length) {
    lines.push(`set-overlay not answered on ${unanswered.length} pages (${unanswered[0].overlayControl})`);
  }
  for (const error of errors.slice(0, 20)) lines.push(`error [${error.where}] ${error.page}: ${error.text}`);
  if (errors.length > 20) lines.push(`… and ${errors.length - 20} more errors`);
  for (const row of rows.filter((r) => r.diff).slice(0, 12)) {
    lines.push(`DOM changed on ${row.item.id} at char ${row.diff.at} (lengths ${row.diff.lengths}):`);
    lines.push(`  before: ${JSON.stringify(row.diff.before)}`);
    lines.push(`  after:  ${JSON.stringify(row.diff.after)}`);
  }
  for (const row of rows.filter((r) => !r.failure && r.shiftPx > SHIFT_LIMIT_PX).slice(0, 5)) {
    lines.push(`layout moved ${px(row.shiftPx)} px on ${row.item.id}`);
  }
  lines.push(ok ? 'soak passed' : 'soak FAILED');
  return { ok, text: lines.join('\n') };
}
