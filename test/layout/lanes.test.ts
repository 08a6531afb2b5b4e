import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { eventInterval } from '../../src/time/interval.js';
import { lanesFor, layoutTimeline, timeOrder, DEFAULT_LAYOUT_OPTIONS } from '../../src/layout/lanes.js';
import { estimateText, truncateText } from '../../src/layout/text.js';
import { timeExtent } from '../../src/layout/scale.js';
import { parseTimeline } from '../../src/schema/parse.js';
import type { TimelineEvent } from '../../src/schema/types.js';
import { storyDocument } from '../helpers.js';

const measure = estimateText(13);

function linear(domain: [number, number], width: number) {
  return (ms: number) => ((ms - domain[0]) / (domain[1] - domain[0])) * width;
}

/** A seeded pseudo-random generator, so failures can be reproduced. */
function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

function randomEvents(n: number, seed: number): TimelineEvent[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const day = 1 + Math.floor(r() * 28);
    const month = 1 + Math.floor(r() * 12);
    const start = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const ranged = r() < 0.3;
    return {
      id: `e${i}`,
      start,
      ...(ranged && { end: `2023-${String(Math.min(12, month + 1)).padStart(2, '0')}-${String(day).padStart(2, '0')}` }),
      title: 'Word '.repeat(1 + Math.floor(r() * 12)).trim(),
      group: `g${Math.floor(r() * 4)}`,
    };
  });
}

/** The horizontal extent a mark and its label take up. */
function footprint(m: { x: number; x2: number; labelX: number; labelWidth: number; labelAnchor: string }) {
  const r = DEFAULT_LAYOUT_OPTIONS.markRadius;
  if (m.labelWidth === 0) return { left: m.x - r, right: Math.max(m.x2, m.x + r) };
  const labelLeft = m.labelAnchor === 'start' ? m.labelX : m.labelX - m.labelWidth;
  return { left: Math.min(m.x - r, labelLeft), right: Math.max(m.x2, m.x + r, labelLeft + m.labelWidth) };
}

/** Every event placed once; no label touches anything in its row; the footprints are right. */
function expectPlacedOnce(layout: ReturnType<typeof layoutTimeline>, events: TimelineEvent[]) {
  expect(layout.marks.map((m) => m.id).sort()).to.deep.equal(events.map((e) => e.id).sort());
  const rows = new Map<string, { left: number; right: number; id: string; labelled: boolean }[]>();
  for (const m of layout.marks) {
    const key = `${m.lane}/${m.row}`;
    const list = rows.get(key) ?? [];
    const fp = footprint(m);
    // The hit area the layout reports is the footprint worked out here independently.
    expect(m.left, m.id).to.be.closeTo(fp.left, 0.01);
    expect(m.right, m.id).to.be.closeTo(fp.right, 0.01);
    list.push({ ...fp, id: m.id, labelled: m.labelWidth > 0 });
    rows.set(key, list);
    expect(m.labelWidth, m.id).to.be.at.most(DEFAULT_LAYOUT_OPTIONS.maxLabelWidth + 0.01);
    expect(m.row, m.id).to.be.at.most(DEFAULT_LAYOUT_OPTIONS.maxRows);
    // The extra row past maxRows holds marks alone.
    if (m.row === DEFAULT_LAYOUT_OPTIONS.maxRows) expect(m.labelWidth, m.id).to.equal(0);
  }
  for (const [key, list] of rows) {
    for (const a of list) {
      for (const b of list) {
        if (a === b || (!a.labelled && !b.labelled && key.endsWith(`/${DEFAULT_LAYOUT_OPTIONS.maxRows}`))) continue;
        const overlap = a.left < b.right && b.left < a.right;
        expect(overlap, `${key}: ${a.id} overlaps ${b.id}`).to.equal(false);
      }
    }
  }
}

