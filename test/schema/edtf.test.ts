import { expect } from '@open-wc/testing';
import { parseDate, DATE_PATTERN, START_PATTERN, END_PATTERN, utcInstant, yearOf } from '../../src/schema/date.js';
import { parseTimeline } from '../../src/schema/parse.js';

/**
 * The Extended Date/Time Format (ISO 8601-2, EDTF) level 0 and level 1 examples from the Library
 * of Congress specification (https://www.loc.gov/standards/datetime/), as far as they are dates
 * rather than intervals (a timeline event's start and end are its interval).
 */
const LEVEL_0 = ['1985-04-12', '1985-04', '1985', '1985-04-12T23:20:30Z', '1985-04-12T23:20:30-04', '1985-04-12T23:20:30+04:30'];
const LEVEL_1 = ['Y170000002', 'Y-170000002', '2001-21', '2001-22', '2001-23', '2001-24', '1984?', '2004-06~', '2004-06-11%', '201X', '20XX', '2004-XX', '1985-04-XX', '1985-XX-XX', '-1985'];

describe('parseDate: EDTF', () => {
  it('DATE_PATTERN accepts every level 0 and level 1 date of the specification', () => {
    for (const s of [...LEVEL_0, ...LEVEL_1]) expect(DATE_PATTERN.test(s), s).to.equal(true);
    for (const s of [...LEVEL_0, ...LEVEL_1]) expect(parseDate(s), s).to.not.equal(undefined);
  });

  it('DATE_PATTERN rejects what EDTF does not allow', () => {
    for (const s of ['-0000', '2001-25', '2001-20', 'Y1234', 'Y-0170', '1X85', '19X', '2004-06??', '?2004', '2004-06-31~', '1985-04-12T23:20?', '2023-02-29%', '-0001-02-29', 'y1700000002']) {
      expect(DATE_PATTERN.test(s), s).to.equal(false);
    }
  });

  it('parseDate("1984?") is the year 1984, uncertain; "2004-06~" approximate; "2004-06-11%" both', () => {
    expect(parseDate('1984?')).to.deep.include({ precision: 'year', start: Date.UTC(1984, 0, 1), uncertain: true, approximate: false });
    expect(parseDate('2004-06~')).to.deep.include({ precision: 'month', start: Date.UTC(2004, 5, 1), end: Date.UTC(2004, 6, 1), uncertain: false, approximate: true });
    expect(parseDate('2004-06-11%')).to.deep.include({ precision: 'day', uncertain: true, approximate: true });
    expect(parseDate('2004-06-11')).to.deep.include({ uncertain: false, approximate: false });
  });

  it('parseDate("201X") is the 2010s and "20XX" the hundred years from 2000', () => {
    expect(parseDate('201X')).to.deep.include({ precision: 'decade', year: 2010, start: Date.UTC(2010, 0, 1), end: Date.UTC(2020, 0, 1) });
    expect(parseDate('20XX')).to.deep.include({ precision: 'century', year: 2000, start: Date.UTC(2000, 0, 1), end: Date.UTC(2100, 0, 1) });
  });

  it('parseDate("1985-04-XX") is April 1985; "1985-XX-XX" and "2004-XX" are their years', () => {
    expect(parseDate('1985-04-XX')).to.deep.include({ precision: 'month', start: Date.UTC(1985, 3, 1), end: Date.UTC(1985, 4, 1) });
    expect(parseDate('1985-XX-XX')).to.deep.include({ precision: 'year', start: Date.UTC(1985, 0, 1) });
    expect(parseDate('2004-XX')).to.deep.include({ precision: 'year', start: Date.UTC(2004, 0, 1) });
  });

  it('parseDate reads seasons 21–24 as three months each (winter runs into the next year)', () => {
    expect(parseDate('2001-21')).to.deep.include({ precision: 'season', start: Date.UTC(2001, 2, 1), end: Date.UTC(2001, 5, 1) });
    expect(parseDate('2001-22')!.start).to.equal(Date.UTC(2001, 5, 1));
    expect(parseDate('2001-23')!.start).to.equal(Date.UTC(2001, 8, 1));
    expect(parseDate('2001-24')).to.deep.include({ start: Date.UTC(2001, 11, 1), end: Date.UTC(2002, 2, 1) });
  });

  it('parseDate reads negative years astronomically: "-0499" is 500 BC, and leap years hold there too', () => {
    const d = parseDate('-0499')!;
    expect(d.year).to.equal(-499);
    expect(new Date(d.start).getUTCFullYear()).to.equal(-499);
    expect(parseDate('-0004-02-29')).to.not.equal(undefined); // -4 is divisible by 4
    expect(parseDate('-0044-03-15')!.precision).to.equal('day');
  });

  it('parseDate reads years beyond the range of Date: "Y-13800000000" is one year, 13.8 billion years back', () => {
    const d = parseDate('Y-13800000000')!;
    expect(d.precision).to.equal('year');
    expect(d.year).to.equal(-13_800_000_000);
    expect(d.start).to.be.below(-4e20);
    // A double resolves to about a minute out here: a year is 365 or 366 days, give or take that.
    expect(d.end - d.start).to.be.within(365 * 864e5 - 6e5, 366 * 864e5 + 6e5);
    expect(yearOf(d.start)).to.equal(-13_800_000_000);
    expect(yearOf(d.end)).to.equal(-13_799_999_999);
  });

  it('utcInstant and yearOf agree across the edge of the Date range and the 400-year cycle', () => {
    for (const year of [-300_001, -270_001, -270_000, -1, 0, 1, 99, 1970, 270_000, 270_001, 5_000_000, -13_800_000_000]) {
      expect(yearOf(utcInstant(year, 0)), String(year)).to.equal(year);
      expect(yearOf(utcInstant(year, 11, 31)), `${year}-12-31`).to.equal(year);
      const length = (utcInstant(year + 1, 0) - utcInstant(year, 0)) / 864e5;
      expect(Math.abs(length - 365) < 0.01 || Math.abs(length - 366) < 0.01, `${year}: ${length} days`).to.equal(true);
    }
  });

  it('START_PATTERN takes ".." (an open start); END_PATTERN takes ".." (ongoing) and "" (unknown)', () => {
    expect(START_PATTERN.test('..')).to.equal(true);
    expect(START_PATTERN.test('')).to.equal(false);
    expect(END_PATTERN.test('..')).to.equal(true);
    expect(END_PATTERN.test('')).to.equal(true);
    expect(DATE_PATTERN.test('..')).to.equal(false);
    expect(parseDate('..')).to.equal(undefined);
  });
});

