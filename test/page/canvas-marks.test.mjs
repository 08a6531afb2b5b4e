// While the reader zooms a dense chart, its marks are drawn on a canvas (drawMarks) and the SVG
// marks wait, hidden (see NewsTimeline.canvasMarksFrom). The two must look the same, or the chart
// would flicker at the start and end of every gesture: this zooms the built demo in a little with
// Ctrl + wheel and keeps the gesture going with wheel events that do not zoom (marks on the
// canvas), takes a screenshot, lets it end (SVG marks back) and takes another, in a light chart
// with a selected event, a dark one and a right-to-left Arabic one. The story has approximate,
// uncertain and open-ended dates, ranges and points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser } from './browser.mjs';

const page = withBrowser(8990, ['--font-render-hinting=none']);

/** Pixels of two same-sized PNGs that differ by more than 8, and by more than 48, in some channel. */
async function differing(tab, a, b) {
  return tab.evaluate(
    async ([a, b]) => {
      const load = (src) => new Promise((r) => Object.assign(new Image(), { onload() { r(this); }, src: `data:image/png;base64,${src}` }));
      const pixels = (img) => {
        const c = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height }).getContext('2d');
        c.drawImage(img, 0, 0);
        return c.getImageData(0, 0, img.width, img.height).data;
      };
      const [pa, pb] = (await Promise.all([load(a), load(b)])).map(pixels);
      let slightly = 0;
      let clearly = 0;
      for (let i = 0; i < pa.length; i += 4) {
        const d = Math.max(Math.abs(pa[i] - pb[i]), Math.abs(pa[i + 1] - pb[i + 1]), Math.abs(pa[i + 2] - pb[i + 2]));
        if (d > 8) slightly++;
        if (d > 48) clearly++;
      }
      return { slightly, clearly, total: pa.length / 4 };
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

for (const variant of [
  // How many pixels may differ (by more than 8, and by more than 48): the anti-aliasing of glyphs
  // set at fractional positions after the zoom, measured at light 525 and 216, dark 24 and 0, right
  // to left 1,091 and 490, with about half again as margin. A 1 px underline shift, a wrong alpha
  // or a band 2 px thinner goes past them.
  { name: 'light, with a selected event', setup: (el) => el.select('zhumangarin-rebuttal'), noise: [800, 330] },
  { name: 'dark', setup: (el) => el.setAttribute('theme', 'dark'), noise: [150, 80] },
  { name: 'right to left (Arabic)', setup: (el) => el.setAttribute('lang', 'ar'), noise: [1600, 740] },
]) {
  test(`marks drawn on the canvas during a zoom look like the SVG marks at rest: ${variant.name}`, async () => {
    const tab = await (await page.browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(page.site.url + 'demo/index.html');
    await tab.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelectorAll('.mark').length > 10, null, { timeout: 15_000 });
    await tab.evaluate(async (setup) => {
      customElements.get('news-timeline').canvasMarksFrom = 0;
      const el = document.querySelector('news-timeline');
      el.noHash = true;
      new Function('el', `(${setup})(el)`)(el);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 300)); // a language loads on first use
      await el.updateComplete;
      el.shadowRoot.querySelector('svg[part="chart"]').scrollIntoView({ block: 'start' });
    }, variant.setup.toString());
    const box = await tab.evaluate(() => {
      const r = document.querySelector('news-timeline').shadowRoot.querySelector('svg[part="chart"]').getBoundingClientRect();
      return { x: Math.round(r.left), y: Math.round(r.top), width: Math.round(r.width), height: Math.round(r.height) };
    });
    // Zoom in by 1.4 % at the axis, where no mark is; then keep the wheel gesture going (d3-zoom
    // ends it 150 ms after the last wheel event) with events that do not zoom.
    await tab.evaluate(() => {
      const surface = document.querySelector('news-timeline').shadowRoot.querySelector('.zoom-bg');
      const r = surface.getBoundingClientRect();
      const wheel = (deltaY) =>
        surface.dispatchEvent(new WheelEvent('wheel', { deltaY, ctrlKey: true, clientX: r.left + r.width / 2, clientY: r.top + 20, bubbles: true, cancelable: true, composed: true }));
      wheel(1);
      window.__held = setInterval(() => wheel(0), 40);
    });
    await tab.waitForTimeout(150);
    // Whether the marks canvas is shown, and whether the SVG marks show.
    const marks = () =>
      tab.evaluate(() => {
        const root = document.querySelector('news-timeline').shadowRoot;
        return { canvas: !!root.querySelector('canvas.marks:not([hidden])'), svg: getComputedStyle(root.querySelector('.lane-content')).visibility };
      });
    assert.deepEqual(await marks(), { canvas: true, svg: 'hidden' }, 'the marks are on the canvas while the wheel turns');
    const onCanvas = await tab.screenshot({ clip: box });
    await tab.evaluate(() => clearInterval(window.__held));
    await tab.waitForTimeout(500);
    assert.deepEqual(await marks(), { canvas: false, svg: 'visible' }, 'the SVG marks are back at rest');
    const inSvg = await tab.screenshot({ clip: box });
    const { slightly, clearly, total } = await differing(tab, onCanvas, inSvg);
    // Anti-aliasing of a few glyphs differs between the canvas and SVG text; shapes and colours must not.
    if (process.env.SHOW_DIFF) console.log(`# ${variant.name}: ${slightly} pixels differ (${clearly} clearly) of ${total}`);
    assert.ok(slightly < variant.noise[0] && clearly < variant.noise[1], `${slightly} pixels differ (${clearly} clearly) of ${total}`);
    assert.deepEqual(errors, []);
  });
}
