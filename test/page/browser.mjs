// What the page checks share: one Chromium (playwright-core, never downloaded) and the repository
// served over HTTP, for the tests of one file. `npm test` builds dist/ before these run.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome } from '../../scripts/test.mjs';

/**
 * Launches Chromium and serves the repository (from `port`, or the next free one) before the
 * file's tests, and closes both after them. Returns an object whose `browser` and `site`
 * (`{ url, server }`) are set once the tests start.
 */
export function withBrowser(port, args = []) {
  const page = { browser: undefined, site: undefined };
  before(async () => {
    page.browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run', ...args] });
    page.site = await serve(port);
  });
  after(async () => {
    await page.browser?.close();
    page.site?.server.close();
  });
  return page;
}
