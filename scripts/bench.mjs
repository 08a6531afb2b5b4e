// `npm run bench`: builds the package, serves a page, and drives /usr/bin/chromium (or CHROME_PATH)
// through playwright-core to measure news-timeline beside vis-timeline and timelines-chart on the
// same seeded data, then the pure layout at 1,000,000 events under Node.
// Prints a markdown table and writes bench/results.json. Options: --n 100,1000 --runs 3 --libs a,b
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { findChrome } from './test.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const NS = arg('n', '100,1000,10000,100000').split(',').map(Number);
const RUNS = Number(arg('runs', '3'));
const LIBS = arg('libs', 'news-timeline,vis-timeline,timelines-chart').split(',');
const TIMEOUT = 30_000;

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  return r.stdout;
};
console.error('building…');
run('npm', ['run', 'build', '--silent']);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : NaN;
};
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const withTimeout = (promise, ms) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

const { server, url } = await serve(8500, '127.0.0.1', { nodeModules: ['vis-timeline', 'timelines-chart'] });
const launch = () =>
  chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
let browser = await launch();

/** One run of one library at one n: first paint, 20 zoom steps, 10 pan steps, heap, elements. */
async function measure(lib, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  let phase = 'first paint';
  try {
    await page.goto(`${url}bench/index.html`);
    await page.waitForFunction(() => window.benchReady === true);
    const firstPaint = await withTimeout(page.evaluate(([l, k]) => window.bench.firstPaint(l, k), [lib, n]), TIMEOUT);
    const real = await page.evaluate(() => window.bench.realInput());
    const target = real ? await page.evaluate(() => window.bench.target()) : null;

    const step = async (kind, amount) => {
      if (!real) return withTimeout(page.evaluate(([k, a]) => window.bench.apiStep(k, a), [kind, amount]), TIMEOUT);
      // pointermove, not mousemove: a library that cancels pointerdown (vis-timeline's Hammer.js) suppresses mouse events.
      const type = kind === 'zoom' ? 'wheel' : 'pointermove';
      // Armed before the input is sent: an input that overtook the arming would never be measured.
      await withTimeout(page.evaluate((t) => window.bench.measureNext(t), type), TIMEOUT);
      const measured = page.evaluate(() => window.bench.measured());
      if (kind === 'zoom') await page.mouse.wheel(0, amount > 0 ? -100 : 100);
      else await page.mouse.move(target.x + amount, target.y);
      return withTimeout(measured, TIMEOUT);
    };

    phase = 'zoom';
    // Zoom: 10 wheel steps in, 10 out, around the centre.
    if (real) {
      await page.mouse.move(target.x, target.y);
      if (target.zoomKey) await page.keyboard.down(target.zoomKey);
    }
    await page.evaluate(() => window.bench.startLongTasks());
    const zoom = [];
    for (let i = 0; i < 20; i++) zoom.push(await step('zoom', i < 10 ? 1 : -1));
    const zoomLongTasks = await page.evaluate(() => window.bench.longTasks());
    phase = 'pan';
    // Pan: zoom in first (unmeasured) so there is room, then 10 drag steps of 30 px.
    for (let i = 0; i < 6; i++) await step('zoom', 1);
    if (real && target.zoomKey) await page.keyboard.up(target.zoomKey);
    await page.evaluate(() => window.bench.startLongTasks());
    const pan = [];
    if (real) {
      await page.mouse.move(target.x, target.y);
      await page.mouse.down();
    }
    for (let i = 0; i < 10; i++) pan.push(await step('pan', real ? (i + 1) * 30 : 30));
    if (real) await page.mouse.up();
    const panLongTasks = await page.evaluate(() => window.bench.longTasks());

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const elements = await page.evaluate(() => window.bench.elements());
    await context.close();
    return { firstPaint, zoom, pan, zoomLongTasks, panLongTasks, heapMB: usedSize / 1048576, elements, input: real ? 'real wheel/drag' : 'zoomX API' };
  } catch (error) {
    // A page stuck in a long task does not answer: start a fresh browser.
    await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
    await browser.close().catch(() => {});
    browser = await launch();
    if (String(error?.message).includes('timeout')) {
      console.error(`  ${lib} n=${n}: timed out (${phase})`);
      return { timedOut: true };
    }
    throw error;
  }
}

