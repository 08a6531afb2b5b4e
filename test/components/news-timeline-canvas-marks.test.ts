import { expect, fixture, html, aTimeout, waitUntil } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/components/news-timeline/index.js';
import { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { TimelineDocument } from '../../src/schema/types.js';
import { syntheticDocument } from '../../bench/synthetic.js';
import { idle, storyDocument } from '../helpers.js';

const root = (el: NewsTimeline) => el.shadowRoot!;
const hidden = (el: NewsTimeline) => getComputedStyle(root(el).querySelector('.lane-content')!).visibility === 'hidden';
/** Whether the marks are drawn on the canvas (the SVG marks wait). */
const onCanvas = (el: NewsTimeline) => root(el).querySelector('.lanes.canvas-marks') !== null;
/** The marks canvas, if it is shown. */
const shownCanvas = (el: NewsTimeline) => root(el).querySelector<HTMLCanvasElement>('canvas.marks:not([hidden])');
const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

async function timeline(doc: TimelineDocument, attrs: { viewStart?: string; viewEnd?: string } = {}): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:1000px"><news-timeline no-hash no-json-ld lang="en-GB" layout="horizontal" view-start=${attrs.viewStart ?? ''} view-end=${attrs.viewEnd ?? ''} .data=${doc}></news-timeline></div>`,
  );
  const el = wrapper.querySelector('news-timeline')!;
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
  return el;
}

/** Presses the pointer on the chart's axis (where no mark is) and drags it sideways; leaves it pressed. */
async function grab(el: NewsTimeline, by = 60) {
  const r = root(el).querySelector('svg[part="chart"]')!.getBoundingClientRect();
  const [x, y] = [Math.round(r.left + r.width / 2), Math.round(r.top + 20)];
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [x - by / 2, y] });
  await sendMouse({ type: 'move', position: [x - by, y] });
  await el.updateComplete;
}

/** A Ctrl + wheel event over the chart's axis (d3-zoom: 2^(-deltaY / 50) times the zoom). */
function wheel(el: NewsTimeline, deltaY: number) {
  const surface = root(el).querySelector('.zoom-bg')!;
  const r = surface.getBoundingClientRect();
  surface.dispatchEvent(new WheelEvent('wheel', { deltaY, ctrlKey: true, clientX: r.left + r.width / 2, clientY: r.top + 20, bubbles: true, cancelable: true, composed: true }));
}

/** Pixels of a canvas that something was drawn on. */
function painted(canvas: HTMLCanvasElement): number {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
  return n;
}

/** The chart's height as drawn (its SVG's height) and as laid out (axis and lanes), px. */
function heights(el: NewsTimeline) {
  type Chart = { _layout: { height: number }; _chartTop(): number; _zoom: { gesture: boolean; moving: boolean } };
  const chart = el as unknown as Chart;
  return {
    chart,
    drawn: () => Number(root(el).querySelector('svg[part="chart"]')!.getAttribute('height')),
    laidOut: () => chart._chartTop() + chart._layout.height,
  };
}