describe('layoutTimeline', () => {
  for (const [n, width, seed] of [[20, 300, 1], [200, 800, 2], [500, 1200, 3], [60, 375, 4]] as const) {
    it(`layoutTimeline places ${n} random events at ${width}px exactly once, and no label touches anything in its row`, () => {
      const events = randomEvents(n, seed);
      const domain = timeExtent({ events })!;
      const layout = layoutTimeline({ events, x: linear(domain, width), width, measure });
      expectPlacedOnce(layout, events);
    });
  }

  it('layoutTimeline with rowHints keeps every event once and no overlap, whatever the hints', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 10, max: 150 }), fc.array(fc.integer({ min: -1, max: 12 }), { minLength: 150, maxLength: 150 }), (seed, n, hinted) => {
        const events = randomEvents(n, seed);
        const domain = timeExtent({ events })!;
        const rowHints = new Map(events.flatMap((e, i) => (hinted[i]! >= 0 ? [[e.id, hinted[i]!] as const] : [])));
        const layout = layoutTimeline({ events, x: linear(domain, 800), width: 800, measure, options: { rowHints } });
        expectPlacedOnce(layout, events);
      }),
      { numRuns: 100 },
    );
  });

  it('layoutTimeline with rowHints puts an event back in its row, and a layout\'s own rows are a fixpoint', () => {
    const events = randomEvents(200, 7);
    const domain = timeExtent({ events })!;
    const x = linear(domain, 800);
    const first = layoutTimeline({ events, x, width: 800, measure });
    const rowHints = new Map(first.marks.map((m) => [m.id, m.row]));
    const again = layoutTimeline({ events, x, width: 800, measure, options: { rowHints } });
    expect(again.marks.map((m) => `${m.id}:${m.row}:${m.label}`)).to.deep.equal(first.marks.map((m) => `${m.id}:${m.row}:${m.label}`));
    // Alone in its lane, an event goes to the row it is hinted to rather than the first one.
    const lone = layoutTimeline({ events: [events[0]!], x, width: 800, measure, options: { rowHints: new Map([[events[0]!.id, 3]]) } });
    expect(lone.marks[0]!.row).to.equal(3);
  });

  it('layoutTimeline keeps the labels of the most important events when a lane is full', () => {
    // Twelve events on the same day: only maxRows of them can have labels.
    const events: TimelineEvent[] = Array.from({ length: 12 }, (_, i) => ({
      id: `e${i}`,
      start: '2023-06-01',
      title: `Event number ${i}`,
      importance: i === 7 || i === 11 ? 5 : 2,
    }));
    const layout = layoutTimeline({ events, x: linear([Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)], 600), width: 600, measure, options: { maxRows: 4 } });
    const labelled = layout.marks.filter((m) => m.label).map((m) => m.id);
    expect(labelled).to.have.length(4);
    expect(labelled).to.include.members(['e7', 'e11']);
    // Ties in importance go to the longer event, then to the earlier one.
    const ranged = layoutTimeline({
      events: [...events.slice(0, 4), { id: 'long', start: '2023-06-01', end: '2023-06-30', title: 'A month-long event', importance: 2 }],
      x: linear([Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)], 600),
      width: 600,
      measure,
      options: { maxRows: 1 },
    });
    expect(ranged.marks.filter((m) => m.label).map((m) => m.id)).to.deep.equal(['long']);
  });

  it('layoutTimeline keeps labels inside the plot, flipping them left near the right edge', () => {
    const events: TimelineEvent[] = [
      { id: 'a', start: '2023-01-01', title: 'Early event' },
      { id: 'b', start: '2023-12-31', title: 'Late event with a long title' },
    ];
    const width = 500;
    const layout = layoutTimeline({ events, x: linear([Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)], width), width, measure });
    const late = layout.marks.find((m) => m.id === 'b')!;
    expect(late.labelAnchor).to.equal('end');
    expect(late.labelX - late.labelWidth).to.be.at.least(0);
    const early = layout.marks.find((m) => m.id === 'a')!;
    expect(early.labelAnchor).to.equal('start');
    expect(early.labelX + early.labelWidth).to.be.at.most(width);
  });

  it('layoutTimeline draws ranges as bars and points as points', () => {
    const events: TimelineEvent[] = [
      { id: 'r', start: '2023-03-01', end: '2023-06-30', title: 'Range' },
      { id: 'p', start: '2023-03-01', title: 'Point' },
      { id: 'm', start: '2023-03', title: 'Month point' },
    ];
    const layout = layoutTimeline({ events, x: linear([Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)], 1000), width: 1000, measure });
    const byId = Object.fromEntries(layout.marks.map((m) => [m.id, m]));
    expect(byId.r!.kind).to.equal('range');
    expect(byId.r!.x2 - byId.r!.x).to.be.greaterThan(300);
    expect(byId.p!.kind).to.equal('point');
    // A month-precision point sits in the middle of its month, not on the 1st.
    expect(byId.m!.x).to.be.closeTo(byId.p!.x + ((31 / 2 - 0.0) / 365) * 1000, 2);
  });

  it('layoutTimeline returns marks in time order and lanes in the document order', async () => {
    const { document } = parseTimeline(await storyDocument());
    const domain = timeExtent(document)!;
    const layout = layoutTimeline({ events: document.events, groups: document.groups, x: linear(domain, 900), width: 900, measure });
    expect(layout.lanes.map((l) => l.id)).to.deep.equal(document.groups!.map((g) => g.id));
    const starts = layout.marks.map((m) => m.interval.start);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    expect(layout.marks.map((m) => m.order)).to.deep.equal(layout.marks.map((_, i) => i));
    // Lanes stack without gaps or overlaps.
    for (let i = 1; i < layout.lanes.length; i++) {
      expect(layout.lanes[i]!.y).to.equal(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
    }
    for (const m of layout.marks) {
      const lane = layout.lanes.find((l) => l.id === m.lane)!;
      expect(m.y).to.be.within(lane.y, lane.y + lane.height);
    }
  });
});

