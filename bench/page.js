// The in-page half of `npm run bench`: mounts one library on synthetic data and measures it.
// scripts/bench.mjs drives it with real input from Playwright.
import { syntheticDocument } from './synthetic.js';

const stage = document.getElementById('stage');
// raf.js (loaded before every library) times each animation-frame callback into __bench.rafWork.
const nativeRaf = window.__bench.nativeRaf;
const rafWork = {
  reset: () => (window.__bench.rafWork = 0),
  get: () => window.__bench.rafWork,
};
const frame = () => new Promise((resolve) => nativeRaf(() => resolve()));

// Registered before any library mounts, so these capture listeners run first for every input.
const waiting = {};
for (const type of ['wheel', 'pointermove']) {
  window.addEventListener(
    type,
    () => {
      const t0 = performance.now();
      rafWork.reset();
      const next = waiting[type];
      waiting[type] = undefined;
      next?.(t0);
    },
    true,
  );
}

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: false });

let current; // { lib, settle(): Promise<void>, zoomStep(direction), panStep(dx) }

const DAY = 86_400_000;

function mountNewsTimeline(doc) {
  const el = document.createElement('news-timeline');
  el.noHash = true;
  el.layout = 'horizontal';
  stage.append(el);
  el.data = doc;
  return { lib: 'news-timeline', target: () => el.shadowRoot.querySelector('.zoom-bg'), settle: () => el.updateComplete, realInput: true, zoomKey: 'Control' };
}

function mountVis(doc) {
  const items = new vis.DataSet(
    doc.events.map((e) => ({ id: e.id, content: e.title, start: e.start, ...(e.end && { end: e.end }), group: e.group, type: e.end ? 'range' : 'box' })),
  );
  const groups = new vis.DataSet(doc.groups.map((g) => ({ id: g.id, content: g.label })));
  const timeline = new vis.Timeline(stage, items, groups, { height: '800px', width: '1200px' });
  return { lib: 'vis-timeline', target: () => stage.querySelector('.vis-center'), settle: () => Promise.resolve(), realInput: true, zoomKey: null, timeline };
}

function mountTimelinesChart(doc) {
  const byGroup = new Map(doc.groups.map((g) => [g.id, new Map()]));
  doc.events.forEach((e, i) => {
    const lines = byGroup.get(e.group);
    const line = `line ${i % 16}`;
    if (!lines.has(line)) lines.set(line, []);
    const start = Date.parse(e.start);
    lines.get(line).push({ timeRange: [new Date(start), new Date(e.end ? Date.parse(e.end) + DAY : start + DAY)], val: e.importance });
  });
  const data = [...byGroup].map(([group, lines]) => ({ group, data: [...lines].map(([label, data]) => ({ label, data })) }));
  const chart = TimelinesChart()(stage).width(1200).maxHeight(800).enableAnimations(false).data(data);
  const domain = [Date.UTC(2019, 0, 1), Date.UTC(2024, 1, 1)];
  let window_ = [...domain];
  // timelines-chart has no wheel zoom or drag pan: its zoomX API stands in for both.
  const set = (a, b) => {
    window_ = [Math.max(domain[0], a), Math.min(domain[1], b)];
    chart.zoomX([new Date(window_[0]), new Date(window_[1])]);
  };
  return {
    lib: 'timelines-chart',
    settle: () => Promise.resolve(),
    realInput: false,
    zoomStep(direction) {
      const [a, b] = window_;
      const mid = (a + b) / 2;
      const half = ((b - a) / 2) * (direction > 0 ? 0.8 : 1.25);
      set(mid - half, mid + half);
    },
    panStep(dx) {
      const [a, b] = window_;
      const shift = -((b - a) * dx) / 1200;
      set(a + shift, b + shift);
    },
  };
}

const mounts = { 'news-timeline': mountNewsTimeline, 'vis-timeline': mountVis, 'timelines-chart': mountTimelinesChart };

function countElements(root = document.body) {
  let n = 0;
  const walk = (node) => {
    for (const child of node.children) {
      n++;
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return n;
}

window.bench = {
  /** Builds the data, hands it over, and resolves with ms until the first painted frame. */
  async firstPaint(lib, n) {
    await customElements.whenDefined('news-timeline');
    const doc = syntheticDocument(n);
    await frame();
    const t0 = performance.now();
    current = mounts[lib](doc);
    await current.settle();
    await frame();
    await frame();
    return performance.now() - t0;
  },

  /** Where to point real input: the centre of the library's zoomable surface. */
  target() {
    const el = current.target?.();
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: Math.round(r.left + Math.min(r.width, 1200) / 2), y: Math.round(r.top + Math.min(r.height, 600) / 2), zoomKey: current.zoomKey };
  },

  realInput: () => current.realInput,

  /**
   * Arms the measurement of the next input event of `type`: its handlers, the library's update
   * after them, and the animation-frame callbacks they scheduled. Await this before sending the
   * input (so the input cannot arrive first), then `measured()` resolves with the time.
   */
  measureNext(type) {
    this._measured = new Promise((resolve) => {
      waiting[type] = (t0) => {
        // A task after the event's dispatch: every handler and the microtasks after it have run.
        const channel = new MessageChannel();
        channel.port1.onmessage = async () => {
          await current.settle();
          const sync = performance.now() - t0;
          rafWork.reset();
          await frame();
          resolve(sync + rafWork.get());
        };
        channel.port2.postMessage(0);
      };
    });
  },

  measured() {
    return this._measured;
  },

  /** One programmatic step, for libraries without the input (timelines-chart). */
  async apiStep(kind, amount) {
    const t0 = performance.now();
    rafWork.reset();
    if (kind === 'zoom') current.zoomStep(amount);
    else current.panStep(amount);
    await current.settle();
    const sync = performance.now() - t0;
    rafWork.reset();
    await frame();
    return sync + rafWork.get();
  },

  startLongTasks() {
    longTasks.length = 0;
  },
  longTasks: () => [...longTasks],
  elements: () => countElements(),
};
window.benchReady = true;
