/**
 * Lanes, rows and labels: where every event goes, computed before anything is drawn.
 * Pure functions: no DOM, no Lit. The element renders what these return.
 * @module
 */
import type { TimelineEvent, TimelineGroup } from '../schema/types.js';
import { eventInterval, type Interval } from '../time/interval.js';
import { truncateText, type MeasureText } from './text.js';

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
  /** Where the label is anchored, px; it runs right from here (`start`) or ends here (`end`). */
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
  readonly labelWidth: number;
}

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
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  rowHeight: 28,
  laneHeader: 22,
  laneGap: 10,
  markRadius: 6,
  gap: 6,
  maxLabelWidth: 300,
};

/** The whole layout of a timeline. */
export interface TimelineLayout {
  readonly lanes: readonly LaneLayout[];
  /** Every event, in time order. */
  readonly marks: readonly MarkLayout[];
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
): Lane[] {
  const lanes: Lane[] = [];
  const byId = new Map<string, Lane>();
  const add = (id: string, label: string, color: string | undefined, description?: string) => {
    const lane: Lane = {
      id,
      label,
      color: color ?? DEFAULT_PALETTE[lanes.length % DEFAULT_PALETTE.length]!,
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

/** Orders events by start, then end, then their place in the input. */
export function timeOrder<T extends Pick<TimelineEvent, 'start' | 'end'>>(events: readonly T[]): { event: T; interval: Interval }[] {
  return events
    .map((event, index) => ({ event, interval: eventInterval(event), index }))
    .filter((e): e is { event: T; interval: Interval; index: number } => e.interval !== undefined)
    .sort((a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end || a.index - b.index)
    .map(({ event, interval }) => ({ event, interval }));
}

/**
 * Places every event: its lane, a row within the lane where neither its mark nor its label
 * touches another's, and its label (flipped to the left of the mark near the right edge,
 * truncated when neither side has room).
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
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...input.options };
  const { width, measure, x } = input;
  const lanes = input.lanes ?? lanesFor(input.events, input.groups, input.otherLabel);
  const ordered = timeOrder(input.events);

  type Placed = Omit<MarkLayout, 'row' | 'y'> & { left: number; right: number };
  const perLane = new Map<string, Placed[]>(lanes.map((l) => [l.id, []]));
  ordered.forEach(({ event, interval }, order) => {
    const x1 = x(interval.start);
    const rawX2 = x(interval.end);
    const kind: MarkLayout['kind'] = event.end !== undefined && rawX2 - x1 >= o.markRadius * 2 ? 'range' : 'point';
    const px = kind === 'point' ? (x1 + rawX2) / 2 : x1;
    const px2 = kind === 'point' ? px : rawX2;
    const markLeft = px - o.markRadius;
    const markRight = Math.max(px2, px + o.markRadius);

    const full = measure(event.title);
    const rightSpace = width - (px + o.markRadius + o.gap);
    const leftSpace = px - o.markRadius - o.gap;
    const wanted = Math.min(full, o.maxLabelWidth);
    let anchor: 'start' | 'end' = 'start';
    let room = Math.min(rightSpace, o.maxLabelWidth);
    if (wanted > rightSpace && leftSpace > rightSpace && kind === 'point') {
      anchor = 'end';
      room = Math.min(leftSpace, o.maxLabelWidth);
    }
    const label = full <= room ? event.title : truncateText(event.title, Math.max(room, 0), measure);
    const labelWidth = label === event.title ? full : measure(label);
    const labelX = anchor === 'start' ? px + o.markRadius + o.gap : px - o.markRadius - o.gap;
    const left = anchor === 'start' ? markLeft : Math.min(markLeft, labelX - labelWidth);
    const right = anchor === 'start' ? Math.max(markRight, labelX + labelWidth) : markRight;
    const lane = event.group ?? '';
    perLane.get(lane)!.push({
      id: event.id, event, lane, order, interval, kind,
      x: px, x2: px2, label, labelX, labelAnchor: anchor, labelWidth, left, right,
    });
  });

  const marks: MarkLayout[] = [];
  const laneLayouts: LaneLayout[] = [];
  let top = 0;
  for (const lane of lanes) {
    const placed = perLane.get(lane.id)!;
    const rows = assignRows(placed, o.gap);
    const rowCount = Math.max(1, ...rows.map((r) => r + 1));
    placed.forEach((p, i) => {
      const { left: _l, right: _r, ...mark } = p;
      marks.push({ ...mark, row: rows[i]!, y: top + o.laneHeader + rows[i]! * o.rowHeight + o.rowHeight / 2 });
    });
    const height = o.laneHeader + rowCount * o.rowHeight + o.laneGap;
    laneLayouts.push({ ...lane, y: top, height, rows: rowCount });
    top += height;
  }
  marks.sort((a, b) => a.order - b.order);
  return { lanes: laneLayouts, marks, height: top };
}

/**
 * First-fit row assignment of horizontal footprints, taken in the order given (time order, so
 * that rows read top-down in time where events crowd): each goes into the first row whose
 * footprints all end at least `gap` before it starts. No two footprints in a row overlap.
 * Returns the row of each footprint, in input order.
 */
export function assignRows(footprints: readonly { left: number; right: number }[], gap = 0): number[] {
  const rowEnds: number[] = [];
  return footprints.map((f) => {
    let row = rowEnds.findIndex((end) => end + gap <= f.left);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, f.right);
    return row;
  });
}
