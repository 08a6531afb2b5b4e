// One run of the benchmark's zoom and pan sequence for news-timeline, step by step: what each
// step cost, its long tasks, and each update it caused (G during a gesture, R at rest; ms in
// willUpdate, update and updated; the chart's height; marks; cluster buttons).
// Usage: npm run build && node bench/steps.mjs [n=100000]
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { findChrome } from '../scripts/test.mjs';

const n = Number(process.argv[2] ?? 100_000);
const { server, url } = await serve(8331);
const browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
await page.goto(`${url}bench/index.html`);
await page.waitForFunction(() => window.benchReady === true);
console.log(`n = ${n.toLocaleString('en')}: first paint ${(await page.evaluate((k) => window.bench.firstPaint('news-timeline', k), n)).toFixed(0)} ms`);
const target = await page.evaluate(() => window.bench.target());
await page.evaluate(() => {
  const el = document.querySelector('news-timeline');
  const proto = Object.getPrototypeOf(el);
  const timed = (name, into) =>
    (el[name] = function (...args) {
      const t0 = performance.now();
      try {
        return proto[name].apply(this, args);
      } finally {
        into(performance.now() - t0);
      }
    });
  window.__updates = [];
  window.__longTasks = [];
  let will = 0;
  let render = 0;
  timed('willUpdate', (ms) => (will = ms));
  timed('update', (ms) => (render = ms));
  timed('updated', (ms) => {
    const root = el.shadowRoot;
    window.__updates.push(
      `${el._zoom.gesture ? 'G' : 'R'} ${will.toFixed(0)}/${render.toFixed(0)}/${ms.toFixed(0)} ms, ${el._layout?.height ?? 0} px, ${root.querySelectorAll('.mark').length} marks, ${root.querySelectorAll('.cluster').length} cluster buttons`,
    );
  });
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
});

const drain = () => page.evaluate(() => ({ updates: window.__updates.splice(0), longTasks: window.__longTasks.splice(0) }));
async function step(label, kind, amount) {
  const type = kind === 'zoom' ? 'wheel' : 'pointermove';
  // Armed before the input is sent: an input that overtook the arming would never be measured.
  await page.evaluate((t) => window.bench.measureNext(t), type);
  const measured = page.evaluate(() => window.bench.measured());
  if (kind === 'zoom') await page.mouse.wheel(0, amount > 0 ? -100 : 100);
  else await page.mouse.move(target.x + amount, target.y);
  const ms = await measured;
  if (!label) return;
  const { updates, longTasks } = await drain();
  console.log(`${label.padEnd(8)} ${ms.toFixed(1).padStart(6)} ms${longTasks.length ? `  long tasks ${longTasks.join(', ')} ms` : ''}`);
  for (const u of updates) console.log(`           ${u}`);
}

await page.mouse.move(target.x, target.y);
await page.keyboard.down('Control');
for (let i = 0; i < 20; i++) await step(`zoom ${i + 1}`, 'zoom', i < 10 ? 1 : -1);
for (let i = 0; i < 6; i++) await step('', 'zoom', 1);
await page.keyboard.up('Control');
await drain();
await page.mouse.move(target.x, target.y);
await page.mouse.down();
for (let i = 0; i < 10; i++) await step(`pan ${i + 1}`, 'pan', (i + 1) * 30);
await page.mouse.up();
await browser.close();
server.close();