describe('lanesFor', () => {
  it('lanesFor keeps the groups\' order, adds unknown groups, then "Other"', () => {
    const lanes = lanesFor([{ group: 'x' }, {}, { group: 'a' }], [{ id: 'a', label: 'A', color: '#123456' }, { id: 'b', label: 'B' }]);
    expect(lanes.map((l) => `${l.id}:${l.label}`)).to.deep.equal(['a:A', 'b:B', 'x:x', ':Other']);
    expect(lanes[0]!.color).to.equal('#123456');
    expect(new Set(lanes.map((l) => l.color)).size).to.equal(4);
  });

  it('lanesFor gives ungrouped events one unlabelled lane when there are no groups', () => {
    expect(lanesFor([{}, {}]).map((l) => l.label)).to.deep.equal(['']);
  });
});

describe('timeOrder and truncateText', () => {
  it('timeOrder sorts by start, then end, then input order', () => {
    const order = timeOrder([
      { start: '2023-11-09', end: '2023-11-12' },
      { start: '2023-11' },
      { start: '2023-11-09' },
    ]);
    expect(order.map((o) => o.event.start + (o.event.end ?? ''))).to.deep.equal(['2023-11', '2023-11-09', '2023-11-092023-11-12']);
  });

  it('timeOrder(events) equals a plain sort by start, end and input order, for any input order', () => {
    const dateArb = fc.oneof(
      fc.integer({ min: 0, max: 40 }).map((d) => new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10)),
      fc.constantFrom('2023', '2023-02', '2023-01~', '..', '2023-13-01'),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ start: dateArb, end: fc.option(dateArb, { nil: undefined }) }), { maxLength: 60 }), fc.boolean(), (raw, presort) => {
        const events = raw.map((e, i) => ({ ...e, id: i }));
        const reference = events
          .map((event, index) => ({ event, interval: eventInterval(event), index }))
          .filter((o) => o.interval !== undefined);
        const lo = Math.min(...reference.filter((o) => !o.interval!.openStart).map((o) => o.interval!.start));
        const hi = Math.max(...reference.filter((o) => !o.interval!.openEnd).map((o) => o.interval!.end));
        const input = presort ? reference.slice().sort((a, b) => a.interval!.start - b.interval!.start).map((o) => o.event) : events;
        const got = timeOrder(input);
        expect(got.map((o) => o.order)).to.deep.equal(got.map((_, i) => i));
        // Every event with an interval, once, in non-decreasing (start, end) order; ties keep input order.
        expect(got.map((o) => o.event.id).sort((a, b) => a - b)).to.deep.equal(reference.map((o) => o.event.id));
        for (let i = 1; i < got.length; i++) {
          const [a, b] = [got[i - 1]!, got[i]!];
          expect(a.interval.start <= b.interval.start).to.equal(true);
          if (a.interval.start === b.interval.start) {
            expect(a.interval.end <= b.interval.end).to.equal(true);
            if (a.interval.end === b.interval.end) expect(input.indexOf(a.event)).to.be.below(input.indexOf(b.event));
          }
        }
        // Open ends reach past what the known dates span.
        for (const o of got) {
          if (o.interval.openStart && Number.isFinite(lo)) expect(o.interval.start).to.be.at.most(lo);
          if (o.interval.openEnd && Number.isFinite(hi)) expect(o.interval.end).to.be.at.least(hi);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('truncateText fits the width and ends in an ellipsis', () => {
    const text = 'Joint statement, three-year cooperation plan and energy memorandum signed';
    const cut = truncateText(text, 120, measure);
    expect(cut.endsWith('…')).to.equal(true);
    expect(measure(cut)).to.be.at.most(120);
    expect(text.startsWith(cut.slice(0, -1).trimEnd())).to.equal(true);
    expect(truncateText('short', 120, measure)).to.equal('short');
    expect(truncateText('anything', 1, measure)).to.equal('');
  });

  it('truncateText(text, width, measure) keeps the longest prefix that fits, with kerning-like measures', () => {
    // Widths per character, less a little for some pairs (as kerning does): the sum of single
    // characters is then close to, but not the same as, the measured string.
    const kerned = (text: string) => {
      let w = 0;
      for (let i = 0; i < text.length; i++) w += 5 + (text.charCodeAt(i) % 7) - (i > 0 && text[i - 1] === 'A' && text[i] === 'V' ? 1.5 : 0);
      return w;
    };
    fc.assert(
      fc.property(fc.stringMatching(/^[AVbcdxyz]{1,40}$/), fc.integer({ min: 5, max: 200 }), (text, width) => {
        const cut = truncateText(text, width, kerned);
        if (kerned(text) <= width) {
          expect(cut).to.equal(text);
          return;
        }
        if (cut === '') {
          expect(kerned('…')).to.be.above(width);
          return;
        }
        const kept = cut.slice(0, -1);
        expect(cut.endsWith('…') && text.startsWith(kept)).to.equal(true);
        expect(kerned(cut)).to.be.at.most(width);
        // Longest: one more character would not fit (no spaces here, so no cut at a word).
        expect(kerned(text.slice(0, kept.length + 1) + '…')).to.be.above(width);
      }),
      { numRuns: 500 },
    );
  });
});
