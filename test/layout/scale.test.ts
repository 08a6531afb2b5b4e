import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { orderedExtent, timeExtent } from '../../src/layout/scale.js';
import { timeOrder } from '../../src/layout/lanes.js';

// Dates of every kind the extent reads: days, months, years, times with and without a zone,
// approximate and uncertain ones, open starts and ends, unknown ends, and dates that do not parse.
const date = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.integer({ min: 1800, max: 2200 }).map((y) => `${y}`),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}~`),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)),
  fc.constant('2023-13-01'),
);
const event = fc.record(
  {
    start: fc.oneof({ weight: 6, arbitrary: date }, { weight: 1, arbitrary: fc.constant('..') }),
    end: fc.oneof(date, fc.constant('..'), fc.constant('')),
    timeZone: fc.constantFrom('Asia/Almaty', 'Europe/Paris'),
  },
  { requiredKeys: ['start'] },
);
const era = fc.record({ start: date, end: date });

describe('orderedExtent', () => {
  it('orderedExtent(timeOrder(events), eras) is timeExtent({ events, eras })', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.array(era, { maxLength: 3 }), (events, eras) => {
        const expected = timeExtent({ events, eras });
        expect(orderedExtent(timeOrder(events), eras)).to.deep.equal(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('orderedExtent reads an open start or end as timeExtent does, not as timeOrder ran it to the edge', () => {
    const events = [{ start: '2023-11-01' }, { start: '..', end: '2023-11-09' }, { start: '2023-11-05', end: '..' }];
    const ordered = timeOrder(events);
    // timeOrder runs the open sides out past the known dates…
    expect(Math.min(...ordered.map((o) => o.interval.start))).to.be.below(Date.UTC(2023, 10, 1));
    // …the extent holds the known dates only, then pads them.
    const [lo, hi] = orderedExtent(ordered, undefined, 0)!;
    expect([lo, hi]).to.deep.equal([Date.UTC(2023, 10, 1), Date.UTC(2023, 10, 10)]);
  });

  it('orderedExtent([]) is undefined, and a lone era gives its own span', () => {
    expect(orderedExtent([], undefined)).to.equal(undefined);
    expect(orderedExtent([], [{ start: '2023-11', end: '2023-11' }], 0)).to.deep.equal([Date.UTC(2023, 10, 1), Date.UTC(2023, 11, 1)]);
  });
});
