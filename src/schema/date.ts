/**
 * The grammar of {@link DateString}: ISO 8601 calendar dates that keep their precision.
 * One regular expression is the single source of truth: the runtime validator and the
 * published JSON Schema both use it, so they accept exactly the same strings.
 * @module
 */
import type { DateString } from './types.js';

/** How precisely a date is known. */
export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second' | 'millisecond';

/** A parsed {@link DateString}: the instant range it covers and how it was written. */
export interface ParsedDate {
  /** The string as written. */
  readonly source: DateString;
  readonly precision: Precision;
  /** First millisecond covered (Unix epoch ms, UTC). */
  readonly start: number;
  /** First millisecond after the covered range (exclusive). */
  readonly end: number;
  /**
   * The UTC offset written with a time, in minutes east of UTC (`+06:00` → 360, `Z` → 0);
   * `undefined` for dates without a time, and for times written without an offset.
   */
  readonly offset: number | undefined;
}

const MONTH = '(?:0[1-9]|1[0-2])';
const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])' +
  '|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)' +
  '|02-(?:0[1-9]|1[0-9]|2[0-8]))';
const LEAP_DAY = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29';
const TIME =
  'T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,3})?)?' +
  '(?:Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])?';

/**
 * Matches every valid {@link DateString} and nothing else: month 13, 31 April, 29 February
 * of a common year and hour 24 are all rejected.
 */
export const DATE_PATTERN = new RegExp(
  `^(?:[0-9]{4}(?:-${MONTH})?|(?:[0-9]{4}-${MONTH_DAY}|${LEAP_DAY})(?:${TIME})?)$`,
);

const PARTS =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):?(\d{2}))?)?)?)?$/;

const cache = new Map<string, ParsedDate | undefined>();

/**
 * Parses a {@link DateString} into the range of instants it covers.
 * Returns `undefined` when the string is not a valid date.
 *
 * @example
 * parseDate('2023-11').precision        // 'month'
 * parseDate('2023-11').start            // Date.UTC(2023, 10, 1)
 * parseDate('2023-11').end              // Date.UTC(2023, 11, 1)
 * parseDate('2023-11-09T10:30+06:00')   // 04:30 UTC, minute precision, offset 360
 */
export function parseDate(value: unknown): ParsedDate | undefined {
  if (typeof value !== 'string') return undefined;
  if (cache.has(value)) return cache.get(value);
  const parsed = DATE_PATTERN.test(value) ? build(value) : undefined;
  if (cache.size > 10_000) cache.clear();
  cache.set(value, parsed);
  return parsed;
}

function build(source: string): ParsedDate {
  const m = PARTS.exec(source)!;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) : 1;
  const hour = m[4] ? Number(m[4]) : 0;
  const minute = m[5] ? Number(m[5]) : 0;
  const second = m[6] ? Number(m[6]) : 0;
  const ms = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
  let offset: number | undefined;
  if (m[8] === 'Z') offset = 0;
  else if (m[9]) offset = (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));

  const utc = (y: number, mo: number, d = 1, h = 0, mi = 0, s = 0, milli = 0) => {
    // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written; it rolls over months and days.
    const date = new Date(0);
    date.setUTCFullYear(y, mo, d);
    date.setUTCHours(h, mi, s, milli);
    return date.getTime();
  };

  let precision: Precision;
  let start: number;
  let end: number;
  if (!m[2]) {
    precision = 'year';
    start = utc(year, 0);
    end = utc(year + 1, 0);
  } else if (!m[3]) {
    precision = 'month';
    start = utc(year, month);
    end = utc(year, month + 1);
  } else if (!m[4]) {
    precision = 'day';
    start = utc(year, month, day);
    end = utc(year, month, day + 1);
  } else {
    const shift = (offset ?? 0) * 60_000;
    start = utc(year, month, day, hour, minute, second, ms) - shift;
    precision = m[7] ? 'millisecond' : m[6] ? 'second' : 'minute';
    end = start + (precision === 'minute' ? 60_000 : precision === 'second' ? 1000 : 1);
  }
  return Object.freeze({ source, precision, start, end, offset });
}

/** True when the string has a time but no `Z` or UTC offset, so it was read as UTC. */
export function hasFloatingTime(value: DateString): boolean {
  const parsed = parseDate(value);
  return !!parsed && parsed.offset === undefined && value.includes('T');
}
