// Runs the real-browser tests in Chromium then Firefox ESR, one browser at a time.
// A missing browser fails the run under CI and is skipped, with a clear message, elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { browserVersion, findExecutable, missingBrowserMessage } from './lib/browsers.mjs';

// npm run test:e2e -- [--browser chromium|firefox] [FILE …]
const { values: args, positionals: files } = parseArgs({
  options: { browser: { type: 'string' } },
  allowPositionals: true,
});
if (args.browser && !['chromium', 'firefox'].includes(args.browser)) {
  console.error(`[e2e] --browser must be chromium or firefox, not ${args.browser}`);
  process.exit(2);
}
const wanted = args.browser ? [args.browser] : ['chromium', 'firefox'];
const builds = { chromium: '.output/chrome-mv3', firefox: '.output/firefox-mv2' };
const buildCommands = { chromium: ['run', 'build'], firefox: ['run', 'build:firefox'] };
const ci = process.env.CI === 'true' || process.env.CI === '1';

let failed = false;
for (const name of wanted) {
  if (!findExecutable(name)) {
    console.error(`[e2e] ${missingBrowserMessage(name)}`);
    if (ci) failed = true;
    else console.error(`[e2e] skipping ${name} (not under CI)`);
    continue;
  }
  if (!existsSync(`${builds[name]}/manifest.json`) || process.env.E2E_REBUILD === '1') {
    const build = spawnSync('npm', buildCommands[name], { stdio: 'inherit' });
    if (build.status !== 0) {
      failed = true;
      continue;
    }
  }
  console.log(`[e2e] ${name}: ${browserVersion(name)}, Node ${process.version}`);
  const run = spawnSync(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', ...(files.length ? files : ['tests/e2e/'])],
    { stdio: 'inherit', env: { ...process.env, E2E_BROWSERS: name } },
  );
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
