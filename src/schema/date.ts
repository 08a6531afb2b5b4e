/**
 * The grammar of {@link DateString}: ISO 8601 calendar dates that keep their precision.
 * One regular expression is the single source of truth: the runtime validator and the
 * published JSON Schema both use it, so they accept exactly the same strings.
 * @module
 */
import type { DateString } from './types.js';

/**
 * How precisely a date is known, from the coarsest: `century` (`20XX`), `decade` (`201X`),
 * `year`, `season` (`2023-21` … `2023-24`), `month`, `day`, then times.
 */
export type Precision = 'century' | 'decade' | 'year' | 'season' | 'month' | 'day' | 'minute' | 'second' | 'millisecond';

/** A parsed {@link DateString}: the instant range it covers and how it was written. */
export interface ParsedDate {
  /** The string as written. */
  readonly source: DateString;
  readonly precision: Precision;
  /** First millisecond covered (epoch ms, UTC; beyond JavaScript's Date range for deep time). */
  readonly start: number;
  /** First millisecond after the covered range (exclusive). */
  readonly end: number;
  /**
   * The UTC offset written with a time, in minutes east of UTC (`+06:00` → 360, `Z` → 0);
   * `undefined` for dates without a time, and for times written without an offset.
   */
  readonly offset: number | undefined;
  /** The (astronomical) year written: `-0499` is 500 BCE; `Y-13800000000` is -13,800,000,000. */
  readonly year: number;
  /** Written with `~` or `%`: approximately this date (EDTF). */
  readonly approximate: boolean;
  /** Written with `?` or `%`: possibly this date (EDTF). */
  readonly uncertain: boolean;
}

const MONTH = '(?:0[1-9]|1[0-2])';
const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])' +
  '|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)' +
  '|02-(?:0[1-9]|1[0-9]|2[0-8]))';
const LEAP_DAY = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29';
const TIME =
  'T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,3})?)?' +
  '(?:Z|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)?';
/** Four-digit years, negative ones included (`-0499` is 500 BCE); `-0000` is not a year. */
const YEAR4 = '(?!-0000)-?[0-9]{4}';
/** EDTF level 1: years of five digits or more carry a `Y`: `Y170000002`, `Y-13800000000`. */
const LONG_YEAR = 'Y-?[1-9][0-9]{4,15}';
/** EDTF level 1 unspecified digits: `201X` (a decade), `20XX` (a century). */
const UNSPECIFIED_YEAR = '[0-9]{2}(?:[0-9]X|XX)';
const DATE_ONLY =
  `(?:${LONG_YEAR}|${UNSPECIFIED_YEAR}` +
  `|${YEAR4}(?:-(?:${MONTH}|2[1-4]|XX))?` +
  `|${YEAR4}-(?:${MONTH}|XX)-XX` +
  `|${YEAR4}-${MONTH_DAY}|(?!-0000)-?${LEAP_DAY})`;
const DATE_CORE = `(?:${DATE_ONLY}[?~%]?|(?:[0-9]{4}-${MONTH_DAY}|${LEAP_DAY})${TIME})`;

/**
 * Matches every valid {@link DateString} and nothing else: ISO 8601 dates at any precision, and
 * the Extended Date/Time Format (EDTF, ISO 8601-2) level 0 and 1 forms: `2023-10?` (uncertain),
 * `2023-10~` (approximate), `2023-10%` (both), `199X` and `19XX` (unspecified digits), `1985-04-XX`,
 * `2023-21`…`2023-24` (spring, summer, autumn, winter), `-0499` (500 BCE) and `Y-13800000000`.
 * Month 13, 31 April, 29 February of a common year and hour 24 are all rejected.
 */
export const DATE_PATTERN = new RegExp(`^${DATE_CORE}$`);

/** An open end (EDTF `..`): the event runs on past the last date, or from before the first. */
export const OPEN_END = '..';

/** `start`: a date or `..` (open: from before anything known). */
export const START_PATTERN = new RegExp(`^(?:\\.\\.|${DATE_CORE})$`);
/** `end`: a date, `..` (open: still going on) or `""` (an end that is not known). */
export const END_PATTERN = new RegExp(`^(?:\\.\\.|${DATE_CORE})?$`);

const PARTS =
  /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2})(?::?(\d{2}))?)?)?)?)?$/;

/** Milliseconds in 400 Gregorian years: the calendar repeats with this period. */
const MS_400_YEARS = 146_097 * 86_400_000;
/** JavaScript dates hold ±100,000,000 days: about ±273,790 years around 1970. */
const SAFE_YEARS = 270_000;

/**
 * Epoch ms of a UTC calendar instant in any year, including years 0–99 (which `Date.UTC` would
 * move to 1900–1999) and years beyond the range of `Date` (through the 400-year cycle).
 */
