/**
 * Axis ticks whose labels never overlap.
 * @module
 */
import type { MeasureText } from './text.js';

/** One labelled tick. */
export interface AxisTick {
  readonly value: number;
  /** px from the left of the plot. */
  readonly x: number;
  readonly label: string;
}

/**
 * Picks the densest set of ticks whose labels, centred on their ticks, keep at least `gap` px
 * apart and stay within the plot: it asks `ticks(count)` for fewer and fewer ticks until they fit.
 *
 * @param ticks - candidate tick values for a requested count (e.g. a d3 scale's `ticks`)
 * @param x - value → px
 * @param label - value → its label
 */
export function layoutAxis(input: {
  ticks: (count: number) => number[];
  x: (value: number) => number;
  label: (value: number) => string;
  width: number;
  measure: MeasureText;
  gap?: number;
}): AxisTick[] {
  const { ticks, x, label, width, measure } = input;
  const gap = input.gap ?? 12;
  for (let count = Math.max(1, Math.floor(width / 50)); count >= 1; count = Math.min(count - 1, Math.floor(count * 0.75))) {
    const placed = place(ticks(count), x, label, width, measure, gap);
    if (placed) return placed;
  }
  return [];
}

/**
 * The ticks in view, labelled, if their labels fit; else undefined. Labels are made one by one
 * as they are checked: a set that does not fit is given up at its first overlap, without
 * labelling the rest (labels are dates formatted for the locale, and most sets tried do not fit).
 */
function place(values: readonly number[], x: (value: number) => number, label: (value: number) => string, width: number, measure: MeasureText, gap: number): AxisTick[] | undefined {
  const placed: AxisTick[] = [];
  let lastRight = -Infinity;
  for (const value of values) {
    const at = x(value);
    if (!(at >= 0 && at <= width)) continue;
    const text = label(value);
    const w = measure(text);
    const left = at - w / 2;
    const right = at + w / 2;
    if (left < -w / 2 || right > width + w / 2) return undefined;
    if (left < lastRight + gap) return undefined;
    lastRight = right;
    placed.push({ value, x: at, label: text });
  }
  return placed;
}

/** The unit of a run of ticks, from their spacing. */
export type TickStep = 'year' | 'month' | 'day' | 'hour' | 'minute';

const DAY = 86_400_000;

/** The unit a run of ticks steps by, judged from the smallest gap between neighbours. */
export function tickStep(values: readonly number[]): TickStep {
  let gap = Infinity;
  for (let i = 1; i < values.length; i++) gap = Math.min(gap, values[i]! - values[i - 1]!);
  if (!Number.isFinite(gap) || gap >= 360 * DAY) return 'year';
  if (gap >= 28 * DAY) return 'month';
  if (gap >= DAY) return 'day';
  if (gap >= 3_600_000) return 'hour';
  return 'minute';
}

/**
 * The second row of a two-level axis: the larger unit the ticks belong to ("2023" under month
 * ticks, "November 2023" under day ticks, "9 November 2023" under hour ticks). One label at each
 * boundary of that unit inside the view, plus one pinned at the left edge for the unit in view
 * there; a label that would run into the next one is dropped.
 *
 * @param boundaries - the starts of the larger unit inside the view (e.g. d3's `utcYear.range`)
 */
export function layoutAxisContext(input: {
  domain: readonly [number, number];
  boundaries: readonly number[];
  x: (value: number) => number;
  label: (value: number) => string;
  width: number;
  measure: MeasureText;
  gap?: number;
}): AxisTick[] {
  const { domain, boundaries, x, label, width, measure } = input;
  const gap = input.gap ?? 16;
  const candidates: AxisTick[] = [];
  const inside = boundaries.filter((b) => b > domain[0] && b <= domain[1]);
  candidates.push({ value: domain[0], x: 0, label: label(domain[0]) });
  for (const b of inside) candidates.push({ value: b, x: x(b), label: label(b) });
  const placed: AxisTick[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const w = measure(c.label);
    if (c.x + w > width) {
      // The last label may be pulled left to fit, unless that would hide the one before.
      const shifted = { ...c, x: Math.max(0, width - w) };
      const prev = placed[placed.length - 1];
      if (!prev || prev.x + measure(prev.label) + gap <= shifted.x) placed.push(shifted);
      continue;
    }
    const next = candidates[i + 1];
    if (i === 0 && next && c.x + w + gap > next.x) continue; // the pinned label yields to a real boundary
    const prev = placed[placed.length - 1];
    if (prev && prev.x + measure(prev.label) + gap > c.x) continue;
    placed.push(c);
  }
  return placed;
}