describe('<news-timeline> marks on a canvas during a gesture', () => {
  const from = NewsTimeline.canvasMarksFrom;
  afterEach(async () => {
    NewsTimeline.canvasMarksFrom = from;
    await resetMouse();
  });

  it('a wheel zoom over a dense chart draws the marks on a canvas, hides the SVG marks and leaves them as they were', async () => {
    NewsTimeline.canvasMarksFrom = 0;
    const el = await timeline(await storyDocument(), { viewStart: '2023-10-25', viewEnd: '2023-11-25' });
    const transform = () => root(el).querySelector('.mark[data-id="macron-astana"]')!.getAttribute('transform');
    const before = transform();
    wheel(el, -10);
    await el.updateComplete;
    expect(onCanvas(el)).to.equal(true);
    const canvas = shownCanvas(el);
    expect(canvas !== null).to.equal(true);
    expect(painted(canvas!)).to.be.greaterThan(2000);
    expect(hidden(el)).to.equal(true);
    expect(transform()).to.equal(before); // the SVG marks wait where they were
    await waitUntil(() => !onCanvas(el) && !shownCanvas(el), 'the canvas is hidden when the view settles');
    expect(root(el).querySelector('canvas.marks') === canvas).to.equal(true); // kept for the next gesture
    expect(hidden(el)).to.equal(false);
    expect(transform()).not.to.equal(before); // ... and are where the zoom put them
  });

  it('a drag only pans: the SVG marks stay, and one group per lane moves', async () => {
    NewsTimeline.canvasMarksFrom = 0;
    const el = await timeline(await storyDocument(), { viewStart: '2023-10-25', viewEnd: '2023-11-25' });
    const group = () => root(el).querySelector('.mark[data-id="macron-astana"]')!.closest('.lane-content')!.getAttribute('transform');
    const before = group();
    // Not the moving group's own children: a change of a group's transform restyles its children.
    const mark = root(el).querySelector('.mark[data-id="macron-astana"]')!;
    expect(mark.parentElement!.classList.contains('lane-content'), 'the marks in a group of their own').to.equal(false);
    await grab(el);
    expect(onCanvas(el)).to.equal(false);
    expect(hidden(el)).to.equal(false);
    expect(group()).not.to.equal(before);
    await sendMouse({ type: 'up' });
  });

  it('a wheel zoom over a chart with fewer marks than NewsTimeline.canvasMarksFrom keeps them in SVG', async () => {
    const el = await timeline(await storyDocument(), { viewStart: '2023-10-25', viewEnd: '2023-11-25' });
    expect(NewsTimeline.canvasMarksFrom).to.equal(120);
    wheel(el, -10);
    await el.updateComplete;
    expect(root(el).querySelector('canvas.marks') === null).to.equal(true);
    expect(hidden(el)).to.equal(false);
  });

  it('keeps SVG marks while a mark has the keyboard focus (a Ctrl + wheel zoom), so that the focus is not lost', async () => {
    NewsTimeline.canvasMarksFrom = 0;
    const el = await timeline(await storyDocument(), { viewStart: '2023-10-25', viewEnd: '2023-11-25' });
    const mark = root(el).querySelector<SVGGElement>('.mark[data-id="macron-astana"]')!;
    mark.focus();
    // Zoom in around the focused mark, so that it stays in view.
    const at = mark.querySelector('circle')!.getBoundingClientRect();
    root(el)
      .querySelector('.zoom-bg')!
      .dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, clientX: at.left + at.width / 2, clientY: at.top, bubbles: true, cancelable: true, composed: true }));
    await el.updateComplete;
    expect(el.visibleRange!.end.getTime() - el.visibleRange!.start.getTime()).to.be.lessThan(30 * 86_400_000); // it zoomed
    expect(onCanvas(el)).to.equal(false);
    expect(hidden(el)).to.equal(false);
    expect(root(el).activeElement === mark).to.equal(true);
  });

  it('zoomed out to clusters alone, the marks canvas is cleared once and then left as it is', async () => {
    NewsTimeline.canvasMarksFrom = 0;
    const el = await timeline(syntheticDocument(3000, 5), { viewStart: '2021-03-01', viewEnd: '2021-03-15' });
    const canvas = root(el).querySelector<HTMLCanvasElement>('canvas.marks')!;
    const ctx = canvas.getContext('2d')!;
    let clears = 0;
    const clearRect = ctx.clearRect;
    ctx.clearRect = function (...args: Parameters<CanvasRenderingContext2D['clearRect']>) {
      clears++;
      return clearRect.apply(this, args);
    };
    const marks = () => (el as unknown as { _layout: { marks: unknown[] } })._layout.marks.length;
    const blankSteps: number[] = [];
    // One gesture of wheel steps out, far enough that no mark is left, then a few more.
    for (let i = 0; i < 12; i++) {
      const before = clears;
      wheel(el, 60);
      await el.updateComplete;
      expect(onCanvas(el), `step ${i}`).to.equal(true);
      if (!marks()) blankSteps.push(clears - before);
    }
    expect(blankSteps.length, 'steps with clusters alone').to.be.at.least(3);
    expect(blankSteps[0], 'the first clears the canvas').to.be.greaterThan(0);
    expect(blankSteps.slice(1), 'the others leave it').to.deep.equal(blankSteps.slice(1).map(() => 0));
    expect(painted(canvas)).to.equal(0);
  });

  it('during a gesture the cluster buttons are left as they were; at rest the same buttons take the new clusters', async () => {
    const el = await timeline(syntheticDocument(3000, 5));
    type Chart = { _zoom: { gesture: boolean }; _layout: { clusters: { id: string }[] } };
    const buttons = () => [...root(el).querySelectorAll<SVGGElement>('.cluster')];
    const state = () => buttons().map((b) => `${b.dataset.id} ${b.getAttribute('aria-label')} ${b.querySelector('.hit')!.getAttribute('x')}`);
    const before = buttons();
    const was = state();
    expect(before.length).to.be.greaterThan(20);
    expect(getComputedStyle(before[0]!.querySelector('.hit')!).fill, 'transparent over the canvas').to.equal('rgba(0, 0, 0, 0)');
    wheel(el, -30);
    await el.updateComplete;
    expect((el as unknown as Chart)._zoom.gesture).to.equal(true);
    expect(buttons(), 'the same elements').to.deep.equal(before);
    expect(state(), 'unchanged').to.deep.equal(was);
    await waitUntil(() => !(el as unknown as Chart)._zoom.gesture, 'the gesture ends', { timeout: 3000 });
    await el.updateComplete;
    const after = buttons();
    const ids = (el as unknown as Chart)._layout.clusters.map((c) => c.id);
    expect(after.map((b) => b.dataset.id).sort(), 'one per cluster of the new zoom').to.deep.equal([...ids].sort());
    expect(ids.some((id) => !before.some((b) => b.dataset.id === id)), 'new clusters').to.equal(true);
    // Not made again: each lane's buttons are the same elements, now for its new clusters.
    const firstOfLane = (list: SVGGElement[]) => new Map(list.map((b) => [b.closest('.lane'), b] as const).reverse());
    const [old, now] = [firstOfLane(before), firstOfLane(after)];
    expect(now.size, 'lanes with clusters').to.be.greaterThan(3);
    for (const [lane, button] of now) if (old.has(lane)) expect(button === old.get(lane), lane!.getAttribute('aria-label')!).to.equal(true);
  });

  it('in forced colours, where the buttons are the clusters drawn, they follow every step of a gesture', async () => {
    // The element asks matchMedia('(forced-colors: active)'); this browser cannot emulate it.
    const matches = Object.getOwnPropertyDescriptor(MediaQueryList.prototype, 'matches')!;
    Object.defineProperty(MediaQueryList.prototype, 'matches', {
      configurable: true,
      get(this: MediaQueryList) {
        return this.media === '(forced-colors: active)' || matches.get!.call(this);
      },
    });
    try {
      const el = await timeline(syntheticDocument(3000, 5));
      const ids = () => [...root(el).querySelectorAll<SVGGElement>('.cluster')].map((b) => b.dataset.id).sort();
      const layoutIds = () => (el as unknown as { _layout: { clusters: { id: string }[] } })._layout.clusters.map((c) => c.id).sort();
      const before = ids();
      expect(before.length).to.be.greaterThan(20);
      wheel(el, -30);
      await el.updateComplete;
      expect((el as unknown as { _zoom: { gesture: boolean } })._zoom.gesture).to.equal(true);
      expect(ids()).to.not.deep.equal(before);
      expect(ids()).to.deep.equal(layoutIds());
    } finally {
      Object.defineProperty(MediaQueryList.prototype, 'matches', matches);
    }
  });

  it('when the gesture ends, the SVG marks come back a few at a time under the canvas, then the canvas goes', async () => {
    NewsTimeline.canvasMarksFrom = 0;
    const el = await timeline(syntheticDocument(3000, 5), { viewStart: '2021-03-01', viewEnd: '2021-03-15' });
    // Three wheel steps out (to a quarter of the zoom), one gesture: more marks come into view.
    for (let i = 0; i < 3; i++) {
      wheel(el, 33);
      await el.updateComplete;
      await nextFrame();
    }
    expect(onCanvas(el)).to.equal(true);
    // d3-zoom ends a wheel gesture 150 ms after its last event: look at every frame until then and after.
    const seen: { svg: number; canvas: boolean }[] = [];
    for (let frame = 0; frame < 120; frame++) {
      await nextFrame();
      seen.push({ svg: root(el).querySelectorAll('.mark').length, canvas: onCanvas(el) && !!shownCanvas(el) });
      if (!seen.at(-1)!.canvas) break;
    }
    const total = root(el).querySelectorAll('.mark').length;
    expect(seen.at(-1)!.canvas).to.equal(false);
    expect(total).to.be.greaterThan(40); // more than one frame's worth (SETTLE_CHUNK)
    const whileCovered = seen.filter((s) => s.canvas).map((s) => s.svg);
    const settling = whileCovered.filter((n) => n !== whileCovered[0]);
    expect(settling.length, JSON.stringify(seen)).to.be.greaterThan(0); // the SVG grew frame by frame ...
    expect(settling.every((n) => n < total)).to.equal(true); // ... under the canvas
    expect(settling).to.deep.equal([...settling].sort((a, b) => a - b)); // only ever more
    expect(hidden(el)).to.equal(false);
  });

  it('the canvases keep their size while a zoom changes the chart\'s height, as tall as the chart can get', async () => {
    NewsTimeline.canvasMarksFrom = 0;
    const el = await timeline(syntheticDocument(3000, 5), { viewStart: '2021-03-01', viewEnd: '2021-03-15' });
    const chart = () => root(el).querySelector('svg[part="chart"]')!.getBoundingClientRect().height;
    const sizes = () => [...root(el).querySelectorAll<HTMLCanvasElement>('canvas.marks, canvas.clusters')].map((c) => `${c.width}x${c.height}`);
    const marks = root(el).querySelector<HTMLCanvasElement>('canvas.marks');
    expect(marks !== null, 'made ahead: the data could fill it').to.equal(true);
    const box = `${marks!.width}x${marks!.height}`;
    const heights = new Set([chart()]);
    for (let i = 0; i < 6; i++) {
      wheel(el, 50);
      await el.updateComplete;
      await nextFrame();
      heights.add(chart());
      expect(sizes().every((s) => s === box), `${sizes()} ≠ ${box}`).to.equal(true);
    }
    expect(sizes().length, 'the clusters canvas too').to.equal(2);
    expect(heights.size, 'the chart changed height').to.be.greaterThan(1);
    expect(marks!.height / devicePixelRatio).to.be.at.least(Math.max(...heights));
  });

  it('during a gesture the chart keeps its height where the layout would shrink it; at rest it takes the layout\'s height', async () => {
    const el = await timeline(syntheticDocument(3000, 5), { viewStart: '2021-03-01', viewEnd: '2021-03-15' });
    const { chart, drawn, laidOut } = heights(el);
    // Every gridline reaches the bottom of the plot as drawn.
    const gridBottoms = () => new Set([...root(el).querySelectorAll('.axis .ticks line')].map((l) => Number(l.getAttribute('y2'))));
    let tallest = drawn();
    expect(tallest).to.equal(laidOut());
    let shrunk = 0;
    // One gesture of wheel steps out: the lanes need fewer rows as their marks merge into clusters.
    for (let i = 0; i < 8; i++) {
      wheel(el, 40);
      await el.updateComplete;
      expect(chart._zoom.gesture).to.equal(true);
      tallest = Math.max(tallest, laidOut());
      if (laidOut() < tallest) shrunk++;
      expect(drawn(), `step ${i}`).to.equal(tallest);
      expect([...gridBottoms()]).to.deep.equal([tallest]);
      expect(root(el).querySelector('.zoom-bg')!.getAttribute('height')).to.equal(String(tallest));
    }
    expect(shrunk, 'steps whose layout was shorter than the chart drawn').to.be.greaterThan(0);
    await waitUntil(() => !chart._zoom.gesture, 'the gesture ends', { timeout: 3000 });
    await el.updateComplete;
    expect(drawn()).to.equal(laidOut());
    expect(drawn()).to.be.lessThan(tallest);
    expect([...gridBottoms()]).to.deep.equal([laidOut()]);
  });

  it('a drag that leaves fewer rows in view keeps the chart\'s height until it ends', async () => {
    const el = await timeline(await storyDocument(), { viewStart: '2023-10-25', viewEnd: '2023-11-25' });
    const { chart, drawn, laidOut } = heights(el);
    const start = drawn();
    expect(start).to.equal(laidOut());
    // Drag the view towards the quiet weeks after the story's last events, in steps.
    const r = root(el).querySelector('svg[part="chart"]')!.getBoundingClientRect();
    const [x, y] = [Math.round(r.left + r.width / 2), Math.round(r.top + 20)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    let lowest = start;
    for (let i = 1; i <= 6; i++) {
      await sendMouse({ type: 'move', position: [x - i * 70, y] });
      await el.updateComplete;
      expect(chart._zoom.gesture, `step ${i}: dragging`).to.equal(true);
      lowest = Math.min(lowest, laidOut());
      expect(drawn(), `step ${i}`).to.equal(start);
    }
    expect(lowest, 'the rows in view would have made the chart shorter').to.be.lessThan(start);
    await sendMouse({ type: 'up' });
    await waitUntil(() => !chart._zoom.gesture, 'the drag ends', { timeout: 3000 });
    await el.updateComplete;
    expect(drawn()).to.equal(laidOut());
    expect(drawn()).to.be.lessThan(start);
  });

  it('an animated zoom keeps the chart\'s height until its last frame, then takes the layout\'s', async () => {
    const el = await timeline(syntheticDocument(3000, 5), { viewStart: '2021-03-01', viewEnd: '2021-03-15' });
    const { chart, drawn, laidOut } = heights(el);
    let tallest = drawn();
    let shrunk = 0;
    let frames = 0;
    el.zoomTo('2020-09-01', '2021-09-01', true);
    expect(chart._zoom.moving, 'animating').to.equal(true);
    while (chart._zoom.moving) {
      await nextFrame();
      await el.updateComplete;
      frames++;
      if (!chart._zoom.moving) break;
      tallest = Math.max(tallest, laidOut());
      if (laidOut() < tallest) shrunk++;
      expect(drawn(), `frame ${frames}`).to.equal(tallest);
    }
    expect(frames, 'frames of the animation').to.be.greaterThan(1);
    expect(shrunk, 'frames whose layout was shorter than the chart drawn').to.be.greaterThan(0);
    await el.updateComplete;
    expect(drawn()).to.equal(laidOut());
    expect(drawn()).to.be.lessThan(tallest);
  });

  it('a canvas made ahead is shown blank for a few frames once the chart is idle, then hidden', async () => {
    NewsTimeline.canvasMarksFrom = 0;
    const el = await timeline(syntheticDocument(3000, 5), { viewStart: '2021-03-01', viewEnd: '2021-03-15' });
    const canvas = root(el).querySelector<HTMLCanvasElement>('canvas.marks')!;
    const shown: boolean[] = [];
    for (let frame = 0; frame < 90 && (shown.length < 2 || shown.at(-1) || !shown.includes(true)); frame++) {
      await nextFrame();
      shown.push(!canvas.hidden);
    }
    const firstShown = shown.indexOf(true);
    expect(firstShown, JSON.stringify(shown)).to.be.at.least(0);
    expect(shown.slice(firstShown).filter((s) => s).length).to.be.within(2, 4);
    expect(shown.at(-1)).to.equal(false);
    expect(painted(canvas)).to.equal(0);
    expect(onCanvas(el)).to.equal(false);
  });

  it('new data that needs no canvas lets the canvases go; data that needs them gets them back', async () => {
    const el = await timeline(syntheticDocument(3000, 5));
    const canvases = () => [...root(el).querySelectorAll('canvas.marks, canvas.clusters')].map((c) => c.className).sort();
    expect(canvases()).to.deep.equal(['clusters', 'marks']);
    el.data = await storyDocument();
    await el.updateComplete;
    expect(canvases(), '24 events, no clusters').to.deep.equal([]);
    el.data = syntheticDocument(3000, 6);
    await el.updateComplete;
    expect(canvases()).to.deep.equal(['clusters', 'marks']);
  });

  describe('the idle layout warm-up', () => {
    type Spied = { _frameAt: (scale: { domain(): Date[] | number[] }, previous?: unknown) => { layout: { clusters: unknown[] } } };
    const proto = NewsTimeline.prototype as unknown as Spied;
    const original = proto._frameAt;
    let frames: { start: number; end: number; clusters: number }[] = [];
    beforeEach(() => {
      frames = [];
      proto._frameAt = function (this: Spied, scale, previous) {
        const frame = original.call(this, scale, previous);
        const [a, b] = scale.domain().map(Number) as [number, number];
        frames.push({ start: a, end: b, clusters: frame.layout.clusters.length });
        return frame;
      };
    });
    afterEach(() => {
      proto._frameAt = original;
    });

    it('lays the chart out at deeper zooms around the middle, 4x each, until no cluster is left, and changes nothing', async () => {
      const el = await timeline(syntheticDocument(3000, 5));
      const state = el as unknown as { _layout: object };
      const layout = state._layout;
      const lanes = root(el).querySelector('.lanes')!.innerHTML;
      const [s0, s1] = [frames[0]!.start, frames[0]!.end];
      for (let i = 0; i < 6; i++) await idle();
      const deeper = frames.filter((f) => f.end - f.start < (s1 - s0) * 0.9);
      expect(deeper.length, JSON.stringify(frames)).to.be.within(2, 4);
      deeper.forEach((f, i) => {
        expect((s1 - s0) / (f.end - f.start), `level ${i + 1}`).to.be.closeTo(4 ** (i + 1), 1e-6 * 4 ** (i + 1));
        expect((f.start + f.end) / 2, 'around the middle').to.be.closeTo((s0 + s1) / 2, (s1 - s0) * 1e-9);
      });
      // It stops at the first zoom without clusters, or after four.
      expect(deeper.slice(0, -1).every((f) => f.clusters > 0)).to.equal(true);
      expect(deeper.at(-1)!.clusters === 0 || deeper.length === 4).to.equal(true);
      expect(state._layout === layout, 'the chart kept its layout').to.equal(true);
      expect(root(el).querySelector('.lanes')!.innerHTML).to.equal(lanes);
      const canvas = root(el).querySelector<HTMLCanvasElement>('canvas.marks')!;
      expect(canvas.hidden).to.equal(true);
      expect(painted(canvas), 'the marks drawn to warm the canvas are cleared').to.equal(0);
    });

    it('waits while the reader zooms, and runs once the view is at rest', async () => {
      // Which frames the warm-up asks for (not the chart's own), and whether a gesture was on.
      type Chart = { _computeLayout(): void; _zoom: { gesture: boolean } };
      const chart = NewsTimeline.prototype as unknown as Chart;
      const compute = chart._computeLayout;
      let inChart = false;
      chart._computeLayout = function (this: Chart) {
        inChart = true;
        try {
          compute.call(this);
        } finally {
          inChart = false;
        }
      };
      const warm: { gesture: boolean }[] = [];
      const spied = proto._frameAt;
      proto._frameAt = function (this: Spied & Chart, scale, previous) {
        if (!inChart) warm.push({ gesture: this._zoom.gesture });
        return spied.call(this, scale, previous);
      };
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"><news-timeline no-hash no-json-ld lang="en-GB" layout="horizontal" .data=${syntheticDocument(3000, 5)}></news-timeline></div>`);
        const el = wrapper.querySelector('news-timeline')!;
        await el.updateComplete;
        // A wheel zoom begins before the browser is first idle, and its gesture outlasts a few idle periods.
        wheel(el, -10);
        const gesture = () => (el as unknown as Chart)._zoom.gesture;
        expect(gesture()).to.equal(true);
        // Any idle period, however short: a gesture lasts 150 ms after its last event, so wheel
        // events that do not zoom keep it going meanwhile (an idle callback may come later than
        // that on a busy machine).
        const anyIdle = () => new Promise((done) => requestIdleCallback(done));
        const held = setInterval(() => wheel(el, 0), 30);
        try {
          for (let i = 0; i < 5; i++) {
            await anyIdle();
            expect(gesture(), 'still zooming').to.equal(true);
            wheel(el, -1);
            await el.updateComplete;
          }
        } finally {
          clearInterval(held);
        }
        expect(warm, 'nothing warmed during the gesture').to.deep.equal([]);
        await waitUntil(() => !gesture(), 'the gesture ends', { timeout: 3000 });
        for (let i = 0; i < 8 && !warm.length; i++) await idle();
        expect(warm.length, 'warmed once at rest').to.be.greaterThan(0);
        expect(warm.some((w) => w.gesture)).to.equal(false);
      } finally {
        chart._computeLayout = compute;
      }
    });
  });
});
