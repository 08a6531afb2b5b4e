/**
 * Dates shown at the precision they were written: "2023", "November 2023", "1 November 2023",
 * "9 November 2023, 10:30 UTC+06:00", and ranges such as "29–30 November 2022".
 * @module
 */
import { UTCDate } from '@date-fns/utc';
import type { Locale } from 'date-fns';
import { OPEN_END, parseDate, yearOf, type ParsedDate, type Precision } from '../schema/date.js';
import { formatPattern } from './pattern.js';
import { dateWords } from './words.js';
import { fromZonedWall, zoneName, zoneOffset } from './zone.js';

/** Time zones for {@link formatDate} and {@link formatRange}. */
export interface ZoneOptions {
  /** The IANA zone a time written without an offset was written in (the event's `timeZone`). */
  source?: string;
  /** The IANA zone to show times in, named after the time; by default the offset written. */
  display?: string;
}

const PATTERNS: Record<Exclude<Precision, 'century' | 'decade' | 'season'>, string> = {
  year: 'yyyy',
  month: 'LLLL yyyy',
  day: 'PPP',
  minute: 'PPP, HH:mm',
  second: 'PPP, HH:mm:ss',
  millisecond: 'PPP, HH:mm:ss.SSS',
};

const hasTime = (p: Precision) => p === 'minute' || p === 'second' || p === 'millisecond';

/** The wall-clock instant of a parsed date: its own UTC offset applied, as a UTC date. */
function wallClock(date: ParsedDate): UTCDate {
  return new UTCDate(date.start + (date.offset ?? 0) * 60_000);
}

/** "UTC", "UTC+06:00", "UTC−03:30" for an offset in minutes. */
export function formatOffset(offset: number | undefined): string {
  if (!offset) return 'UTC';
  const sign = offset < 0 ? '−' : '+';
  const abs = Math.abs(offset);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Formats a date at its own precision in a locale. Times are shown in the offset they were
 * written in, with that offset named.
 *
 * @example
 * formatDate(parseDate('2023-11')!, enGB)              // "November 2023"
 * formatDate(parseDate('2023-11-01')!, enGB)           // "1 November 2023"
 * formatDate(parseDate('2023-11-09T10:30+06:00')!, enGB) // "9 November 2023, 10:30 UTC+06:00"
 */
export function formatDate(date: ParsedDate, locale: Locale, zones: ZoneOptions = {}): string {
  const words = dateWords(locale.code);
  let text: string;
  const { precision, year } = date;
  if (precision === 'century') text = words.century(year);
  else if (precision === 'decade') text = words.decade(year);
  else if (precision === 'season') {
    const season = Number(date.source.replace(/[?~%]$/, '').slice(-2)) - 21; // EDTF 21–24
    text = words.season(season as 0 | 1 | 2 | 3, formatYear(year, locale));
  } else if (year < 1 || year > 9999) text = farDate(date, locale);
  else if (hasTime(precision) && (zones.display || zones.source)) text = zonedTime(date, locale, zones);
  else {
    text = formatPattern(wallClock(date), PATTERNS[precision], locale);
    if (hasTime(precision)) text = `${text} ${formatOffset(date.offset)}`;
  }
  if (date.uncertain) text = words.uncertain(text);
  if (date.approximate) text = words.approximate(text);
  return text;
}

/** A time shown in a zone: "9 November 2023, 10:30 Almaty Time (UTC+06:00)". */
function zonedTime(date: ParsedDate, locale: Locale, zones: ZoneOptions): string {
  const instant = date.offset === undefined && zones.source ? fromZonedWall(date.start, zones.source) : date.start;
  const zone = zones.display ?? zones.source!;
  const offset = zoneOffset(zone, instant);
  const text = formatPattern(new UTCDate(instant + offset * 60_000), PATTERNS[date.precision as 'minute'], locale);
  return `${text} ${zoneName(zone, instant, locale.code)} (${formatOffset(offset)})`;
}

/** Years before the present (1950, as in radiocarbon "BP") from which years are counted back. */
const PRESENT = 1950;

const intl = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | null>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T | null {
  let value = intl.get(key) as T | null | undefined;
  if (value === undefined) {
    try {
      value = make();
    } catch {
      value = null; // an engine without this locale: callers fall back to plain numbers
    }
    intl.set(key, value);
  }
  return value;
}

/**
 * A year in words for any year: "2023"; "500 BC" (Intl's era names) for years 0 back to
 * -9999; "13.8 billion years ago" (Intl's relative-time and compact-number wording) before
 * that; grouped digits after 9999.
 */
export function formatYear(year: number, locale: Locale): string {
  const code = locale.code;
  if (year >= 1 && year <= 9999) return String(year);
  if (year > 9999) return cached(`n|${code}`, () => new Intl.NumberFormat(code))?.format(year) ?? String(year);
  if (year >= -9999) {
    const f = cached(`era|${code}`, () => new Intl.DateTimeFormat(code, { year: 'numeric', era: 'short', timeZone: 'UTC' }));
    const date = new Date(0);
    date.setUTCFullYear(year, 6, 1);
    return f ? (f as Intl.DateTimeFormat).format(date) : String(year);
  }
  return yearsAgo(PRESENT - year, code);
}

/** "13.8 billion years ago", "52 thousand years ago", in the locale's own words. */
export function yearsAgo(years: number, code: string | undefined): string {
  const relative = cached(`ago|${code}`, () => new Intl.RelativeTimeFormat(code, { numeric: 'always' })) as Intl.RelativeTimeFormat | null;
  const compact = cached(`compact|${code}`, () => new Intl.NumberFormat(code, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 })) as Intl.NumberFormat | null;
  if (!relative || !compact) return `-${years}`;
  let text = '';
  let number = false;
  for (const part of relative.formatToParts(-years, 'year') as { type: string; value: string }[]) {
    if (part.type !== 'literal') {
      if (!number) text += compact.format(years);
      number = true;
    } else text += part.value;
  }
  return text;
}

