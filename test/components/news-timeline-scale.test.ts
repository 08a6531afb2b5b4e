import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/news-timeline/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { syntheticDocument } from '../../bench/synthetic.js';
import type { TimelineDocument } from '../../src/schema/types.js';
import { idle } from '../helpers.js';

/** Elements in the light DOM and every shadow root below `root`. */
function countElements(root: Element | ShadowRoot): number {
  let n = 0;
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      n++;
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return n;
}

/**
 * A horizontal timeline of `doc`, 1,200 px wide, in a wrapper of its own on the page
 * (open-wc's fixture() would remove it after the first test): remove `el.parentElement` when done.
 */
async function chart(doc: TimelineDocument): Promise<NewsTimeline> {
  const wrapper = document.createElement('div');
  wrapper.style.width = '1200px';
  const el = document.createElement('news-timeline');
  el.noHash = true;
  el.layout = 'horizontal';
  el.data = doc;
  wrapper.append(el);
  document.body.append(wrapper);
  await el.updateComplete;
  return el;
}

/** Runs `test` on a chart of `doc` (see {@link chart}), and takes the chart away after it, passed or not. */
async function withChart(doc: TimelineDocument, test: (el: NewsTimeline) => Promise<void> | void): Promise<void> {
  const el = await chart(doc);
  try {
    await test(el);
  } finally {
    el.parentElement!.remove();
  }
}

