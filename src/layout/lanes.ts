/**
 * Lanes, rows and labels: where every event goes, computed before anything is drawn.
 * Pure functions: no DOM, no Lit. The element renders what these return.
 * @module
 */
import type { TimelineEvent, TimelineGroup } from '../schema/types.js';
import { eventInterval, type Interval } from '../time/interval.js';
import { truncateText, type MeasureText } from './text.js';
import { upperBound } from './event-index.js';

/** The default lane colours: the Okabe–Ito colour-blind-safe palette, darkened to ≥ 3:1 contrast on white. */
export const DEFAULT_PALETTE = ['#0072B2', '#C04F00', '#007A5A', '#A3367A', '#6E6200', '#4F5BB0', '#8A5A00', '#2F7D8C'] as const;

/** A lane: one per group, in the document's order, then lanes for unknown groups, then ungrouped events. */
export interface Lane {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly description?: string;
  /** Index in the lane list. */
  readonly index: number;
}

/** A lane placed on the page, with the rows its events needed. */
export interface LaneLayout extends Lane {
  /** Top of the lane, px from the top of the plot. */
  readonly y: number;
  readonly height: number;
  readonly rows: number;
}

/** One event placed on the page. */
export interface MarkLayout {
  readonly id: string;
  readonly event: TimelineEvent;
  readonly lane: string;
  /** Position among all events in time order (start, then end, then document order). */
  readonly order: number;
  readonly interval: Interval;
  readonly kind: 'point' | 'range';
  /** Row within the lane, 0 at the top. */
  readonly row: number;
  /** Centre of a point, or the start of a range, px. */
  readonly x: number;
  /** End of a range (equal to `x` for a point), px. */
  readonly x2: number;
  /** Vertical centre of the mark's row, px from the top of the plot. */
  readonly y: number;
  /** The label as drawn: the title, truncated with "…" when it does not fit. */
  readonly label: string;
  /** The horizontal extent of the mark and its label (the mark alone when unlabelled), px: its hit area. */
  readonly left: number;
  readonly right: number;
  /** Where the label is anchored, px; it runs right from here (`start`) or ends here (`end`). */
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
  readonly labelWidth: number;
  /**
   * A faded band behind the mark, px, where its time is not exact: an approximate date's possible
   * range (`fade: 'both'`), a run to the edge for an open end or start, a short tail for an
   * unknown end. Drawing only: it does not take room in the row.
   */
  readonly spread?: { readonly x: number; readonly x2: number; readonly fade: 'both' | 'start' | 'end' };
  /** How the date is qualified (EDTF `~`, `?`, `%`), when it is. */
  readonly certainty?: 'approximate' | 'uncertain' | 'both';
}

/** Length of the fading tail drawn after an event whose end is not known, px. */
export const UNKNOWN_END_TAIL = 36;

/** Sizes the layout works with, in px. */
export interface LayoutOptions {
  /** Height of one row of events (≥ 24 for comfortable targets). */
  rowHeight: number;
  /** Height of a lane's heading above its rows. */
  laneHeader: number;
  /** Space after each lane. */
  laneGap: number;
  /** Radius of a point mark. */
  markRadius: number;
  /** Space between a mark and its label, and the least space between two footprints in a row. */
  gap: number;
  /** Labels longer than this are truncated. */
  maxLabelWidth: number;
  /** The most rows a lane grows to; past it, labels are kept by priority. */
  maxRows: number;
  /**
   * The most rows of all lanes together in a frame ({@link layoutFrame}), so that zooming in
   * does not make the chart ever taller: past it, the lanes that need the most rows give up
   * rows first (their labels kept by priority), down to one row of labels each.
   */
  maxTotalRows: number;
  /** Whether marks get labels at all (clustered lanes show lone events as marks alone). */
  labels: boolean;
  /**
   * Rows from the previous frame, by event id: an event goes back to its row when it still fits
   * there, so rows do not reshuffle while the reader pans or zooms. Leave out at rest, where
   * rows are packed afresh from the top.
   */
  rowHints?: ReadonlyMap<string, number>;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  rowHeight: 28,
  laneHeader: 22,
  laneGap: 10,
  markRadius: 6,
  gap: 6,
  maxLabelWidth: 300,
  maxRows: 8,
  maxTotalRows: 24,
  labels: true,
};

