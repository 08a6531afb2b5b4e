/**
 * The layout of one frame: only the events in view, one by one where they fit and as cluster
 * marks where they are too dense. Work per frame is proportional to the events drawn one by one
 * plus a few binary searches per bin, never to the whole document or to the dense events in view:
 * {@link buildLaneIndex} prepares what it needs once per data change.
 * @module
 */
import { buildSpanIndex, lowerBound, upperBound, type EventIndex } from './event-index.js';
import { laneRows, markAt, placeLane, stackLanes, DEFAULT_LAYOUT_OPTIONS, type ClusterLayout, type Lane, type LaneMarks, type LayoutOptions, type MarkLayout, type Ordered, type TimelineLayout } from './lanes.js';
import type { MeasureText } from './text.js';

/** One lane's events, sorted by start, with an interval index: built once per data change. */
export interface LaneIndex {
  readonly lane: Lane;
  /** Starts of the lane's events, ascending (epoch ms). */
  readonly starts: Float64Array;
  /** Ends of the lane's events (epoch ms), in the same order as `starts`. */
  readonly ends: Float64Array;
  /** Positions of the lane's events in the document's time order, in the same order as `starts`. */
  readonly positions: Int32Array;
  /** Interval index over the lane's events; it answers with indexes into `starts`/`positions`. */
  readonly index: EventIndex;
}

/**
 * Splits time-ordered events by lane and indexes each lane, in O(n log n). Since `ordered` is
 * sorted by start, each lane's events come out sorted without another sort.
 */
export function buildLaneIndex(ordered: readonly Ordered[], lanes: readonly Lane[]): LaneIndex[] {
  const laneOf = new Map(lanes.map((l, i) => [l.id, i]));
  const n = ordered.length;
  // One pass over the events reads each one's lane, start and end (the objects are read once:
  // in time order they lie all over memory); then a stable counting sort by lane lays positions,
  // starts and ends out lane by lane, each lane's still in time order, in one typed array each.
  const laneAt = new Int32Array(n);
  const startAt = new Float64Array(n);
  const endAt = new Float64Array(n);
  const offsets = new Int32Array(lanes.length + 1);
  for (let p = 0; p < n; p++) {
    const o = ordered[p]!;
    const li = laneOf.get(o.event.group ?? '') ?? 0;
    laneAt[p] = li;
    startAt[p] = o.interval.start;
    endAt[p] = o.interval.end;
    offsets[li + 1]!++;
  }
  for (let li = 1; li < offsets.length; li++) offsets[li]! += offsets[li - 1]!;
  const next = offsets.slice();
  const all = new Int32Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const at = next[laneAt[p]!]!++;
    all[at] = p;
    starts[at] = startAt[p]!;
    ends[at] = endAt[p]!;
  }
  return lanes.map((lane, li) => {
    const [from, to] = [offsets[li]!, offsets[li + 1]!];
    const laneStarts = starts.subarray(from, to);
    const laneEnds = ends.subarray(from, to);
    return { lane, starts: laneStarts, ends: laneEnds, positions: all.subarray(from, to), index: buildSpanIndex(laneStarts, laneEnds) };
  });
}

/** What {@link layoutFrame} needs. */
export interface FrameInput {
  /** Every event in time order. */
  readonly ordered: readonly Ordered[];
  /** From {@link buildLaneIndex}, in lane order. */
  readonly lanes: readonly LaneIndex[];
  /** The visible span, epoch ms. */
  readonly domain: readonly [number, number];
  /** epoch ms → px, 0 … `width` across the visible span. */
  readonly x: (ms: number) => number;
  /** px → epoch ms (the inverse of `x`). */
  readonly invert: (px: number) => number;
  readonly width: number;
  readonly measure: MeasureText;
  /** The most events drawn one by one in a frame (the rest are clustered). Default 400. */
  readonly budget?: number;
  /** Width of a cluster's bin, px. Default 28. */
  readonly binWidth?: number;
  readonly options?: Partial<LayoutOptions>;
}

/** A frame's layout, with what it shows. */
export interface FrameLayout extends TimelineLayout {
  /** How many events overlap the visible span (plus its margin). */
  readonly visibleCount: number;
}

/**
 * Lays out the events in view (the visible span plus 10 % on each side). Lanes whose events fit
 * their share of the budget are laid out one by one (rows, labels by priority); the others are
 * cut into bins of `binWidth` px, where a bin with one event shows that event and a bin with more
 * shows one cluster mark with their count. Every event in view belongs to exactly one mark: an
 * event is binned by its start, and one that began before the view by the view's start.
 */