describe('<news-timeline> at scale', () => {
  const doc = syntheticDocument(100_000);
  let el: NewsTimeline;

  // One element for the whole suite.
  before(async () => {
    el = await chart(doc);
  });
  after(() => el.parentElement!.remove());

  it('renders 100,000 events with fewer than 3,000 elements, as cluster marks', () => {
    expect(el.document.events).to.have.length(100_000);
    expect(countElements(el.parentElement!)).to.be.below(3000);
    const clusters = el.shadowRoot!.querySelectorAll('.cluster');
    expect(clusters.length).to.be.greaterThan(10);
    expect(clusters[0]!.getAttribute('aria-label')).to.match(/^\d+ events, \d/);
  });

  it('paints each cluster on the canvas under its button: a box in its lane colour with its count in it', async () => {
    el.zoomTo('2019-01-01', '2024-01-01');
    await el.updateComplete;
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.clusters')!;
    const ctx = canvas.getContext('2d')!;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const clusters = [...el.shadowRoot!.querySelectorAll<SVGGElement>('.cluster')].slice(0, 20);
    expect(clusters.length).to.be.greaterThan(5);
    for (const cluster of clusters) {
      const hit = cluster.querySelector('.hit')!.getBoundingClientRect();
      const x = Math.round((hit.left - box.left) * ratio);
      const y = Math.round((hit.top - box.top) * ratio);
      const { data } = ctx.getImageData(x, y, Math.max(1, Math.floor(hit.width * ratio)), Math.floor(hit.height * ratio));
      // Painted: almost every pixel of the box is covered; the count's glyphs add pixels of a
      // second, much lighter colour (the count's white) in its middle.
      let painted = 0;
      let light = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 0) painted++;
        if (data[i + 3]! > 200 && data[i]! > 200 && data[i + 1]! > 200 && data[i + 2]! > 200) light++;
      }
      const pixels = data.length / 4;
      expect(painted / pixels, cluster.getAttribute('aria-label')!).to.be.greaterThan(0.7);
      expect(light, cluster.getAttribute('aria-label')!).to.be.greaterThan(3);
    }
  });

  it('a pan step moves each lane\'s marks as one group: no mark that stays in view gets a new x', async () => {
    el.zoomTo('2021-06-01', '2021-06-11');
    await el.updateComplete;
    // Where each mark's point or bar is (its label may be cut or flipped anew near an edge).
    const left = (m: Element) => m.querySelector('.point, .range')!.getBoundingClientRect().left;
    const before = new Map([...el.shadowRoot!.querySelectorAll<SVGGElement>('.mark')].map((m) => [m.dataset.id!, left(m)]));
    expect(before.size).to.be.greaterThan(50);
    const xOf = (transform: string | null) => /translate\(([^,]+),/.exec(transform ?? '')?.[1];
    const moved: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target as SVGGElement;
        if (r.attributeName === 'transform' && target.classList.contains('mark') && xOf(r.oldValue) !== xOf(target.getAttribute('transform'))) moved.push(target.dataset.id!);
      }
    });
    observer.observe(el.shadowRoot!, { subtree: true, attributes: true, attributeOldValue: true });
    el.zoomTo('2021-06-02', '2021-06-12'); // the same span, a day later
    await el.updateComplete;
    observer.disconnect();
    const after = [...el.shadowRoot!.querySelectorAll<SVGGElement>('.mark')].filter((m) => before.has(m.dataset.id!));
    expect(after.length).to.be.greaterThan(30);
    // Every mark moved on screen by the same amount (a day's width to the left) ...
    const moves = after.map((m) => Math.round(before.get(m.dataset.id!)! - left(m)));
    expect(new Set(moves).size, String(moves)).to.be.at.most(2);
    expect(moves[0]).to.be.greaterThan(50);
    // ... through its lane's group: no mark that stayed got a new x of its own (a new row is a new y).
    expect(moved.filter((id) => before.has(id))).to.deep.equal([]);
  });

  it('a zoom step renders only the events in view, still under 3,000 elements', async () => {
    el.zoomTo('2021-06-01', '2021-06-04');
    await el.updateComplete;
    const { start, end } = el.visibleRange!;
    const marks = [...el.shadowRoot!.querySelectorAll<SVGGElement>('.mark')];
    expect(marks.length).to.be.greaterThan(0);
    const margin = (end.getTime() - start.getTime()) * 0.1;
    const byId = new Map(doc.events.map((e) => [e.id, e]));
    for (const m of marks) {
      const e = byId.get(m.dataset.id!)!;
      const s = Date.parse(e.start);
      const en = Date.parse(e.end ?? e.start) + 86_400_000;
      expect(en >= start.getTime() - margin && s <= end.getTime() + margin, e.id).to.equal(true);
    }
    expect(countElements(el.parentElement!)).to.be.below(3000);
  });

  it('activating a cluster zooms into its span and focuses its first event', async () => {
    el.fit();
    await el.updateComplete;
    const cluster = el.shadowRoot!.querySelector<SVGGElement>('.cluster[tabindex="0"]')!;
    const before = el.visibleRange!.end.getTime() - el.visibleRange!.start.getTime();
    const label = cluster.getAttribute('aria-label')!;
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    const span = () => el.visibleRange!.end.getTime() - el.visibleRange!.start.getTime();
    await waitUntil(() => span() < before / 10, `Enter on "${label}" zooms in`);
    await el.updateComplete;
    // Focus lands on an event inside the cluster's span.
    const focused = el.shadowRoot!.activeElement as SVGGElement | null;
    expect(focused?.classList.contains('mark') || focused?.classList.contains('cluster')).to.equal(true);
  });

  it('the accessible list names what is in view, not all 100,000 events', () => {
    const items = el.shadowRoot!.querySelectorAll('ol.visually-hidden li');
    expect(items.length).to.be.greaterThan(0);
    expect(items.length).to.be.below(1000);
  });

  it('is accessible with axe-core with cluster marks', async () => {
    el.fit();
    await el.updateComplete;
    await expect(el.parentElement).to.be.accessible();
  });
});