/** A date in a year outside 1–9999, at its precision where the calendar still means something. */
function farDate(date: ParsedDate, locale: Locale): string {
  const { precision, year } = date;
  if (year < -9999 || year > 9999 || precision === 'year') return formatYear(year, locale);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', era: 'short', month: 'long', timeZone: 'UTC', ...(precision !== 'month' && { day: 'numeric' }) };
  const f = cached(`far|${precision}|${locale.code}`, () => new Intl.DateTimeFormat(locale.code, options)) as Intl.DateTimeFormat | null;
  return f ? f.format(wallClock(date)) : formatYear(year, locale);
}

const INTL_OPTIONS: Partial<Record<Precision, Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

function rangeFormatter(code: string | undefined, precision: Precision): Intl.DateTimeFormat | null {
  const options = INTL_OPTIONS[precision];
  return options ? (cached(`range|${code}|${precision}`, () => new Intl.DateTimeFormat(code, options)) as Intl.DateTimeFormat | null) : null;
}

/**
 * Formats an event's `start` and optional `end`. Ranges of dates at the same precision share
 * what they can ("29–30 November 2022", "2–19 January 2022", "May–July 2023"), using the
 * locale's own range pattern; anything else is "start – end".
 */
export function formatRange(start: string, end: string | undefined, locale: Locale, zones: ZoneOptions = {}): string {
  if (start === OPEN_END) {
    const b = end === undefined ? undefined : parseDate(end);
    return b ? `… – ${formatDate(b, locale, zones)}` : '…';
  }
  const a = parseDate(start);
  if (!a) return start;
  if (end === OPEN_END) return dateWords(locale.code).ongoing(formatDate(a, locale, zones));
  if (end === '') return `${formatDate(a, locale, zones)} – ?`;
  const b = end === undefined ? undefined : parseDate(end);
  if (!b || b.source === a.source) return formatDate(a, locale, zones);
  const plain = (d: ParsedDate) => !d.approximate && !d.uncertain && d.year >= 1 && d.year <= 9999 && !(hasTime(d.precision) && (zones.display || zones.source));
  if (a.precision === b.precision && plain(a) && plain(b)) {
    const formatter = rangeFormatter(locale.code, a.precision);
    if (formatter) return formatter.formatRange(a.start, b.start);
  }
  return `${formatDate(a, locale, zones)} – ${formatDate(b, locale, zones)}`;
}

const daySpans = new Map<string, string>();

/**
 * A span of days between two instants, cheaply (cluster marks name one on every zoom frame):
 * "9 March 2023", "3–9 March 2023" style via the locale's range pattern, cached per day pair.
 */
export function formatDaySpan(start: number, end: number, locale: Locale): string {
  const a = Math.floor(start / 86_400_000);
  const b = Math.floor(end / 86_400_000);
  const key = `${locale.code}|${a}|${b}`;
  let text = daySpans.get(key);
  if (text === undefined) {
    const formatter = rangeFormatter(locale.code, 'day');
    const from = a * 86_400_000;
    const to = b * 86_400_000;
    text = formatter ? (a === b ? formatter.format(from) : formatter.formatRange(from, to)) : formatDate(parseDate(new Date(from).toISOString().slice(0, 10))!, locale);
    if (daySpans.size > 20_000) daySpans.clear();
    daySpans.set(key, text);
  }
  return text;
}

/** The unit an axis tick marks, from the coarsest to the finest. */
export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

const TICK_PATTERNS: Record<TickUnit, string> = {
  year: 'yyyy',
  month: 'LLL',
  day: 'd',
  hour: 'HH:mm',
  minute: 'HH:mm',
};

/** The coarsest unit whose boundary `ms` (UTC) falls on. */
export function tickUnit(ms: number): TickUnit {
  if (Math.abs(ms) >= 8.64e15) return 'year';
  const d = new Date(ms);
  if (d.getUTCMinutes() !== 0) return 'minute';
  if (d.getUTCHours() !== 0) return 'hour';
  if (d.getUTCDate() !== 1) return 'day';
  if (d.getUTCMonth() !== 0) return 'month';
  return 'year';
}

/**
 * Formats an axis tick for the unit the axis steps by, in a locale: "2023", "Nov", "9", "10:30".
 * The larger unit ("November 2023" above day ticks) is the axis's second row.
 */
export function formatTick(ms: number, unit: TickUnit, locale: Locale): string {
  if (unit === 'year') return formatYear(yearOf(ms), locale);
  return formatPattern(new UTCDate(ms), TICK_PATTERNS[unit], locale);
}
