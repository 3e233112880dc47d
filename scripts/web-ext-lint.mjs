// Runs web-ext lint on a Firefox build: any error fails, and so does any warning other than
// Preact's own innerHTML code path (UNSAFE_VAR_ASSIGNMENT inside the bundled Preact runtime).
import { spawnSync } from 'node:child_process';

const dir = process.argv[2] ?? '.output/firefox-mv2';
const run = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
const start = run.stdout.indexOf('{');
if (start < 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
const report = JSON.parse(run.stdout.slice(start));
const isPreactInnerHtml = (w) =>
  w.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(w.message + w.description);
const unexpected = report.warnings.filter((w) => !isPreactInnerHtml(w));
for (const e of report.errors) console.error(`error ${e.code}: ${e.message} (${e.file ?? ''})`);
for (const w of unexpected) console.error(`warning ${w.code}: ${w.message} (${w.file ?? ''})`);
const allowed = report.warnings.length - unexpected.length;
console.log(
  `web-ext lint: ${report.errors.length} errors, ${unexpected.length} unexpected warnings, ${allowed} allowed (Preact innerHTML)`,
);
process.exit(report.errors.length || unexpected.length ? 1 : 0);