/** A mark standing for several events too close together to show one by one at this zoom. */
export interface ClusterLayout {
  readonly id: string;
  readonly lane: string;
  /** How many events it stands for. */
  readonly count: number;
  /** The id of its earliest event in time order. */
  readonly firstId: string;
  /** The span to zoom into to open it (epoch ms): its first start to the end of its last-starting event. */
  readonly start: number;
  readonly end: number;
  /** The earliest and latest start of its events (epoch ms), for naming its span. */
  readonly firstStart: number;
  readonly lastStart: number;
  /** Its box, px. */
  readonly x: number;
  readonly x2: number;
  /** Vertical centre, px from the top of the plot. */
  readonly y: number;
}

/** The whole layout of a timeline (or of the part in view). */
export interface TimelineLayout {
  readonly lanes: readonly LaneLayout[];
  /** Every event shown one by one, in time order. */
  readonly marks: readonly MarkLayout[];
  /** Marks that each stand for several events (empty when every event is shown one by one). */
  readonly clusters: readonly ClusterLayout[];
  /** Height of all lanes, px. */
  readonly height: number;
}

/**
 * The lanes for a set of events: one per group in the document's order (groups with no events
 * are kept, so a story's structure stays visible), then one per unknown group id an event
 * names, then "Other" for events without a group (only when some events have groups).
 */
export function lanesFor(
  events: readonly Pick<TimelineEvent, 'group'>[],
  groups: readonly TimelineGroup[] = [],
  otherLabel = 'Other',
  palette: readonly string[] = DEFAULT_PALETTE,
): Lane[] {
  const lanes: Lane[] = [];
  const byId = new Map<string, Lane>();
  const add = (id: string, label: string, color: string | undefined, description?: string) => {
    const lane: Lane = {
      id,
      label,
      color: color ?? palette[lanes.length % palette.length]!,
      index: lanes.length,
      ...(description !== undefined && { description }),
    };
    lanes.push(lane);
    byId.set(id, lane);
  };
  for (const group of groups) if (!byId.has(group.id)) add(group.id, group.label, group.color, group.description);
  let ungrouped = false;
  for (const event of events) {
    if (event.group === undefined) ungrouped = true;
    else if (!byId.has(event.group)) add(event.group, event.group, undefined);
  }
  if (ungrouped) add('', lanes.length ? otherLabel : '', undefined);
  return lanes;
}

/**
 * Orders events by start, then end, then their place in the input; `order` is each one's place
 * in the result. Open starts and ends (`..`) run to the edge of what the known dates span (with
 * the same 3% margin as {@link timeExtent}). Events without a valid interval are left out.
 * Sorts an index over typed arrays of the keys (no comparator over objects), and skips the
 * sort when the input is already in time order, as most newsroom data is.
 */
export function timeOrder<T extends Pick<TimelineEvent, 'start' | 'end'>>(events: readonly T[]): { event: T; interval: Interval; order: number }[] {
  const kept: T[] = [];
  const intervals: Interval[] = [];
  let open = false;
  for (const event of events) {
    const interval = eventInterval(event);
    if (!interval) continue;
    kept.push(event);
    intervals.push(interval);
    if (interval.openStart || interval.openEnd) open = true;
  }
  if (open) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of intervals) {
      lo = Math.min(lo, i.start);
      hi = Math.max(hi, i.end);
    }
    const pad = (hi - lo) * 0.03;
    intervals.forEach((i, k) => {
      if (i.openStart || i.openEnd) intervals[k] = { ...i, ...(i.openStart && { start: lo - pad }), ...(i.openEnd && { end: hi + pad }) };
    });
  }
  const n = kept.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let sorted = true;
  for (let k = 0; k < n; k++) {
    starts[k] = intervals[k]!.start;
    ends[k] = intervals[k]!.end;
    if (k > 0 && (starts[k]! < starts[k - 1]! || (starts[k] === starts[k - 1] && ends[k]! < ends[k - 1]!))) sorted = false;
  }
  const index = new Uint32Array(n);
  for (let k = 0; k < n; k++) index[k] = k;
  if (!sorted) index.sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b);
  const out = new Array<{ event: T; interval: Interval; order: number }>(n);
  for (let order = 0; order < n; order++) {
    const k = index[order]!;
    out[order] = { event: kept[k]!, interval: intervals[k]!, order };
  }
  return out;
}

