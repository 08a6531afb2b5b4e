/**
 * The span of time an event covers on the axis.
 * @module
 */
import { OPEN_END, parseDate, type ParsedDate } from '../schema/date.js';
import { fromZonedWall } from './zone.js';
import type { TimelineEvent } from '../schema/types.js';

/** A half-open span of instants `[start, end)` in epoch milliseconds, with how well it is known. */
export interface Interval {
  readonly start: number;
  readonly end: number;
  /** `start: ".."`: it began before anything known (drawn from the timeline's left edge). */
  readonly openStart?: boolean;
  /** `end: ".."`: it is still going on (drawn to the timeline's right edge). */
  readonly openEnd?: boolean;
  /** `end: ""`: it ended, but when is not known (drawn as a fading tail). */
  readonly unknownEnd?: boolean;
  /** A date is approximate (EDTF `~` or `%`). */
  readonly approximate?: boolean;
  /** A date is uncertain (EDTF `?` or `%`). */
  readonly uncertain?: boolean;
  /** Where an approximate event may really lie: half its dates' own length either side. */
  readonly fuzzyStart?: number;
  readonly fuzzyEnd?: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The whole span an event covers: from the first instant of its `start` to the last instant of
 * its `end` (or of its `start` when it has none). A month-precision event covers the month.
 * An open start or end covers only its known date here; {@link timeOrder} runs it to the edge.
 * Returns `undefined` for dates that do not parse (never the case after `parseTimeline`).
 */
export function eventInterval(event: Pick<TimelineEvent, 'start' | 'end' | 'timeZone'>): Interval | undefined {
  const openStart = event.start === OPEN_END;
  const s = openStart ? undefined : parseDate(event.start);
  const openEnd = event.end === OPEN_END;
  const unknownEnd = event.end === '';
  const e = event.end === undefined || openEnd || unknownEnd ? undefined : parseDate(event.end);
  if ((!openStart && !s) || (event.end !== undefined && !openEnd && !unknownEnd && !e)) return undefined;
  let first = s ?? e;
  let last = e ?? s;
  if (!first || !last) return undefined;
  if (event.timeZone) {
    first = inZone(first, event.timeZone);
    last = inZone(last, event.timeZone);
  }
  const interval: Mutable<Interval> = { start: first.start, end: Math.max(last.end, first.end) };
  if (openStart) interval.openStart = true;
  if (openEnd) interval.openEnd = true;
  if (unknownEnd) interval.unknownEnd = true;
  if (first.approximate || first.uncertain || last.approximate || last.uncertain) {
    interval.approximate = first.approximate || last.approximate;
    interval.uncertain = first.uncertain || last.uncertain;
    interval.fuzzyStart = interval.start - (first.approximate ? (first.end - first.start) / 2 : 0);
    interval.fuzzyEnd = interval.end + (last.approximate ? (last.end - last.start) / 2 : 0);
  }
  return interval;
}

/** A time written without an offset, read in `zone` (dates without a time are left as they are). */
function inZone(date: ParsedDate, zone: string): ParsedDate {
  if (date.offset !== undefined || (date.precision !== 'minute' && date.precision !== 'second' && date.precision !== 'millisecond')) return date;
  const start = fromZonedWall(date.start, zone);
  return { ...date, start, end: start + (date.end - date.start) };
}
