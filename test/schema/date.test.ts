import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDate, DATE_PATTERN, utcInstant } from '../../src/schema/date.js';

describe('parseDate', () => {
  it('parseDate(plain day) accepts exactly the days the grammar accepts, and covers that UTC day', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const value = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const parsed = parseDate(value);
        expect(parsed !== undefined, value).to.equal(DATE_PATTERN.test(value));
        if (!parsed) return;
        expect([parsed.precision, parsed.year, parsed.start, parsed.end, parsed.offset, parsed.approximate, parsed.uncertain], value).to.deep.equal([
          'day', y, utcInstant(y, m - 1, d), utcInstant(y, m - 1, d + 1), undefined, false, false,
        ]);
      }),
      { numRuns: 5000 },
    );
    // Leap days at the century rules, and years below 100 (which Date.UTC would move to 19xx).
    for (const [value, ok] of [['2000-02-29', true], ['1900-02-29', false], ['2024-02-29', true], ['2023-02-29', false], ['0000-02-29', true], ['0099-12-31', true]] as const) {
      expect(parseDate(value) !== undefined, value).to.equal(ok);
    }
    expect(new Date(parseDate('0099-12-31')!.start).getUTCFullYear()).to.equal(99);
  });

  it('parseDate("2023") covers the whole year', () => {
    const d = parseDate('2023')!;
    expect(d.precision).to.equal('year');
    expect(d.start).to.equal(Date.UTC(2023, 0, 1));
    expect(d.end).to.equal(Date.UTC(2024, 0, 1));
  });

  it('parseDate("2023-11") covers the whole month, not a fake 1 November', () => {
    const d = parseDate('2023-11')!;
    expect(d.precision).to.equal('month');
    expect(d.start).to.equal(Date.UTC(2023, 10, 1));
    expect(d.end).to.equal(Date.UTC(2023, 11, 1));
  });

  it('parseDate("2023-11-09") covers one day', () => {
    const d = parseDate('2023-11-09')!;
    expect(d.precision).to.equal('day');
    expect(d.end - d.start).to.equal(86_400_000);
  });

  it('parseDate("2023-11-09T10:30+06:00") is one minute at 04:30 UTC with its offset kept', () => {
    const d = parseDate('2023-11-09T10:30+06:00')!;
    expect(d.precision).to.equal('minute');
    expect(d.start).to.equal(Date.UTC(2023, 10, 9, 4, 30));
    expect(d.end - d.start).to.equal(60_000);
    expect(d.offset).to.equal(360);
  });

  it('parseDate reads seconds, milliseconds, Z and negative offsets', () => {
    expect(parseDate('2023-11-09T10:30:15Z')!.precision).to.equal('second');
    expect(parseDate('2023-11-09T10:30:15.5Z')!.start).to.equal(Date.UTC(2023, 10, 9, 10, 30, 15, 500));
    expect(parseDate('2023-11-09T10:30-0330')!.start).to.equal(Date.UTC(2023, 10, 9, 14, 0));
  });

  it('parseDate keeps years before 100 as written', () => {
    expect(new Date(parseDate('0079-08-24')!.start).getUTCFullYear()).to.equal(79);
  });

  it('parseDate rejects impossible calendar dates and other strings', () => {
    for (const bad of ['2023-13-01', '2023-02-29', '2023-04-31', '2023-00', '2023-11-09T24:00Z', '23-11-09', '2023/11/09', 'November 2023', '', ' 2023', '2023-11-09T10:30+6']) {
      expect(parseDate(bad), bad).to.equal(undefined);
    }
    expect(parseDate(2023)).to.equal(undefined);
  });

  it('parseDate accepts 29 February only in leap years', () => {
    expect(parseDate('2024-02-29')).to.not.equal(undefined);
    expect(parseDate('2000-02-29')).to.not.equal(undefined);
    expect(parseDate('1900-02-29')).to.equal(undefined);
    expect(parseDate('2023-02-29')).to.equal(undefined);
  });

  it('DATE_PATTERN agrees with the calendar on every day of a leap and a common year', () => {
    for (const year of [2023, 2024]) {
      for (let day = 0; day < 400; day++) {
        const date = new Date(Date.UTC(year, 0, 1 + day));
        const iso = date.toISOString().slice(0, 10);
        expect(DATE_PATTERN.test(iso), iso).to.equal(true);
      }
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const after = `${year}-${String(month).padStart(2, '0')}-${last + 1}`;
        expect(DATE_PATTERN.test(after), after).to.equal(false);
      }
    }
  });
});
