/**
 * An interval index over events, built once per data change, that answers "which events overlap
 * this window?" in O(B log n + k) where B ≤ 64 is a number of duration classes and k the answer's
 * size, instead of scanning all n events on every zoom frame.
 * @module
 */
import type { Interval } from '../time/interval.js';

/**
 * Events are grouped by duration class (durations in [2^(c−1), 2^c) ms); within a class they are
 * sorted by start. An event of class c that overlaps [a, b] starts in [a − 2^c, b], a range found
 * by binary search, and at most as many events in that range miss the window as there are events
 * of similar duration just before it.
 */
export interface EventIndex {
  /** How many intervals the index holds. */
  readonly size: number;
  /**
   * Positions (into the array the index was built from) of the intervals overlapping `[start, end]`
   * (touching counts), in no particular order. Writes into `into` when given, to avoid allocation.
   */
  query(start: number, end: number, into?: number[]): number[];
}

interface DurationClass {
  readonly maxDuration: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly positions: Int32Array;
}

/** Builds an {@link EventIndex} over intervals, in O(n log n). */
export function buildEventIndex(intervals: readonly Interval[]): EventIndex {
  const byClass = new Map<number, number[]>();
  intervals.forEach((interval, position) => {
    const duration = Math.max(0, interval.end - interval.start);
    const c = duration < 1 ? 0 : Math.ceil(Math.log2(duration + 1));
    let list = byClass.get(c);
    if (!list) byClass.set(c, (list = []));
    list.push(position);
  });
  let sorted = true;
  for (let i = 1; i < intervals.length && sorted; i++) sorted = intervals[i - 1]!.start <= intervals[i]!.start;
  const classes: DurationClass[] = [];
  for (const [c, list] of byClass) {
    // Input already in start order (the usual case: events in time order) needs no sort.
    if (!sorted) list.sort((a, b) => intervals[a]!.start - intervals[b]!.start);
    const starts = new Float64Array(list.length);
    const ends = new Float64Array(list.length);
    const positions = new Int32Array(list.length);
    list.forEach((p, i) => {
      starts[i] = intervals[p]!.start;
      ends[i] = intervals[p]!.end;
      positions[i] = p;
    });
    classes.push({ maxDuration: c === 0 ? 1 : 2 ** c, starts, ends, positions });
  }
  return {
    size: intervals.length,
    query(start, end, into = []) {
      into.length = 0;
      for (const cls of classes) {
        let i = lowerBound(cls.starts, start - cls.maxDuration);
        const stop = upperBound(cls.starts, end);
        for (; i < stop; i++) if (cls.ends[i]! >= start) into.push(cls.positions[i]!);
      }
      return into;
    },
  };
}

/** The first index whose value is ≥ `value` in a sorted array. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is > `value` in a sorted array. */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
