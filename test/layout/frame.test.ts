import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildLaneIndex, layoutFrame, maxFrameHeight } from '../../src/layout/frame.js';
import { lanesFor, timeOrder, DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from '../../src/layout/lanes.js';
import { estimateText } from '../../src/layout/text.js';
import type { TimelineEvent } from '../../src/schema/types.js';
import { syntheticDocument } from '../../bench/synthetic.js';

const measure = estimateText(13);

function prepare(events: TimelineEvent[], groups = syntheticDocument(0).groups) {
  const ordered = timeOrder(events).map((o, order) => ({ ...o, order }));
  return { ordered, lanes: buildLaneIndex(ordered, lanesFor(events, groups)) };
}

function frame(prepared: ReturnType<typeof prepare>, domain: [number, number], width: number, budget?: number, options?: Partial<LayoutOptions>) {
  const x = (ms: number) => ((ms - domain[0]) / (domain[1] - domain[0])) * width;
  const invert = (px: number) => domain[0] + (px / width) * (domain[1] - domain[0]);
  return layoutFrame({ ...prepared, domain, x, invert, width, measure, ...(budget !== undefined && { budget }), ...(options && { options }) });
}

/** Labels (and the marks they belong to) never overlap within a row of a lane. */
function expectNoLabelOverlap(layout: ReturnType<typeof frame>) {
  const byRow = new Map<string, { left: number; right: number }[]>();
  for (const m of layout.marks) {
    if (!m.label) continue;
    const key = `${m.lane}/${m.y}`;
    const list = byRow.get(key) ?? [];
    for (const other of list) expect(m.left >= other.right || m.right <= other.left, `${m.id} overlaps in ${key}`).to.equal(true);
    list.push({ left: m.left, right: m.right });
    byRow.set(key, list);
  }
}

/** Checks that every event in the window (with its margin) is in exactly one mark. */
function expectPartition(prepared: ReturnType<typeof prepare>, layout: ReturnType<typeof frame>, domain: [number, number]) {
  const margin = (domain[1] - domain[0]) * 0.1;
  const inView = prepared.ordered.filter((o) => o.interval.end >= domain[0] - margin && o.interval.start <= domain[1] + margin);
  expect(layout.visibleCount).to.equal(inView.length);
  const ids = layout.marks.map((m) => m.id);
  expect(new Set(ids).size, 'no event twice').to.equal(ids.length);
  const inViewIds = new Set(inView.map((o) => o.event.id));
  for (const id of ids) expect(inViewIds.has(id), id).to.equal(true);
  const clustered = layout.clusters.reduce((sum, c) => sum + c.count, 0);
  expect(ids.length + clustered, 'marks and cluster counts add up').to.equal(inView.length);
  for (const c of layout.clusters) {
    expect(c.count).to.be.at.least(2);
    expect(c.firstStart).to.be.at.most(c.lastStart);
    expect(c.start).to.be.at.most(c.end);
  }
}

describe('buildLaneIndex', () => {
  it('buildLaneIndex(ordered, lanes) lists each lane\'s events in time order, with their starts and ends', () => {
    const events = syntheticDocument(2_000).events;
    const { ordered, lanes } = prepare(events);
    expect(lanes.reduce((n, l) => n + l.positions.length, 0)).to.equal(ordered.length);
    for (const l of lanes) {
      expect(l.starts.length).to.equal(l.positions.length);
      expect(l.ends.length).to.equal(l.positions.length);
      l.positions.forEach((p, i) => {
        const o = ordered[p]!;
        expect(o.event.group).to.equal(l.lane.id);
        expect([l.starts[i], l.ends[i]]).to.deep.equal([o.interval.start, o.interval.end]);
        if (i > 0) expect(p).to.be.greaterThan(l.positions[i - 1]!);
      });
    }
  });
});

describe('layoutFrame', () => {
  const doc = syntheticDocument(20_000);
  const prepared = prepare(doc.events);
  const whole: [number, number] = [Date.UTC(2019, 0, 1), Date.UTC(2024, 1, 1)];

  it('layoutFrame of 20,000 events fitted to 1,000 px clusters them, every event in exactly one mark', () => {
    const layout = frame(prepared, whole, 1000);
    expect(layout.clusters.length).to.be.greaterThan(0);
    expect(layout.marks.length + layout.clusters.length).to.be.below(600);
    expectPartition(prepared, layout, whole);
  });

  it('layoutFrame of one week shows its events one by one, with labels that never overlap', () => {
    const week: [number, number] = [Date.UTC(2021, 5, 1), Date.UTC(2021, 5, 8)];
    const layout = frame(prepared, week, 1000);
    expect(layout.clusters).to.have.length(0);
    expectPartition(prepared, layout, week);
  });

  it('layoutFrame keeps the partition and the budget at any zoom and pan', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.0005, max: 1, noNaN: true }),
        fc.integer({ min: 300, max: 1600 }),
        (offset, share, width) => {
          const span = (whole[1] - whole[0]) * share;
          const a = whole[0] + (whole[1] - whole[0] - span) * offset;
          const domain: [number, number] = [a, a + span];
          const layout = frame(prepared, domain, width);
          expectPartition(prepared, layout, domain);
          // Bounded by the budget and the bins, never by n.
          const bins = Math.ceil((width * 1.2) / 28) + 1;
          expect(layout.clusters.every((c) => c.x2 - c.x <= 28)).to.equal(true);
          expect(layout.marks.length + layout.clusters.length).to.be.at.most(400 + 8 * bins);
          expect(layout.height).to.be.at.most(maxFrameHeight(prepared.lanes.length));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('layoutFrame keeps all lanes within maxTotalRows rows, the crowded lanes giving way first', () => {
    // Seven crowded lanes and one with two events: unbounded, the crowded ones take every row.
    const week: [number, number] = [Date.UTC(2021, 5, 1), Date.UTC(2021, 5, 8)];
    const sparse: TimelineEvent[] = [
      { id: 's1', start: '2021-06-02', title: 'Sparse one', group: 'g7' },
      { id: 's2', start: '2021-06-02', title: 'Sparse two', group: 'g7' },
    ];
    const p = prepare([...doc.events.filter((e) => e.group !== 'g7'), ...sparse]);
    const free = frame(p, week, 1000, undefined, { maxTotalRows: Infinity });
    const rows = (l: ReturnType<typeof frame>) => l.lanes.reduce((n, lane) => n + lane.rows, 0);
    expect(rows(free)).to.be.greaterThan(DEFAULT_LAYOUT_OPTIONS.maxTotalRows);
    const capped = frame(p, week, 1000);
    expect(rows(capped)).to.be.at.most(DEFAULT_LAYOUT_OPTIONS.maxTotalRows);
    expect(free.height).to.be.at.most(maxFrameHeight(p.lanes.length, { maxTotalRows: Infinity }));
    expect(capped.height).to.be.at.most(maxFrameHeight(p.lanes.length));
    expect(capped.height).to.be.below(free.height);
    // The sparse lane keeps both its labels, on two rows; every event is still drawn once.
    expect(capped.lanes.find((l) => l.id === 'g7')!.rows).to.equal(2);
    expect(capped.marks.filter((m) => m.lane === 'g7' && m.label).length).to.equal(2);
    expectPartition(p, capped, week);
    expectNoLabelOverlap(capped);
    // Labels go by priority: the most important events keep theirs far more often than the least.
    const share = (importance: number) => {
      const marks = capped.marks.filter((m) => m.event.importance === importance);
      return marks.filter((m) => m.label).length / marks.length;
    };
    expect(share(5)).to.be.greaterThan(share(1) * 2);
  });

  it('maxFrameHeight(lanes) bounds every layoutFrame height, and is reached when every lane is crowded', () => {
    const week: [number, number] = [Date.UTC(2021, 5, 1), Date.UTC(2021, 5, 8)];
    const o = DEFAULT_LAYOUT_OPTIONS;
    // 8 crowded lanes in a week: 24 rows in all, each lane with its header and gap.
    const crowded = frame(prepared, week, 1000);
    expect(crowded.lanes.reduce((n, l) => n + l.rows, 0)).to.equal(o.maxTotalRows);
    expect(crowded.height).to.equal(maxFrameHeight(8));
    expect(maxFrameHeight(8)).to.equal(8 * (o.laneHeader + o.laneGap) + o.maxTotalRows * o.rowHeight);
    // Fewer rows allowed than two per lane: every lane keeps a label row and a row of marks alone.
    expect(maxFrameHeight(8, { maxTotalRows: 4 })).to.equal(8 * (o.laneHeader + o.laneGap) + 16 * o.rowHeight);
    expect(frame(prepared, week, 1000, undefined, { maxTotalRows: 4 }).height).to.be.at.most(maxFrameHeight(8, { maxTotalRows: 4 }));
    // No total: each lane's label rows and its row of marks alone.
    expect(maxFrameHeight(2, { maxTotalRows: Infinity })).to.equal(2 * (o.laneHeader + o.laneGap) + 2 * (o.maxRows + 1) * o.rowHeight);
  });

  it('layoutFrame changes nothing while the lanes fit within maxTotalRows', () => {
    const week: [number, number] = [Date.UTC(2021, 5, 1), Date.UTC(2021, 5, 8)];
    const few = prepare(doc.events.slice(0, 300));
    const a = frame(few, week, 1000);
    const b = frame(few, week, 1000, undefined, { maxTotalRows: Infinity });
    expect(a.lanes.reduce((n, l) => n + l.rows, 0)).to.be.at.most(DEFAULT_LAYOUT_OPTIONS.maxTotalRows);
    expect(a).to.deep.equal(b);
  });

  it('layoutFrame names a cluster\'s span from its events\' starts', () => {
    const events: TimelineEvent[] = Array.from({ length: 50 }, (_, i) => ({ id: `e${i}`, start: `2023-03-0${3 + (i % 7)}`, title: 'x', group: 'g0' }));
    const p = prepare(events);
    const layout = frame(p, [Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 1)], 800, 10);
    // A week is 2–3 px here: one cluster, or two where a bin edge falls inside the week.
    const clusters = [...layout.clusters].sort((a, b) => a.firstStart - b.firstStart);
    expect(clusters.length).to.be.within(1, 2);
    expect(clusters.reduce((n, c) => n + c.count, 0) + layout.marks.length).to.equal(50);
    expect(new Date(clusters[0]!.firstStart).toISOString().slice(0, 10)).to.equal('2023-03-03');
    expect(new Date(clusters[clusters.length - 1]!.lastStart).toISOString().slice(0, 10)).to.equal('2023-03-09');
    expect(clusters[0]!.firstId).to.equal('e0');
  });
});
