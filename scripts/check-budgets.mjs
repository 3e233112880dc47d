// The size budgets, checked on each built extension: the sniffer runs on every page the reader
// opens, so it stays ≤ 8 kB gzip; the overlay (script, styles and the chunks it imports) loads on
// detected pages only and stays ≤ 40 kB gzip. The gate and the popup are printed beside them.
// Usage: node scripts/check-budgets.mjs .output/chrome-mv3 [.output/firefox-mv2 …]
import { bundleSizes, gateGzipBytes } from './bench/sizes.mjs';

const BUDGETS = { content_script_gzip_bytes: 8192, overlay_gzip_bytes: 40960 };
const LABELS = { content_script_gzip_bytes: 'sniffer', overlay_gzip_bytes: 'overlay' };
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node scripts/check-budgets.mjs BUILD_DIR [BUILD_DIR …]');
  process.exit(2);
}
const failures = [];
for (const dir of dirs) {
  const sizes = bundleSizes(dir);
  const gate = gateGzipBytes(dir);
  const parts = [];
  for (const [key, budget] of Object.entries(BUDGETS)) {
    const bytes = sizes[key];
    if (bytes === null) failures.push(`${dir}: no ${LABELS[key]} bundle found`);
    else if (bytes > budget) failures.push(`${dir}: ${LABELS[key]} ${kB(bytes)} gzip is over ${kB(budget)}`);
    parts.push(`${LABELS[key]} ${bytes === null ? 'missing' : kB(bytes)} (≤ ${kB(budget)})`);
  }
  parts.push(`gate ${gate === null ? 'missing' : kB(gate)}`, `popup ${kB(sizes.popup_gzip_bytes ?? 0)}`);
  console.log(`check-budgets: ${dir}: ${parts.join(', ')} gzip`);
}
for (const failure of failures) console.error(`check-budgets: ${failure}`);
process.exit(failures.length ? 1 : 0);
