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

/** Durations up to 2^1100 ms: more than any finite double, so every interval has a class. */
const MAX_CLASS = 1100;

interface DurationClass {
  readonly maxDuration: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly positions: Int32Array;
}

/** Builds an {@link EventIndex} over intervals, in O(n log n) (O(n) for input already in start order). */
export function buildEventIndex(intervals: readonly Interval[]): EventIndex {
  const n = intervals.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    starts[p] = intervals[p]!.start;
    ends[p] = intervals[p]!.end;
  }
  return buildSpanIndex(starts, ends);
}

/**
 * {@link buildEventIndex} over intervals given as their starts and ends (`starts[i]` to
 * `ends[i]`), as typed arrays hold them: no object is read.
 */
export function buildSpanIndex(spanStarts: ArrayLike<number>, spanEnds: ArrayLike<number>): EventIndex {
  const n = spanStarts.length;
  // One pass: each interval's duration class, how many fall in each class, and whether the input
  // is already in start order (the usual case: events in time order).
  const classOf = new Uint16Array(n);
  const counts = new Int32Array(MAX_CLASS + 2);
  let sorted = true;
  for (let p = 0; p < n; p++) {
    const start = spanStarts[p]!;
    const duration = spanEnds[p]! - start;
    const c = duration < 1 ? 0 : Math.min(MAX_CLASS, Math.ceil(Math.log2(duration + 1)));
    classOf[p] = c;
    counts[c + 1]!++;
    if (p > 0 && spanStarts[p - 1]! > start) sorted = false;
  }
  let order: ArrayLike<number> | undefined;
  if (!sorted) {
    const byStart = new Uint32Array(n);
    for (let p = 0; p < n; p++) byStart[p] = p;
    order = byStart.sort((a, b) => spanStarts[a]! - spanStarts[b]! || a - b);
  }
  // A counting sort by class, stable, so each class stays in start order: one typed array for all
  // classes, each class a slice of it.
  for (let c = 1; c < counts.length; c++) counts[c]! += counts[c - 1]!;
  const next = counts.slice();
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const positions = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const p = order ? order[k]! : k;
    const at = next[classOf[p]!]!++;
    starts[at] = spanStarts[p]!;
    ends[at] = spanEnds[p]!;
    positions[at] = p;
  }
  const classes: DurationClass[] = [];
  for (let c = 0; c <= MAX_CLASS; c++) {
    const [from, to] = [counts[c]!, counts[c + 1]!];
    if (from === to) continue;
    classes.push({ maxDuration: c === 0 ? 1 : 2 ** c, starts: starts.subarray(from, to), ends: ends.subarray(from, to), positions: positions.subarray(from, to) });
  }
  return {
    size: n,
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
