// Screenshots of the demo in headless Chromium, for looking at what we make.
// Usage: npm run build && node scripts/screenshot.mjs [--page demo/] [--widths 1280,375]
//        [--select EVENT_ID] [--dark] [--lang ar] [--out DIR]
// Prints the PNG paths and anything the page logged.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { findChrome } from './test.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const page = arg('page', 'demo/');
const widths = arg('widths', '1280,375').split(',').map(Number);
const select = arg('select');
const out = arg('out', 'test-results/screenshots');
const dark = process.argv.includes('--dark');
const lang = arg('lang');

await mkdir(out, { recursive: true });
const { server, url } = await serve(8300);
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
    const tab = await context.newPage();
    tab.on('console', (m) => console.log(`  [${width}px console.${m.type()}] ${m.text()}`));
    tab.on('pageerror', (e) => console.log(`  [${width}px page error] ${e.message}`));
    await tab.goto(url + page + (select ? `#story/${select}` : ''));
    await tab.waitForFunction(() => {
      const el = document.querySelector('news-timeline');
      return el?.shadowRoot?.querySelector('.mark, .card, [part="error"]');
    });
    if (lang) {
      // Another language: the element loads its strings and date formats, then renders again.
      await tab.evaluate((l) => document.querySelector('news-timeline').setAttribute('lang', l), lang);
      await tab.waitForTimeout(700);
    }
    await tab.waitForTimeout(300);
    const file = `${out}/${page.replace(/\W+/g, '-')}${width}${select ? `-${select}` : ''}${dark ? '-dark' : ''}${lang ? `-${lang}` : ''}.png`;
    const figure = await tab.$('figure.timeline');
    await (figure ?? tab).screenshot({ path: file, ...(figure ? {} : { fullPage: true }) });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
