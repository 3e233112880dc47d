// The harness sizes tabs in any supported browser version. Firefox ESR 140 refuses the
// screen-orientation command that puppeteer's setViewport sends with every resize; this file makes
// puppeteer's command fail the same way (in this test process only), so that the sizing the other
// suites rely on is proven not to need it, whatever Firefox the machine has.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BrowsingContext } from 'puppeteer-core/lib/esm/puppeteer/bidi/core/BrowsingContext.js';
import { ProtocolError } from 'puppeteer-core/lib/esm/puppeteer/common/Errors.js';
import { newTab } from '../../scripts/lib/browsers.mjs';
import { setViewport } from '../../scripts/lib/viewport.mjs';
import { forEachBrowser } from './lib/suite.mjs';

BrowsingContext.prototype.setScreenOrientationOverride = async () => {
  throw new ProtocolError('Protocol error (emulation.setScreenOrientationOverride): unknown command');
};

forEachBrowser('viewport sizing', (env) => {
  test('tabs open at the launch size and resize, without the screen-orientation command', async () => {
    const page = await newTab(env);
    await page.goto(env.server.url('/is-article-en.html'), { waitUntil: 'load' });
    const size = () => page.evaluate(() => [innerWidth, innerHeight]);
    assert.deepEqual(await size(), [1400, 900]);
    await setViewport(page, { width: 760, height: 600 });
    assert.deepEqual(await size(), [760, 600]);
    if (env.name === 'firefox') {
      await assert.rejects(page.setViewport({ width: 700, height: 500 }), /unknown command/);
    }
    await page.close();
  });
});
