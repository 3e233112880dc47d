// The main job in one command: build, serve the bundled sample articles on 127.0.0.1, start a real
// browser with the extension and open the sample article. Headless (--headless or no DISPLAY): print
// what the extension found and write a screenshot.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  BROWSERS,
  browserVersion,
  findExecutable,
  launchWithExtension,
  missingBrowserMessage,
  newTab,
} from './lib/browsers.mjs';
import { openExtensionPage, statusOf, tabIdOf } from './lib/extension-pages.mjs';
import { serve } from './lib/server.mjs';

const { values: args } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
    page: { type: 'string', default: 'is-article-en.html' },
  },
});
const name = args.firefox ? 'firefox' : 'chromium';
const headless = args.headless || !process.env.DISPLAY;
const pageArg = args.page;

if (!findExecutable(name)) {
  console.error(missingBrowserMessage(name));
  process.exit(2);
}

console.log(`Building the ${name} extension…`);
const build = spawnSync('npm', ['run', name === 'firefox' ? 'build:firefox' : 'build', '--silent'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  console.error('The build failed; see the errors above.');
  process.exit(1);
}

const server = await serve('tests/fixtures/pages');
const url = server.url(`/${pageArg}`);
const ctx = await launchWithExtension(name, { headless, outputDir: BROWSERS[name].output });
const page = await newTab(ctx);
await page.goto(url, { waitUntil: 'load' });
console.log(`Opened ${url} in ${browserVersion(name)}${headless ? ' (headless)' : ''}.`);

if (!headless) {
  console.log('Close the browser window to stop.');
  ctx.browser.on('disconnected', () => server.close().then(() => process.exit(0)));
} else {
  const ext = await openExtensionPage(ctx, 'popup.html', '[data-testid="popup"]');
  const status = await settledStatus(ext, url);
  await ext.close();
  await page.bringToFront();
  mkdirSync('.output', { recursive: true });
  const shot = `.output/demo-${name}.png`;
  await page.screenshot({ path: shot });
  printStatus(status);
  console.log(`Screenshot: ${shot}`);
  await ctx.browser.close();
  await server.close();
}

/** The tab's status once the overlay has loaded, or whatever it is after a few seconds (not detected). */
async function settledStatus(ext, pageUrl) {
  let status = null;
  for (let waited = 0; waited < 6000; waited += 250) {
    const tabId = await tabIdOf(ext, pageUrl).catch(() => null);
    status = tabId == null ? status : await statusOf(ext, tabId).catch(() => status);
    if (status?.overlayLoaded && status.notes > 0) break;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  return status;
}

function printStatus(status) {
  if (!status) {
    console.log('The content script did not answer on this page.');
    return;
  }
  const d = status.detection;
  console.log(`Detected: ${d ? (d.about ? 'yes' : 'no') : 'not checked'}${d ? ` (score ${d.score})` : ''}`);
  for (const reason of d?.reasons ?? []) console.log(`  · ${reason}`);
  const overlay = status.overlayLoaded ? (status.overlayVisible ? 'shown' : 'hidden') : 'not loaded';
  console.log(`Overlay: ${overlay} · notes placed ${status.notes} · terms highlighted ${status.terms}`);
  if (status.siteDisabled) console.log(`Turned off on ${status.hostname} in the settings.`);
}