describe('parseTimeline: EDTF events', () => {
  const event = (start: string, end?: string) => ({ id: 'e', start, ...(end !== undefined && { end }), title: 'E' });

  it('accepts qualified, unspecified, seasonal, negative and deep-time dates without warnings', () => {
    for (const start of [...LEVEL_1, '-0499', 'Y-13800000000']) {
      const { document, issues } = parseTimeline({ events: [event(start)] });
      expect(issues, start).to.deep.equal([]);
      expect(document.events, start).to.have.length(1);
    }
  });

  it('accepts open and unknown ends, and an open start with a known end', () => {
    for (const [start, end] of [['2022-02-24', '..'], ['1991-12', ''], ['..', '1985-04-12'], ['2004-06~', '2006-08?']] as const) {
      expect(parseTimeline({ events: [event(start, end)] }).errors, `${start}/${end}`).to.deep.equal([]);
    }
  });

  it('reports an open start without a known end', () => {
    for (const end of [undefined, '..', '']) {
      const { errors } = parseTimeline({ events: [event('..', end)] });
      expect(errors.map((e) => e.message)).to.deep.equal(['events[0].start: ".." (an open start) needs a known end']);
    }
  });

  it('still orders a deep-time start before its end', () => {
    expect(parseTimeline({ events: [event('Y-66000000', 'Y-13800000000')] }).errors.map((e) => e.code)).to.deep.equal(['end-before-start']);
    expect(parseTimeline({ events: [event('Y-13800000000', '-0499')] }).errors).to.deep.equal([]);
  });

  it('keeps "" and ".." out of other dates: eras and sources need real dates', () => {
    const { errors } = parseTimeline({ eras: [{ start: '..', end: '2023', label: 'x' }], events: [{ ...event('2023'), sources: [{ title: 's', published: '' }] }] });
    expect(errors.map((e) => e.path)).to.deep.equal(['eras[0].start', 'events[0].sources[0].published']);
  });
});
