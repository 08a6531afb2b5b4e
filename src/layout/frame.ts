/**
 * The layout of one frame: only the events in view, one by one where they fit and as cluster
 * marks where they are too dense. Work per frame is proportional to the events in view, never
 * to the whole document: the {@link EventIndex} finds them.
 * @module
 */
import type { EventIndex } from './event-index.js';
import { placeLane, stackLanes, DEFAULT_LAYOUT_OPTIONS, type ClusterLayout, type Lane, type LaneMarks, type LayoutOptions, type Ordered, type TimelineLayout } from './lanes.js';
import type { MeasureText } from './text.js';

/** What {@link layoutFrame} needs. */
export interface FrameInput {
  /** Every event in time order (positions in this array are what `index` returns). */
  readonly ordered: readonly Ordered[];
  readonly index: EventIndex;
  readonly lanes: readonly Lane[];
  /** The visible span, epoch ms. */
  readonly domain: readonly [number, number];
  /** epoch ms → px, 0 … `width` across the visible span. */
  readonly x: (ms: number) => number;
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
 * Lays out the events in view. Lanes whose events fit the budget are laid out one by one
 * (rows, labels by priority); the others are cut into bins of `binWidth` px, where a bin with one
 * event shows that event and a bin with more shows one cluster mark with their count. Every
 * event in view belongs to exactly one mark.
 */
export function layoutFrame(input: FrameInput): FrameLayout {
  const { ordered, index, lanes, domain, x, width, measure } = input;
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...input.options };
  const budget = input.budget ?? 400;
  const binWidth = input.binWidth ?? 28;
  const margin = (domain[1] - domain[0]) * 0.1;
  const from = domain[0] - margin;
  const to = domain[1] + margin;
  const positions = index.query(from, to);

  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const perLane: number[][] = lanes.map(() => []);
  for (const p of positions) perLane[laneIndex.get(ordered[p]!.event.group ?? '')!]!.push(p);

  // Lanes from the sparsest up: one by one while each stays within its fair share of the budget.
  const byCount = lanes.map((_, i) => i).sort((a, b) => perLane[a]!.length - perLane[b]!.length);
  const clustered = new Set<number>();
  let remaining = budget;
  const bins = Math.ceil((width * 1.2) / binWidth) + 1;
  byCount.forEach((li, k) => {
    const n = perLane[li]!.length;
    const share = remaining / (lanes.length - k);
    if (n <= share || n <= remaining * 0.5) remaining -= n;
    else {
      clustered.add(li);
      remaining -= Math.min(n, bins);
    }
  });

  const clusters: ClusterLayout[] = [];
  const laneMarks: LaneMarks[] = lanes.map((lane, li) => {
    const members = perLane[li]!;
    if (!clustered.has(li)) {
      members.sort((a, b) => a - b);
      return { lane, marks: placeLane(members.map((p) => ordered[p]!), x, width, measure, o) };
    }
    // Bins by (clamped) start, in px: each event in view falls in exactly one.
    const x0 = x(from);
    const count = new Int32Array(bins);
    const first = new Int32Array(bins).fill(-1);
    const start = new Float64Array(bins).fill(Infinity);
    const end = new Float64Array(bins).fill(-Infinity);
    const firstStart = new Float64Array(bins).fill(Infinity);
    const lastStart = new Float64Array(bins).fill(-Infinity);
    for (const p of members) {
      const { interval } = ordered[p]!;
      const s = Math.max(interval.start, from);
      const b = Math.max(0, Math.min(bins - 1, Math.floor((x(s) - x0) / binWidth)));
      count[b]!++;
      if (first[b] === -1 || p < first[b]!) first[b] = p;
      if (interval.start < start[b]!) start[b] = interval.start;
      if (interval.end > end[b]!) end[b] = interval.end;
      if (interval.start < firstStart[b]!) firstStart[b] = interval.start;
      if (interval.start > lastStart[b]!) lastStart[b] = interval.start;
    }
    const singles: Ordered[] = [];
    for (let b = 0; b < bins; b++) {
      if (count[b] === 0) continue;
      if (count[b] === 1) {
        singles.push(ordered[first[b]!]!);
        continue;
      }
      const left = x0 + b * binWidth;
      clusters.push({
        id: `cluster-${li}-${Math.round(firstStart[b]!)}-${count[b]}`,
        lane: lane.id,
        count: count[b]!,
        firstId: ordered[first[b]!]!.event.id,
        start: start[b]!,
        end: end[b]!,
        firstStart: firstStart[b]!,
        lastStart: lastStart[b]!,
        x: left + 1,
        x2: left + binWidth - 1,
        y: o.rowHeight / 2,
      });
    }
    // Lone events in a crowded lane keep their marks in the same row, without labels.
    singles.sort((a, b) => a.order - b.order);
    const marks = placeLane(singles, x, width, measure, { ...o, maxRows: 1 }).map((m) => ({ ...m, label: '', labelWidth: 0, row: 0, y: o.rowHeight / 2 }));
    return { lane, marks, rows: 1 };
  });
  return { ...stackLanes(laneMarks, o, clusters), visibleCount: positions.length };
}