/**
 * Places every event: its lane, a row within the lane where neither its mark nor its label
 * touches another's, and its label (flipped to the left of the mark near the right edge,
 * truncated when neither side has room). Rows are capped at `options.maxRows` per lane; when a
 * lane is fuller than that, labels are kept by priority (importance, then duration) and the
 * rest of the events keep their mark without a label (in an extra row of marks alone when no
 * row has room). Labels never overlap anything.
 *
 * @param x - the time scale: epoch ms → px, with the plot running from 0 to `width`.
 */
export function layoutTimeline(input: {
  events: readonly TimelineEvent[];
  groups?: readonly TimelineGroup[];
  x: (ms: number) => number;
  width: number;
  measure: MeasureText;
  options?: Partial<LayoutOptions>;
  otherLabel?: string;
  /**
   * The lanes to use, e.g. those of the whole document when only the events in view are laid
   * out, so that lanes and colours stay put while the reader pans. Every event's lane must be
   * among them. Defaults to `lanesFor(events, groups)`.
   */
  lanes?: readonly Lane[];
}): TimelineLayout {
  const lanes = input.lanes ?? lanesFor(input.events, input.groups, input.otherLabel);
  const ordered = timeOrder(input.events);
  const perLane = new Map<string, Ordered[]>(lanes.map((l) => [l.id, []]));
  for (const o of ordered) perLane.get(o.event.group ?? '')!.push(o);
  return stackLanes(
    lanes.map((lane) => ({ lane, marks: placeLane(perLane.get(lane.id)!, input.x, input.width, input.measure, input.options) })),
    input.options,
  );
}

/** An event with its interval and its position in the document's time order. */
export interface Ordered {
  readonly event: TimelineEvent;
  readonly interval: Interval;
  readonly order: number;
}

/** A lane's marks before the lanes are stacked: `y` is the row's centre within the lane's rows. */
export type LaneMarks = { lane: Lane; marks: MarkLayout[]; rows?: number };

/**
 * Places one lane's events (in time order) in rows: label priority first, then marks alone.
 * Returns marks whose `y` is relative to the lane's first row.
 */