describe('<news-timeline> with new data', () => {
  type Internal = { _positionIndex?: { map: Map<string, number>; next: number }; _ordered: unknown[] };
  /** The index by id once every event is in it; the part made so far while it is not. */
  const index = (el: NewsTimeline) => {
    const { _positionIndex: made, _ordered: ordered } = el as unknown as Internal;
    return made && made.next === ordered.length ? made.map : undefined;
  };
  const part = (el: NewsTimeline) => {
    const { _positionIndex: made, _ordered: ordered } = el as unknown as Internal;
    return made && made.next < ordered.length ? made : undefined;
  };
  /** Idle moments until the index is made (a slice of it each), at most `max`. */
  async function idleUntilIndexed(el: NewsTimeline, max = 40) {
    for (let i = 0; i < max && !index(el); i++) await idle();
  }

  it('makes its index of events by id in idle slices, not in the updates that show the data', async () => {
    await withChart(syntheticDocument(10_000), async (el) => {
      expect(el.shadowRoot!.querySelectorAll('.cluster').length, 'the chart is drawn').to.be.greaterThan(10);
      expect(el.shadowRoot!.querySelectorAll('.reading-list li').length, 'the reading list is named').to.be.greaterThan(10);
      expect(index(el), 'no index in the first update').to.equal(undefined);
      // Nor in the next update, with the keyboard focus on a cluster (as the first event is in
      // one): it is found among the clusters in view, not looked up among the events.
      expect(el.shadowRoot!.querySelector('.cluster[tabindex="0"]'), 'a cluster has the focus stop').to.not.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      expect(index(el), 'no index in the next update').to.equal(undefined);
      // Made in idle slices only.
      const budgets: number[] = [];
      const internal = el as unknown as { _extendPositions(budget: number): boolean };
      const extend = internal._extendPositions;
      internal._extendPositions = function (budget: number) {
        budgets.push(budget);
        return extend.call(this, budget);
      };
      await idleUntilIndexed(el);
      expect(budgets.length).to.be.greaterThan(0);
      expect(budgets.every(Number.isFinite), `budgets ${budgets.join(', ')}`).to.equal(true);
      expect(index(el)?.size).to.equal(10_000);
      const ordered = (el as unknown as { _ordered: { event: { id: string } }[] })._ordered;
      for (const at of [0, 1, 4_999, 9_999]) expect(index(el)!.get(ordered[at]!.event.id)).to.equal(at);
      // New data: the index is of the new events.
      el.data = syntheticDocument(500, 7);
      await el.updateComplete;
      expect(el.select('e9999'), 'an id of the old data').to.equal(false);
      expect(el.select('e12')).to.equal(true);
      expect(index(el)?.size).to.equal(500);
    });
  });

  it('makes the index in slices of a thousand events, and finishes it when a lookup needs it half made', async () => {
    await withChart(syntheticDocument(100_000), async (el) => {
      const internal = el as unknown as { _extendPositions(budget: number): boolean };
      // What an idle slice does, with no time to spare: one step of a thousand events.
      expect(internal._extendPositions(0)).to.equal(false);
      expect(part(el)?.next).to.equal(1_000);
      expect(index(el)).to.equal(undefined);
      expect(internal._extendPositions(0)).to.equal(false);
      expect(part(el)?.next).to.equal(2_000);
      // A lookup finishes it, from where it stopped.
      expect(el.select('e99999')).to.equal(true);
      expect(index(el)?.size).to.equal(100_000);
      expect(part(el)).to.equal(undefined);
      const ordered = (el as unknown as { _ordered: { event: { id: string } }[] })._ordered;
      for (const at of [0, 999, 1_000, 1_999, 2_000, 99_999]) expect(index(el)!.get(ordered[at]!.event.id)).to.equal(at);
    });
  });

  type Cluster = { id: string; lane: string; firstId: string; firstStart: number; lastStart: number };
  const layoutOf = (el: NewsTimeline) => (el as unknown as { _layout: { clusters: Cluster[] } })._layout;
  /** The mark or cluster that the Tab key reaches in the chart. */
  const focusStop = (el: NewsTimeline) => el.shadowRoot!.querySelector<SVGElement>('.lanes [tabindex="0"]')!;
  /** Asserts that `id` is the cluster that now holds `cluster`'s first event, or that event. */
  const expectWithEventsOf = (el: NewsTimeline, id: string | undefined, cluster: Cluster, when: string) => {
    const holder = layoutOf(el).clusters.find((c) => c.id === id);
    if (holder) {
      const holds = holder.firstStart <= cluster.firstStart && cluster.firstStart <= holder.lastStart;
      expect([holder.lane, holds], `${when}: the cluster holding its first event`).to.deep.equal([cluster.lane, true]);
    } else expect(id, `${when}: its first event`).to.equal(cluster.firstId);
  };

  it('keeps the focus with the events of a cluster that a zoom splits, without the index by id', async () => {
    await withChart(syntheticDocument(10_000), async (el) => {
      const buttons = [...el.shadowRoot!.querySelectorAll<SVGElement>('.cluster')];
      const button = buttons[Math.floor(buttons.length / 2)]!;
      button.focus();
      await el.updateComplete;
      const cluster = layoutOf(el).clusters.find((c) => c.id === button.dataset.id)!;
      expect(focusStop(el).dataset.id, 'the focus stop before the zoom').to.equal(cluster.id);
      // Zoom in four times around the cluster, as a reader with the wheel over it.
      const { start, end } = el.visibleRange!;
      const [d0, d1] = [start.getTime(), end.getTime()];
      const mid = (cluster.firstStart + cluster.lastStart) / 2;
      el.zoomTo(mid - (d1 - d0) / 8, mid + (d1 - d0) / 8);
      await el.updateComplete;
      const stop = focusStop(el);
      expect(stop.dataset.id, 'the cluster is gone').to.not.equal(cluster.id);
      expectWithEventsOf(el, stop.dataset.id, cluster, 'after the zoom');
      expect(index(el) ?? part(el), 'no index by id').to.equal(undefined);
    });
  });

  it('zooming in with + on a focused cluster keeps the keyboard on its events', async () => {
    await withChart(syntheticDocument(10_000), async (el) => {
      // A cluster in the middle of its lane (the buttons are in lane order).
      const buttons = [...el.shadowRoot!.querySelectorAll<SVGElement>('.cluster')];
      const button = buttons[Math.floor(buttons.length / 2) + 12]!;
      const cluster = layoutOf(el).clusters.find((c) => c.id === button.dataset.id)!;
      expect(buttons[Math.floor(buttons.length / 2)]!.closest('.lane'), 'in the same lane').to.equal(button.closest('.lane'));
      button.focus();
      await el.updateComplete;
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: '+' });
        // The animated zoom's last frame (it takes 250 ms).
        await new Promise((done) => setTimeout(done, 400));
        await el.updateComplete;
        const active = el.shadowRoot!.activeElement as SVGElement | null;
        expect(active, `after + ${i + 1}: the keyboard focus is in the chart`).to.not.equal(null);
        expect(active!.dataset.id, `after + ${i + 1}: on the focus stop`).to.equal(focusStop(el).dataset.id);
        expectWithEventsOf(el, active!.dataset.id, cluster, `after + ${i + 1}`);
      }
    });
  });

  it('keeps the focus on an event that a pan takes out of view, without the index by id', async () => {
    await withChart(syntheticDocument(400), async (el) => {
      const marks = [...el.shadowRoot!.querySelectorAll<SVGElement>('.mark')];
      expect(marks.length, 'events shown one by one').to.be.greaterThan(100);
      const mark = marks[Math.floor(marks.length / 2)]!;
      mark.focus();
      mark.blur();
      await el.updateComplete;
      // The events of the last tenth of the span, far from the focused one.
      const { start, end } = el.visibleRange!;
      const [d0, d1] = [start.getTime(), end.getTime()];
      el.zoomTo(d1 - (d1 - d0) / 10, d1);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector(`.mark[data-id="${mark.dataset.id}"]`), 'the event is out of view').to.equal(null);
      expect(index(el) ?? part(el), 'no index by id').to.equal(undefined);
      // Back in view, it still has the focus stop.
      el.fit();
      await el.updateComplete;
      expect(focusStop(el).dataset.id).to.equal(mark.dataset.id);
      expect(index(el) ?? part(el), 'no index by id').to.equal(undefined);
    });
  });

  it('makes the index at once when a lookup needs it before then', async () => {
    await withChart(syntheticDocument(2_000), async (el) => {
      expect(index(el)).to.equal(undefined);
      expect(el.select('e1234')).to.equal(true);
      await el.updateComplete;
      expect(el.selected).to.equal('e1234');
      expect(index(el)?.size).to.equal(2_000);
    });
  });
});
