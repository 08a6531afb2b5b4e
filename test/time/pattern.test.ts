import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import * as locales from 'date-fns/locale';
import { enGB } from 'date-fns/locale/en-GB';
import { formatPattern } from '../../src/time/pattern.js';

/** The patterns the timeline writes dates with (src/time/format.ts), and every token formatPattern knows. */
const PATTERNS = ['yyyy', 'LLLL yyyy', 'PPP', 'PPP, HH:mm', 'PPP, HH:mm:ss', 'PPP, HH:mm:ss.SSS', 'LLL', 'd', 'HH:mm'];
const TOKENS = ['y', 'yy', 'yyyy', 'M', 'MM', 'MMM', 'MMMM', 'MMMMM', 'Mo', 'L', 'LL', 'LLL', 'LLLL', 'LLLLL', 'd', 'dd', 'do', 'H', 'HH', 'm', 'mm', 's', 'ss', 'S', 'SS', 'SSS', 'P', 'PP', 'PPP', "'de'", "''", "'o''clock'", ' ', ', ', '.', '/'];
const all = Object.keys(locales) as (keyof typeof locales)[];
const instant = fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) });

describe('formatPattern', () => {
  it(`formatPattern(date, pattern, locale) writes what date-fns format writes, for the timeline's patterns in all ${all.length} date-fns locales`, () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...all), fc.constantFrom(...PATTERNS), (ms, name, pattern) => {
        const date = new UTCDate(ms);
        const locale = locales[name];
        expect(formatPattern(date, pattern, locale)).to.equal(format(date, pattern, { locale }));
      }),
      { numRuns: 3000 },
    );
  });

  it('formatPattern(date, pattern, locale) writes what date-fns format writes for any pattern of its tokens', () => {
    const pattern = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 6 }).map((t) => t.join(' '));
    fc.assert(
      fc.property(instant, fc.constantFrom(...all), pattern, (ms, name, p) => {
        const date = new UTCDate(ms);
        const locale = locales[name];
        expect(formatPattern(date, p, locale)).to.equal(format(date, p, { locale }));
      }),
      { numRuns: 2000 },
    );
  });

  it('formatPattern(date, "PPP, HH:mm", enGB) writes "9 November 2023, 10:30"', () => {
    expect(formatPattern(new Date(Date.UTC(2023, 10, 9, 10, 30)), 'PPP, HH:mm', enGB)).to.equal('9 November 2023, 10:30');
    expect(formatPattern(new Date(Date.UTC(2023, 2, 15)), 'PPP', locales.es)).to.equal('15 de marzo de 2023');
  });

  it('formatPattern throws a RangeError for a token it does not know', () => {
    expect(() => formatPattern(new Date(0), 'EEEE', enGB)).to.throw(RangeError, /"EEEE"/);
    expect(() => formatPattern(new Date(0), 'yyyy-MM-dd Q', enGB)).to.throw(RangeError, /"Q"/);
    expect(() => formatPattern(new Date(0), 'PPPP', enGB)).to.throw(RangeError, /"PPPP"/); // it names the weekday
  });
});