export function placeLane(
  events: readonly Ordered[],
  x: (ms: number) => number,
  width: number,
  measure: MeasureText,
  options?: Partial<LayoutOptions>,
): MarkLayout[] {
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  type Candidate = Omit<MarkLayout, 'row' | 'y' | keyof MarkLabel> & { markLeft: number; markRight: number };
  const candidates: Candidate[] = events.map(({ event, interval, order }) => {
    const x1 = x(interval.start);
    const rawX2 = x(interval.end);
    const kind: MarkLayout['kind'] = event.end !== undefined && rawX2 - x1 >= o.markRadius * 2 ? 'range' : 'point';
    const px = kind === 'point' ? (x1 + rawX2) / 2 : x1;
    const px2 = kind === 'point' ? px : rawX2;
    let spread: MarkLayout['spread'];
    if (interval.openStart || interval.openEnd) spread = { x: px, x2: px2, fade: interval.openStart ? 'start' : 'end' };
    else if (interval.unknownEnd) spread = { x: px2, x2: px2 + UNKNOWN_END_TAIL, fade: 'end' };
    else if (interval.approximate) spread = { x: x(interval.fuzzyStart!), x2: x(interval.fuzzyEnd!), fade: 'both' };
    const certainty = interval.approximate ? (interval.uncertain ? 'both' : 'approximate') : interval.uncertain ? 'uncertain' : undefined;
    return {
      id: event.id, event, lane: event.group ?? '', order, interval, kind,
      x: px, x2: px2, markLeft: px - o.markRadius, markRight: Math.max(px2, px + o.markRadius),
      ...(spread && { spread }),
      ...(certainty && { certainty }),
    };
  });
  // A candidate's label: right of the mark, or left of a point near the right edge when there is
  // more room there; truncated to the room it has. Measured only for events that may get one.
  const labelOf = (c: Candidate): MarkLabel => {
    const full = measure(c.event.title);
    const rightSpace = width - (c.x + o.markRadius + o.gap);
    const leftSpace = c.x - o.markRadius - o.gap;
    const wanted = Math.min(full, o.maxLabelWidth);
    let anchor: 'start' | 'end' = 'start';
    let room = Math.min(rightSpace, o.maxLabelWidth);
    if (wanted > rightSpace && leftSpace > rightSpace && c.kind === 'point') {
      anchor = 'end';
      room = Math.min(leftSpace, o.maxLabelWidth);
    }
    const label = full <= room ? c.event.title : truncateText(c.event.title, Math.max(room, 0), measure);
    const labelWidth = label === '' ? 0 : label === c.event.title ? full : measure(label);
    const labelX = anchor === 'start' ? c.x + o.markRadius + o.gap : c.x - o.markRadius - o.gap;
    const left = anchor === 'start' ? c.markLeft : Math.min(c.markLeft, labelX - labelWidth);
    const right = anchor === 'start' ? Math.max(c.markRight, labelX + labelWidth) : c.markRight;
    return { label, labelX, labelAnchor: anchor, labelWidth, left, right };
  };

  const rows: RowSet[] = [];
  const placed = new Array<{ row: number; label?: MarkLabel } | undefined>(candidates.length);
  // Labels first, by priority: importance, then duration, then time.
  const byPriority = candidates
    .map((_, i) => i)
    .sort((a, b) => labelPriority(candidates[b]!) - labelPriority(candidates[a]!) || a - b);
  // The row an event had in the previous frame (rowHints) if [left, right] still fits there, so
  // rows stay put while the reader pans or zooms; else the first row below maxRows where it fits.
  const rowFor = (id: string, left: number, right: number, gap: number): number | undefined => {
    const hint = o.rowHints?.get(id);
    if (hint !== undefined && hint < o.maxRows && (rows[hint] ??= new RowSet()).fits(left, right, gap)) return hint;
    for (let r = 0; r < o.maxRows; r++) if ((rows[r] ??= new RowSet()).fits(left, right, gap)) return r;
    return undefined;
  };
  for (const i of byPriority) {
    if (!o.labels) break;
    const c = candidates[i]!;
    // A mark with no room in any row would have none with its label either (the label only
    // widens it): such an event keeps its mark alone, and its title need not be measured. In a
    // dense view that is most of them.
    if (rowFor(c.id, c.markLeft, c.markRight, o.gap) === undefined) continue;
    const label = labelOf(c);
    if (!label.label) continue;
    const row = rowFor(c.id, label.left, label.right, o.gap);
    if (row === undefined) continue;
    rows[row]!.add(label.left, label.right);
    placed[i] = { row, label };
  }
  // Then every event left over keeps its mark, without a label: in the first row where the mark
  // touches nothing, else in an extra row of marks alone, where no label is ever drawn (and where
  // it stays during a gesture if it was there before).
  for (const i of byPriority) {
    if (placed[i]) continue;
    const c = candidates[i]!;
    const target = o.rowHints?.get(c.id) === o.maxRows ? o.maxRows : rowFor(c.id, c.markLeft, c.markRight, 1) ?? o.maxRows;
    (rows[target] ??= new RowSet()).add(c.markLeft, c.markRight, target === o.maxRows);
    placed[i] = { row: target };
  }
  return candidates.map((c, i) => {
    const { row, label } = placed[i]!;
    const l = label ?? { label: '', labelX: c.x + o.markRadius + o.gap, labelAnchor: 'start' as const, labelWidth: 0, left: c.markLeft, right: c.markRight };
    return buildMark(c, l, row, row * o.rowHeight + o.rowHeight / 2);
  });
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type MarkLabel = Pick<MarkLayout, 'label' | 'labelX' | 'labelAnchor' | 'labelWidth' | 'left' | 'right'>;

/**
 * A mark from what it shows (`base`), its label and extent (`l`), its row and its `y`. Written out
 * field by field, not spread: every mark then has one shape, and a frame makes hundreds of them (a
 * spread copy of an object with optional fields takes V8's slow path).
 */
function buildMark(base: Omit<MarkLayout, 'row' | 'y' | keyof MarkLabel>, l: MarkLabel, row: number, y: number): MarkLayout {
  const mark: Mutable<MarkLayout> = {
    id: base.id, event: base.event, lane: base.lane, order: base.order, interval: base.interval, kind: base.kind, row, x: base.x, x2: base.x2, y,
    label: l.label, left: l.left, right: l.right, labelX: l.labelX, labelAnchor: l.labelAnchor, labelWidth: l.labelWidth,
  };
  if (base.spread) mark.spread = base.spread;
  if (base.certainty) mark.certainty = base.certainty;
  return mark;
}

/** A copy of `m` in `row` at `y` (see `buildMark`). */
export function markAt(m: MarkLayout, row: number, y: number): MarkLayout {
  return buildMark(m, m, row, y);
}

function labelPriority(c: { event: TimelineEvent; interval: Interval }): number {
  // Importance dominates; duration (log-scaled into [0, 1)) breaks ties.
  return (c.event.importance ?? 3) + Math.min(0.999, Math.log10(1 + (c.interval.end - c.interval.start) / 60_000) / 10);
}

/** How many rows a lane's marks take: at least one, and at least the `rows` it asks for. */
export function laneRows({ marks, rows }: LaneMarks): number {
  let n = Math.max(1, rows ?? 1);
  for (const m of marks) if (m.row >= n) n = m.row + 1;
  return n;
}

/** Stacks lanes top to bottom and turns each mark's `y` into plot coordinates. */
export function stackLanes(lanes: readonly LaneMarks[], options?: Partial<LayoutOptions>, clusters: ClusterLayout[] = []): TimelineLayout {
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const marks: MarkLayout[] = [];
  const laneLayouts: LaneLayout[] = [];
  const placedClusters: ClusterLayout[] = [];
  let top = 0;
  for (const entry of lanes) {
    const { lane, marks: laneMarks } = entry;
    const rowCount = laneRows(entry);
    const offset = top + o.laneHeader;
    for (const m of laneMarks) marks.push(markAt(m, m.row, m.y + offset));
    for (const c of clusters) if (c.lane === lane.id) placedClusters.push({ ...c, y: c.y + offset });
    const height = o.laneHeader + rowCount * o.rowHeight + o.laneGap;
    laneLayouts.push({ ...lane, y: top, height, rows: rowCount });
    top += height;
  }
  marks.sort((a, b) => a.order - b.order);
  return { lanes: laneLayouts, marks, clusters: placedClusters, height: top };
}

/** Non-overlapping horizontal intervals in one row, kept sorted for O(log m) checks. */
class RowSet {
  private lefts: number[] = [];
  private rights: number[] = [];

  /** Whether [left, right] keeps at least `gap` px from every interval already in the row. */
  fits(left: number, right: number, gap: number): boolean {
    const i = upperBound(this.lefts, left);
    if (i > 0 && this.rights[i - 1]! + gap > left) return false;
    // Disjoint intervals sorted by left are sorted by right too: the neighbours decide.
    return !(i < this.lefts.length && right + gap > this.lefts[i]!);
  }

  /** Adds an interval (`force`: even where it touches another, for unlabelled marks). */
  add(left: number, right: number, force = false): void {
    const i = upperBound(this.lefts, left);
    if (force && ((i > 0 && this.rights[i - 1]! > left) || (i < this.lefts.length && right > this.lefts[i]!))) {
      // Merge with what it touches so the row stays a sorted list of disjoint intervals.
      let a = i;
      let b = i;
      while (a > 0 && this.rights[a - 1]! > left) a--;
      while (b < this.lefts.length && this.lefts[b]! < right) b++;
      const l = Math.min(left, this.lefts[a] ?? left);
      const r = Math.max(right, this.rights[b - 1] ?? right);
      this.lefts.splice(a, b - a, l);
      this.rights.splice(a, b - a, r);
      return;
    }
    this.lefts.splice(i, 0, left);
    this.rights.splice(i, 0, right);
  }
}