export function utcInstant(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  let cycles = 0;
  if (Math.abs(year) > SAFE_YEARS) {
    cycles = Math.floor(year / 400);
    year -= cycles * 400;
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime() + cycles * MS_400_YEARS;
}

/** The UTC calendar year an instant falls in, for any epoch ms (deep time included). */
export function yearOf(ms: number): number {
  if (Math.abs(ms) < 8.64e15) return new Date(ms).getUTCFullYear();
  // Out here a double resolves only to about a minute, so a year's first instant is read half a
  // day in, where rounding cannot carry it back into the year before.
  const at = ms + 43_200_000;
  const cycles = Math.floor(at / MS_400_YEARS);
  return new Date(at - cycles * MS_400_YEARS).getUTCFullYear() + cycles * 400;
}

const cache = new Map<string, ParsedDate | undefined>();

/**
 * Parses a {@link DateString} into the range of instants it covers.
 * Returns `undefined` when the string is not a valid date (`..` and `""` are ends, not dates).
 *
 * @example
 * parseDate('2023-11').precision        // 'month'
 * parseDate('2023-11').start            // Date.UTC(2023, 10, 1)
 * parseDate('2023-11').end              // Date.UTC(2023, 11, 1)
 * parseDate('2023-11-09T10:30+06:00')   // 04:30 UTC, minute precision, offset 360
 * parseDate('2023-10~').approximate     // true
 * parseDate('199X')                     // 1990–1999, precision 'decade'
 */
export function parseDate(value: unknown): ParsedDate | undefined {
  if (typeof value !== 'string') return undefined;
  if (cache.has(value)) return cache.get(value);
  const parsed = DAY.test(value) ? day(value) : DATE_PATTERN.test(value) ? build(value) : undefined;
  if (cache.size > 10_000) cache.clear();
  cache.set(value, parsed);
  return parsed;
}

/** The commonest form, a plain day (`2023-11-01`), read without the full grammar. */
const DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A plain day, or `undefined` for one that does not exist (month 13, 31 April, 29 February 2023). */
function day(source: string): ParsedDate | undefined {
  const year = Number(source.slice(0, 4));
  const month = Number(source.slice(5, 7)) - 1;
  const date = Number(source.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 0 || month > 11 || date < 1 || date > (month === 1 && leap ? 29 : DAYS_IN_MONTH[month]!)) return undefined;
  const start = year >= 100 ? Date.UTC(year, month, date) : utcInstant(year, month, date);
  return Object.freeze({ source, precision: 'day', start, end: start + 86_400_000, offset: undefined, year, approximate: false, uncertain: false });
}

/** The first month of each EDTF season 21–24 (spring, summer, autumn, winter; northern hemisphere). */
const SEASON_MONTH = [2, 5, 8, 11];

function build(source: string): ParsedDate {
  const last = source[source.length - 1]!;
  const qualified = last === '?' || last === '~' || last === '%';
  const text = qualified ? source.slice(0, -1) : source;
  const approximate = last === '~' || last === '%';
  const uncertain = last === '?' || last === '%';
  const done = (precision: Precision, year: number, start: number, end: number, offset?: number) =>
    Object.freeze({ source, precision, start, end, offset, year, approximate, uncertain });

  if (text[0] === 'Y') {
    const year = Number(text.slice(1));
    return done('year', year, utcInstant(year, 0), utcInstant(year + 1, 0));
  }
  if (text.endsWith('X') && text.length === 4) {
    const century = text[2] === 'X';
    const year = Number(text.slice(0, century ? 2 : 3)) * (century ? 100 : 10);
    return done(century ? 'century' : 'decade', year, utcInstant(year, 0), utcInstant(year + (century ? 100 : 10), 0));
  }
  // Unspecified month or day: the coarser precision that is known.
  const known = text.replace(/-XX(-XX)?$/, '');
  const m = PARTS.exec(known)!;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : 0;
  if (!m[2]) return done('year', year, utcInstant(year, 0), utcInstant(year + 1, 0));
  if (month >= 20) {
    const first = SEASON_MONTH[month - 20]!;
    return done('season', year, utcInstant(year, first), utcInstant(year, first + 3));
  }
  if (!m[3]) return done('month', year, utcInstant(year, month), utcInstant(year, month + 1));
  const day = Number(m[3]);
  if (!m[4]) return done('day', year, utcInstant(year, month, day), utcInstant(year, month, day + 1));
  let offset: number | undefined;
  if (m[8] === 'Z') offset = 0;
  else if (m[9]) offset = (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11] ?? 0));
  const ms = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
  const start = utcInstant(year, month, day, Number(m[4]), Number(m[5]), m[6] ? Number(m[6]) : 0, ms) - (offset ?? 0) * 60_000;
  const precision: Precision = m[7] ? 'millisecond' : m[6] ? 'second' : 'minute';
  return done(precision, year, start, start + (precision === 'minute' ? 60_000 : precision === 'second' ? 1000 : 1), offset);
}

/** True when the string has a time but no `Z` or UTC offset, so it was read as UTC. */
export function hasFloatingTime(value: DateString): boolean {
  if (!value.includes('T')) return false;
  const parsed = parseDate(value);
  return !!parsed && parsed.offset === undefined;
}
