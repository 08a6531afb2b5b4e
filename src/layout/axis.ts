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
    const placed = ticks(count)
      .map((value) => ({ value, x: x(value), label: label(value) }))
      .filter((t) => t.x >= 0 && t.x <= width);
    if (fits(placed, width, measure, gap)) return placed;
  }
  return [];
}

function fits(ticks: AxisTick[], width: number, measure: MeasureText, gap: number): boolean {
  let lastRight = -Infinity;
  for (const t of ticks) {
    const w = measure(t.label);
    const left = t.x - w / 2;
    const right = t.x + w / 2;
    if (left < -w / 2 || right > width + w / 2) return false;
    if (left < lastRight + gap) return false;
    lastRight = right;
  }
  return true;
}
