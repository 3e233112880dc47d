// Launches Debian's Chromium or Firefox ESR headless with the built extension installed.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { executableVersion, setViewport } from './viewport.mjs';

export const BROWSERS = {
  chromium: {
    executable: ['/usr/lib/chromium/chromium', '/usr/bin/chromium'],
    package: 'chromium',
    output: '.output/chrome-mv3',
  },
  firefox: {
    executable: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'],
    package: 'firefox-esr',
    output: '.output/firefox-mv2',
  },
};

export function findExecutable(name) {
  return BROWSERS[name].executable.find((path) => existsSync(path)) ?? null;
}

export function missingBrowserMessage(name) {
  return `${name} is not installed. Install it with: sudo apt-get install -y ${BROWSERS[name].package}`;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter',
];

/**
 * Starts `name` with the extension from `outputDir` (default: the build for that browser).
 * Returns { browser, extensionOrigin, name }.
 */
export async function launchWithExtension(name, { headless = true, outputDir, viewport } = {}) {
  const executablePath = findExecutable(name);
  if (!executablePath) throw new Error(missingBrowserMessage(name));
  const dir = resolve(outputDir ?? BROWSERS[name].output);
  if (!existsSync(`${dir}/manifest.json`)) throw new Error(`No build at ${dir}: run the build first.`);
  const defaultViewport = viewport ?? { width: 1400, height: 900 };
  if (name === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath,
      headless,
      pipe: true,
      enableExtensions: true,
      defaultViewport: headless ? defaultViewport : null,
      args: [
        ...CHROMIUM_ARGS,
        ...(headless ? [] : [`--window-size=${defaultViewport.width},${defaultViewport.height}`]),
      ],
    });
    const id = await browser.installExtension(dir);
    return {
      browser,
      name,
      extensionOrigin: `chrome-extension://${id}`,
      viewport: headless ? defaultViewport : null,
    };
  }
  const uuid = '7d1c6b2e-3f4a-4b5c-9d8e-0f1a2b3c4d5e';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    // Sized by newTab() instead: puppeteer's own sizing sends a command Firefox ESR 140 refuses.
    defaultViewport: null,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ 'context-margin@example.org': uuid }),
      'ui.prefersReducedMotion': 1,
    },
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
  });
  await browser.installExtension(dir);
  return { browser, name, extensionOrigin: `moz-extension://${uuid}`, viewport: defaultViewport };
}

/** A new tab sized to `viewport` (default: the size the browser was launched for). */
export async function newTab(ctx, viewport = ctx.viewport) {
  const page = await ctx.browser.newPage();
  // Chromium's tabs open at the launch size already (puppeteer's defaultViewport); Firefox's do not.
  const sizedAtLaunch = ctx.name === 'chromium' && viewport === ctx.viewport;
  if (viewport && !sizedAtLaunch) await setViewport(page, viewport);
  return page;
}

/** `Chromium 150.… ` or `Mozilla Firefox 140.…esr`, from the executable the tests launch. */
export function browserVersion(name) {
  const executablePath = findExecutable(name);
  return executablePath ? executableVersion(executablePath) : 'not installed';
}
