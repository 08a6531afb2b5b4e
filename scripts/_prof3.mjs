import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
const { server, url } = await serve(8600, '127.0.0.1', { nodeModules: ['vis-timeline', 'timelines-chart'] });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
await page.goto(url + 'bench/index.html');
await page.waitForFunction(() => window.benchReady === true);
const out = await page.evaluate(async (n) => {
  const C = customElements.get('news-timeline').prototype;
  const log = [];
  for (const m of ['willUpdate', 'render', 'updated', '_parse', '_computeLayout', '_computeBase', '_textMeasurer', '_drawOverview', '_computeStory']) {
    const orig = C[m];
    C[m] = function (...a) { const t = performance.now(); try { return orig.apply(this, a); } finally { log.push([m, +(performance.now() - t).toFixed(1)]); } };
  }
  const { syntheticDocument } = await import('/bench/synthetic.js');
  const doc = syntheticDocument(n);
  const fp = await window.bench.firstPaint('news-timeline', n);
  return { fp, log };
}, Number(process.argv[2] ?? 10000));
console.log(JSON.stringify(out));
await browser.close(); server.close();
