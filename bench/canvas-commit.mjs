// What a big canvas costs the browser's commit per frame without a GPU: a page with two 1,200 × 972 canvases,
// 0, 1 or 2 shown and 0, 1 or 2 redrawn each frame; prints the median Commit (Chrome trace) over 60 frames.
// Usage: node bench/canvas-commit.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from '../scripts/test.mjs';

const TRACE = join(tmpdir(), 'canvas-commit-trace.json');
/** 60 frames, each moving a small box (so that there is a frame) and redrawing the first `drawn` canvases. */
function sixtyFrames(page, drawn) {
  return page.evaluate(async (drawn) => {
    const ctxs = [0, 1].map((i) => document.getElementById('c' + i).getContext('2d'));
    let f = 0;
    await new Promise((done) => {
      const tick = () => {
        f++;
        document.getElementById('box').style.left = `${f % 100}px`;
        for (let i = 0; i < drawn; i++) { ctxs[i].clearRect(0, 0, 1200, 972); ctxs[i].fillStyle = 'blue'; ctxs[i].fillRect(f % 500, 100, 50, 50); }
        if (f < 60) requestAnimationFrame(tick); else done();
      };
      requestAnimationFrame(tick);
    });
  }, drawn);
}

const b = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
for (const [shown, drawn] of [[0, 0], [1, 0], [1, 1], [2, 1], [2, 2]]) {
  const page = await (await b.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
  await page.setContent(`<div id=box style="position:absolute;left:0;top:0;width:10px;height:10px;background:red"></div>${[0, 1].map((i) => `<canvas id=c${i} width=1200 height=972 style="position:absolute;left:0;top:0;width:1200px;height:972px;${i < shown ? '' : 'display:none'}"></canvas>`).join('')}`);
  await sixtyFrames(page, drawn); // a warm-up, not traced
  await b.startTracing(page, { path: TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'cc'] });
  await sixtyFrames(page, drawn);
  await b.stopTracing();
  const ev = JSON.parse(readFileSync(TRACE, 'utf8')).traceEvents;
  const tid = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').tid;
  const commits = ev.filter((e) => e.tid === tid && e.name === 'Commit' && e.ph === 'X').map((e) => e.dur / 1000).sort((a, b) => a - b);
  console.log(`shown ${shown} redrawn ${drawn}: commits ${commits.length}, median ${commits[commits.length >> 1]?.toFixed(2)} ms, mean ${(commits.reduce((a, b) => a + b, 0) / commits.length).toFixed(2)}`);
  await page.context().close();
}
await b.close();