export function layoutFrame(input: FrameInput): FrameLayout {
  const { ordered, lanes, domain, x, invert, width, measure } = input;
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...input.options };
  const budget = input.budget ?? 400;
  const binWidth = input.binWidth ?? 28;
  const margin = (domain[1] - domain[0]) * 0.1;
  const from = domain[0] - margin;
  const to = domain[1] + margin;

  // Per lane: the events that began before the view and reach into it, and those that begin in it.
  const carried = lanes.map((l) => l.index.query(from, from).filter((i) => l.starts[i]! < from));
  const begin = lanes.map((l) => lowerBound(l.starts, from));
  const stop = lanes.map((l) => upperBound(l.starts, to));
  const counts = lanes.map((_, li) => carried[li]!.length + stop[li]! - begin[li]!);
  const visibleCount = counts.reduce((a, b) => a + b, 0);

  // Lanes from the sparsest up: one by one while each stays within its fair share of the budget.
  const bins = Math.ceil((x(to) - x(from)) / binWidth);
  const clustered = new Set<number>();
  let remaining = budget;
  lanes
    .map((_, i) => i)
    .sort((a, b) => counts[a]! - counts[b]!)
    .forEach((li, k) => {
      const n = counts[li]!;
      if (n <= remaining / (lanes.length - k) || n <= remaining * 0.5) remaining -= n;
      else {
        clustered.add(li);
        remaining -= Math.min(n, bins);
      }
    });

  // A lane laid out one by one: its events in view, in time order, in at most `maxRows` label rows.
  const placeAll = (li: number, maxRows = o.maxRows) => {
    const l = lanes[li]!;
    const members: number[] = [...carried[li]!];
    for (let i = begin[li]!; i < stop[li]!; i++) members.push(i);
    const events = members.map((i) => l.positions[i]!).sort((a, b) => a - b).map((p) => ordered[p]!);
    return placeLane(events, x, width, measure, { ...o, maxRows });
  };
  const clusters: ClusterLayout[] = [];
  const laneMarks: LaneMarks[] = lanes.map((l, li) => {
    if (!clustered.has(li)) return { lane: l.lane, marks: placeAll(li) };
    const singles: Ordered[] = [];
    const x0 = x(from);
    let lo = begin[li]!;
    for (let b = 0; b < bins; b++) {
      const edge = b === bins - 1 ? to : invert(x0 + (b + 1) * binWidth);
      const hi = b === bins - 1 ? stop[li]! : Math.min(stop[li]!, lowerBound(l.starts, edge));
      const extra = b === 0 ? carried[li]! : [];
      const count = hi - lo + extra.length;
      if (count === 1) singles.push(ordered[l.positions[extra.length ? extra[0]! : lo]!]!);
      else if (count > 1) {
        // Members are the carried-in events (b = 0) and starts[lo, hi): sorted, so the ends of the
        // range give the first and last start without visiting the rest.
        const firstIndex = extra.length ? Math.min(...extra) : lo;
        const lastIndex = hi > lo ? hi - 1 : Math.max(...extra);
        const first = ordered[l.positions[firstIndex]!]!;
        const last = ordered[l.positions[lastIndex]!]!;
        const left = x0 + b * binWidth;
        clusters.push({
          id: `cluster-${li}-${Math.round(first.interval.start)}-${count}`,
          lane: l.lane.id,
          count,
          firstId: first.event.id,
          firstStart: first.interval.start,
          lastStart: last.interval.start,
          start: first.interval.start,
          end: Math.max(last.interval.end, first.interval.end),
          x: left + 1,
          x2: left + binWidth - 1,
          y: o.rowHeight / 2,
        });
      }
      lo = hi;
    }
    // Lone events in a crowded lane keep their marks in the lane's one row, without labels.
    singles.sort((a, b) => a.order - b.order);
    const marks = placeLane(singles, x, width, measure, { ...o, maxRows: 1, labels: false }).map((m) => markAt(m, 0, o.rowHeight / 2));
    return { lane: l.lane, marks, rows: 1 };
  });
  capRows(laneMarks, placeAll, o);
  return { ...stackLanes(laneMarks, o, clusters), visibleCount };
}

/**
 * The tallest layout {@link layoutFrame} can make for `laneCount` lanes, px, at any zoom: each lane
 * has its header and gap, and the rows in all are at most `maxTotalRows` (and at most each lane's
 * `maxRows` label rows and one row of marks alone), or two per lane when `maxTotalRows` is
 * smaller than that (see `capRows`). A canvas of this height never has to grow while the reader
 * zooms.
 */
export function maxFrameHeight(laneCount: number, options?: Partial<LayoutOptions>): number {
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const rows = Math.max(Math.min(o.maxTotalRows, laneCount * (o.maxRows + 1)), laneCount * 2);
  return laneCount * (o.laneHeader + o.laneGap) + rows * o.rowHeight;
}

/**
 * Keeps the lanes within `maxTotalRows` rows in all: finds the largest number of label rows
 * per lane (at most `maxRows`, at least one) with which the lanes fit, each lane taking at most
 * that many rows plus one row of marks alone, and lays out again (through `place`) the lanes
 * that took more. A lane that needs few rows keeps them: the crowded lanes give way.
 */
function capRows(laneMarks: LaneMarks[], place: (lane: number, maxRows: number) => MarkLayout[], o: LayoutOptions): void {
  const rows = laneMarks.map(laneRows);
  if (rows.reduce((a, b) => a + b, 0) <= o.maxTotalRows) return;
  let cap = o.maxRows - 1;
  while (cap > 1 && rows.reduce((a, r) => a + Math.min(r, cap + 1), 0) > o.maxTotalRows) cap--;
  laneMarks.forEach((lane, li) => {
    if (lane.rows === undefined && rows[li]! > cap + 1) laneMarks[li] = { lane: lane.lane, marks: place(li, cap) };
  });
}
