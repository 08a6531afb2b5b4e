import { chromium } from 'playwright-core';
import { serve } from '/work/main/scripts/serve.mjs';
const { server, url } = await serve(8123);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const path = process.argv[2] ?? 'demo/';
for (const w of (process.argv[3] ?? '1280,375').split(',').map(Number)) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(url + path);
  await page.waitForTimeout(800);
  if (process.argv[4]) await page.evaluate(process.argv[4]);
  await page.waitForTimeout(300);
  const el = await page.$('figure.timeline') ?? await page.$('body');
  await el.screenshot({ path: `/tmp/shot-${w}.png` });
  console.log('shot', w);
}
await browser.close(); server.close();
