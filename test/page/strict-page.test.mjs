// Page-level checks of the built demo in Chromium (playwright-core), run by `npm test` after the
// browser suite: the demo under a strict Content-Security-Policy with Trusted Types, and without
// JavaScript. Needs `npm run build` first (scripts/test.mjs does it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome } from '../../scripts/test.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; require-trusted-types-for 'script'";
let browser;
let strict;
let plain;

before(async () => {
  browser = await chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  strict = await serve(8900, '127.0.0.1', { headers: { 'Content-Security-Policy': CSP } });
  plain = await serve(8950);
});

after(async () => {
  await browser?.close();
  strict?.server.close();
  plain?.server.close();
});

for (const page of ['demo/index.html', 'demo/html.html', 'demo/timelinejs.html']) {
  test(`${page} runs under a strict CSP with Trusted Types and reports no violation`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    const problems = [];
    tab.on('console', (m) => {
      if (m.type() === 'error' && !/favicon|404/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await tab.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
    });
    const response = await tab.goto(strict.url + page);
    assert.equal(response.headers()['content-security-policy'], CSP);
    await tab.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelectorAll('.mark').length > 10, null, { timeout: 15_000 });
    // Select an event: the detail, the hash and the JSON-LD all run under the policy too.
    await tab.evaluate(() => document.querySelector('news-timeline').select('macron-astana'));
    await tab.waitForTimeout(200);
    const violations = await tab.evaluate(() => window.__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    // Written once the page is idle.
    await tab.waitForFunction(() => document.head.querySelector('script[type="application/ld+json"]'), null, { timeout: 5000 });
    const jsonLd = await tab.evaluate(() => document.head.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
    assert.match(jsonLd, /"@type":"ItemList"/);
    await context.close();
  });
}

test('demo/html.html without JavaScript reads as a list of every event', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(plain.url + 'demo/html.html');
  const events = await tab.$$eval('news-timeline-event', (els) =>
    els.map((el) => ({ display: getComputedStyle(el).display, title: el.querySelector('h3')?.textContent, visible: el.getBoundingClientRect().height > 0 })),
  );
  assert.equal(events.length, 24);
  for (const e of events) {
    assert.equal(e.display, 'block', e.title);
    assert.ok(e.visible, e.title);
  }
  await context.close();
});
