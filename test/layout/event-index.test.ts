import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildEventIndex, buildSpanIndex, lowerBound, upperBound } from '../../src/layout/event-index.js';

const interval = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 500_000 })))
  .map(([start, length]) => ({ start, end: start + length }));
const window = fc.tuple(fc.integer({ min: -10_000, max: 1_100_000 }), fc.integer({ min: 0, max: 600_000 })).map(([a, w]) => [a, a + w] as const);

describe('buildEventIndex', () => {
  it('index.query(a, b) returns exactly the intervals a scan finds overlapping [a, b]', () => {
    fc.assert(
      // In any order, and in start order (the usual case, which skips the sort).
      fc.property(fc.array(interval, { maxLength: 400 }), fc.array(window, { minLength: 1, maxLength: 10 }), fc.boolean(), (raw, windows, presort) => {
        const intervals = presort ? [...raw].sort((p, q) => p.start - q.start) : raw;
        const index = buildEventIndex(intervals);
        for (const [a, b] of windows) {
          const expected = intervals.flatMap((iv, i) => (iv.end >= a && iv.start <= b ? [i] : []));
          const got = [...index.query(a, b)].sort((x, y) => x - y);
          expect(got).to.deep.equal(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('buildSpanIndex(starts, ends) answers as buildEventIndex over the same intervals', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 300 }), fc.array(window, { minLength: 1, maxLength: 10 }), (intervals, windows) => {
        const spans = buildSpanIndex(Float64Array.from(intervals, (i) => i.start), Float64Array.from(intervals, (i) => i.end));
        const index = buildEventIndex(intervals);
        expect(spans.size).to.equal(intervals.length);
        for (const [a, b] of windows) expect([...spans.query(a, b)].sort((x, y) => x - y)).to.deep.equal([...index.query(a, b)].sort((x, y) => x - y));
      }),
      { numRuns: 200 },
    );
  });

  it('index.query reuses the array it is given', () => {
    const index = buildEventIndex([{ start: 0, end: 10 }, { start: 20, end: 30 }]);
    const into = [99, 98, 97];
    expect(index.query(5, 25, into)).to.equal(into);
    expect([...into].sort()).to.deep.equal([0, 1]);
    expect(index.size).to.equal(2);
  });

  it('buildEventIndex indexes durations of any size, deep time included', () => {
    const intervals = [{ start: -4e20, end: 4e20 }, { start: 0, end: 0 }, { start: 5, end: 5.5 }, { start: 1e15, end: 1e15 + 1 }];
    const index = buildEventIndex(intervals);
    expect([...index.query(0, 1)].sort()).to.deep.equal([0, 1]);
    expect([...index.query(-1e300, 1e300)].sort()).to.deep.equal([0, 1, 2, 3]);
  });

  it('lowerBound and upperBound find insertion points in sorted arrays', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, v) => {
        const sorted = Float64Array.from(values).sort();
        const lo = lowerBound(sorted, v);
        const hi = upperBound(sorted, v);
        expect(lo).to.equal(sorted.findIndex((x) => x >= v) === -1 ? sorted.length : sorted.findIndex((x) => x >= v));
        expect(hi).to.equal(sorted.findIndex((x) => x > v) === -1 ? sorted.length : sorted.findIndex((x) => x > v));
      }),
    );
  });
});