const results = [];
const timedOut = new Set();
for (const n of NS) {
  for (const lib of LIBS) {
    if (timedOut.has(lib)) {
      results.push({ lib, n, skipped: `timed out at a smaller n` });
      continue;
    }
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      console.error(`${lib} n=${n} run ${r + 1}/${RUNS}…`);
      const m = await measure(lib, n);
      if (m.timedOut) {
        timedOut.add(lib);
        break;
      }
      runs.push(m);
    }
    if (timedOut.has(lib)) {
      results.push({ lib, n, timedOut: true });
      continue;
    }
    results.push({
      lib,
      n,
      input: runs[0].input,
      firstPaint: summary(runs.map((m) => m.firstPaint)),
      zoomMedian: summary(runs.map((m) => median(m.zoom))),
      zoomP95: summary(runs.map((m) => p95(m.zoom))),
      panMedian: summary(runs.map((m) => median(m.pan))),
      panP95: summary(runs.map((m) => p95(m.pan))),
      longTasks: { zoom: median(runs.map((m) => m.zoomLongTasks.length)), pan: median(runs.map((m) => m.panLongTasks.length)) },
      heapMB: summary(runs.map((m) => m.heapMB)),
      elements: summary(runs.map((m) => m.elements)),
    });
  }
}
await browser.close();
server.close();

// Bundle sizes, min+gzip, beside the peers' own builds.
const gz = async (path) => gzipSync(await readFile(new URL(`../${path}`, import.meta.url)), { level: 9 }).length;
const { bundleSizes } = await import('./after-build.mjs');
const ours = await bundleSizes();
const sizes = {
  'news-timeline embed (dist/news-timeline.embed.js)': ours.embed.gzip,
  'news-timeline library entry (dist/index.js, deps excluded)': ours.library.gzip,
  'vis-timeline standalone (vis-timeline-graph2d.min.js)': await gz('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
  'timelines-chart (timelines-chart.min.js)': await gz('node_modules/timelines-chart/dist/timelines-chart.min.js'),
};

console.error('pure layout at 1,000,000 events…');
const layout = JSON.parse(run(process.execPath, ['bench/layout-node.mjs', '--json']));

const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium: browser.version?.() };
await writeFile(new URL('../bench/results.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, results, sizes, layout }, null, 2) + '\n');

// The report.
const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const range = (s, d = 0) => `${f(s.median, d)} (${f(s.min, d)}–${f(s.max, d)})`;
const lines = [];
lines.push(`Benchmark: ${RUNS} runs each, medians (min–max of the runs' values); times in ms. ${machine.cpus} cores, ${machine.cpu}. "÷ news-timeline" is the peer's first paint divided by ours.`);
lines.push('');
lines.push('| n | library | first paint | ÷ news-timeline | zoom step median / p95 | pan step median / p95 | long tasks zoom / pan | heap MB | elements |');
lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  const ours = results.find((o) => o.n === r.n && o.lib === 'news-timeline' && o.firstPaint);
  if (r.timedOut || r.skipped) {
    lines.push(`| ${r.n.toLocaleString('en')} | ${r.lib} | ${r.timedOut ? `> ${TIMEOUT / 1000} s (timed out)` : 'not run (timed out earlier)'} | | | | | | |`);
    continue;
  }
  const ratio = ours && r.lib !== 'news-timeline' ? `${f(r.firstPaint.median / ours.firstPaint.median, 1)}×` : '';
  lines.push(
    `| ${r.n.toLocaleString('en')} | ${r.lib}${r.input === 'zoomX API' ? ' ¹' : ''} | ${range(r.firstPaint)} | ${ratio} | ${f(r.zoomMedian.median, 1)} / ${f(r.zoomP95.median, 1)} | ${f(r.panMedian.median, 1)} / ${f(r.panP95.median, 1)} | ${f(r.longTasks.zoom)} / ${f(r.longTasks.pan)} | ${f(r.heapMB.median, 1)} | ${f(r.elements.median)} |`,
  );
}
lines.push('');
lines.push('¹ timelines-chart has no wheel zoom or drag pan; its `zoomX` API stands in for both.');
lines.push('');
lines.push('| bundle (min+gzip) | KB |');
lines.push('|---|---:|');
for (const [name, bytes] of Object.entries(sizes)) lines.push(`| ${name} | ${(bytes / 1024).toFixed(1)} |`);
lines.push('');
lines.push(`Pure layout, ${layout.n.toLocaleString('en')} events (Node): time order ${f(layout.sortMs)} ms and index ${f(layout.indexMs)} ms per data change; one frame: ${Object.entries(layout.frames).map(([k, v]) => `${k} ${f(v.medianMs, 1)} ms`).join(', ')}.`);
console.log(lines.join('\n'));
