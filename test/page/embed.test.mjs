// The built embed (dist/news-timeline.embed.js) driven with real input in Chromium: the embed is
// bundled differently from the library (d3-transition and d3-interpolate are left out, see
// scripts/embed-stubs/), so its zoom, pan and overview are checked here, on the demo page.
// Needs `npm run build` first (scripts/test.mjs does it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser } from './browser.mjs';

const DAY = 86_400_000;
const page = withBrowser(8970);

test('the embed zooms with its buttons (animated), the Ctrl + wheel and the overview, and pans by dragging', async () => {
  const tab = await (await page.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && !/favicon|404/.test(m.text()) && errors.push(m.text()));
  await tab.goto(page.site.url + 'demo/index.html');
  await tab.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelectorAll('.mark').length > 10, null, { timeout: 15_000 });
  const range = () =>
    tab.evaluate(() => {
      const r = document.querySelector('news-timeline').visibleRange;
      return [r.start.getTime(), r.end.getTime()];
    });
  const spanOf = ([a, b]) => b - a;
  await tab.evaluate(() => {
    const el = document.querySelector('news-timeline');
    window.__spans = [];
    window.__ends = 0;
    el.addEventListener('timeline-rangechange', () => window.__ends++);
    const watch = () => {
      const r = el.visibleRange;
      window.__spans.push(r.end - r.start);
      if (window.__spans.length < 60) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });

  // The + button: an animation through several steps to half the span, one range change at its end.
  const before = await range();
  await tab.locator('news-timeline').getByRole('button', { name: 'Zoom in' }).click();
  await tab.waitForFunction(() => window.__ends === 1, null, { timeout: 5000 });
  const after = await range();
  assert.ok(Math.abs(spanOf(after) / spanOf(before) - 0.5) < 0.01, `span ${spanOf(after) / DAY} days after ${spanOf(before) / DAY}`);
  const between = await tab.evaluate((s) => window.__spans.filter((x) => x < s[0] * 0.99 && x > s[1] * 1.01), [spanOf(before), spanOf(after)]);
  assert.ok(between.length >= 2, `intermediate steps: ${between.length}`);

  // Ctrl + wheel over the chart zooms in around the pointer.
  const chart = await tab.locator('news-timeline').evaluate((el) => {
    const r = el.shadowRoot.querySelector('.zoom-bg').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 100) };
  });
  await tab.mouse.move(chart.x, chart.y);
  await tab.keyboard.down('Control');
  await tab.mouse.wheel(0, -300);
  await tab.keyboard.up('Control');
  await tab.waitForFunction(() => window.__ends === 2, null, { timeout: 5000 });
  const wheeled = await range();
  assert.ok(spanOf(wheeled) < spanOf(after) * 0.9, 'the wheel zoomed in');

  // Dragging right shows earlier time, by the distance dragged.
  await tab.mouse.move(chart.x, chart.y);
  await tab.mouse.down();
  await tab.mouse.move(chart.x + 100, chart.y, { steps: 4 });
  await tab.mouse.move(chart.x + 200, chart.y, { steps: 4 });
  await tab.mouse.up();
  await tab.waitForFunction(() => window.__ends === 3, null, { timeout: 5000 });
  const dragged = await range();
  const perPx = spanOf(wheeled) / (await tab.locator('news-timeline').evaluate((el) => el.shadowRoot.querySelector('.zoom-bg').getBoundingClientRect().width - 0));
  assert.ok(wheeled[0] - dragged[0] > 150 * perPx, 'the drag moved to earlier time');
  assert.ok(Math.abs(spanOf(dragged) - spanOf(wheeled)) < DAY, 'a drag keeps the zoom');

  // A drag across the overview chooses the span it covers.
  const strip = await tab.locator('news-timeline').evaluate((el) => {
    el.shadowRoot.querySelector('.brush .overlay').scrollIntoView({ block: 'center' });
    const r = el.shadowRoot.querySelector('.brush .overlay').getBoundingClientRect();
    return { left: r.left, width: r.width, y: r.top + r.height / 2 };
  });
  await tab.mouse.move(strip.left + strip.width * 0.3, strip.y);
  await tab.mouse.down();
  await tab.mouse.move(strip.left + strip.width * 0.5, strip.y, { steps: 5 });
  await tab.mouse.up();
  const brushed = await range();
  const [s0, s1] = await tab.evaluate(async () => {
    const el = document.querySelector('news-timeline');
    el.fit();
    await el.updateComplete;
    const r = el.visibleRange;
    return [r.start.getTime(), r.end.getTime()];
  });
  assert.ok(Math.abs(spanOf(brushed) / (s1 - s0) - 0.2) < 0.02, `brushed ${spanOf(brushed) / (s1 - s0)} of the whole`);
  assert.ok(Math.abs((brushed[0] - s0) / (s1 - s0) - 0.3) < 0.02, 'from 30% of the way');
  assert.deepEqual(errors, []);
});

test('the embed and its chunks start with the compile hint, so Chrome compiles them off the main thread', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const dist = new URL('../../dist/', import.meta.url);
  const chunks = (await readdir(new URL('chunks/', dist))).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`);
  assert.ok(chunks.length > 0, 'the build made chunks');
  for (const file of ['news-timeline.embed.js', ...chunks]) {
    const head = (await readFile(new URL(file, dist), 'utf8')).slice(0, 40);
    // The hint must be the file's first line: V8 reads it only there.
    assert.ok(head.startsWith('//# allFunctionsCalledOnLoad\n'), `${file} starts with ${JSON.stringify(head)}`);
  }
});
