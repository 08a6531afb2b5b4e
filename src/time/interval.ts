/**
 * The span of time an event covers on the axis.
 * @module
 */
import { parseDate } from '../schema/date.js';
import type { TimelineEvent } from '../schema/types.js';

/** A half-open span of instants `[start, end)` in Unix epoch milliseconds. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * The whole span an event covers: from the first instant of its `start` to the last instant of
 * its `end` (or of its `start` when it has none). A month-precision event covers the month.
 * Returns `undefined` for dates that do not parse (never the case after `parseTimeline`).
 */
export function eventInterval(event: Pick<TimelineEvent, 'start' | 'end'>): Interval | undefined {
  const start = parseDate(event.start);
  if (!start) return undefined;
  const end = event.end === undefined ? start : parseDate(event.end);
  if (!end) return undefined;
  return { start: start.start, end: Math.max(end.end, start.end) };
}
