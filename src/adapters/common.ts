/**
 * What adapters share: the result shape, ids, dates from parts, and text from HTML.
 * @module
 */
import { parseDate } from '../schema/date.js';
import { ID_PATTERN } from '../schema/schema.js';

/** Something an adapter could not carry over, and where it was in the input. */
export interface AdapterIssue {
  /** Where in the input, e.g. `events[3].start_date`. */
  readonly path: string;
  /** Why, e.g. `year "abc" is not a whole number`. */
  readonly reason: string;
}

/** What every adapter returns: input for `parseTimeline`, and what it could not map. */
export interface AdapterResult {
  /** A timeline document, to be validated with `parseTimeline` like any other input. */
  readonly document: { title?: string; description?: string; groups?: { id: string; label: string }[]; eras?: unknown[]; events: Record<string, unknown>[] };
  readonly unmapped: readonly AdapterIssue[];
}

/** A URL-safe id from any label ("France–Kazakhstan" → "france-kazakhstan"), unique within `taken`. */
export function slug(label: string, taken: Set<string>, fallback = 'item'): string {
  let base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || fallback;
  if (!ID_PATTERN.test(base)) base = `${fallback}-${base}`.slice(0, 80);
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

/** Parts of a date as spreadsheets and TimelineJS give them: numbers or strings, most optional. */
export interface DateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
}

const num = (v: unknown): number | undefined => {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  return Number.isFinite(n) ? n : NaN;
};
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An ISO date string at the precision the parts give (year; year-month; …; to the second), or a
 * reason it cannot be one. Years before 0 become `-0499` (500 BCE); past four digits, a year alone
 * in EDTF's form (`Y-13800000000`), since months mean little there.
 */
export function datePartsToString(parts: DateParts): { value: string } | { reason: string } {
  const [year, month, day, hour, minute, second] = [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second].map(num);
  if (year === undefined) return { reason: 'has no year' };
  if (!Number.isInteger(year)) return { reason: `year ${String(parts.year)} is not a whole number` };
  if (Math.abs(year) > 9999) return { value: `Y${year}` };
  let value = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  if (month !== undefined) {
    value += `-${pad(month)}`;
    if (day !== undefined) {
      value += `-${pad(day)}`;
      if (hour !== undefined) {
        value += `T${pad(hour)}:${pad(minute ?? 0)}`;
        if (second !== undefined) value += `:${pad(second)}`;
        value += 'Z';
      }
    }
  }
  return parseDate(value) ? { value } : { reason: `${JSON.stringify(parts)} is not a calendar date` };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»' };

/**
 * Plain text from an HTML fragment: scripts and styles dropped, tags removed, line breaks kept for
 * `<br>` and block ends, entities decoded. The result is shown as text, never parsed as HTML.
 */
export function htmlToText(html: unknown): string {
  if (typeof html !== 'string') return '';
  return html
    .replace(/<(script|style|template|noscript)\b[^]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote)\s*>/gi, '\n')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t\f\r]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i;
const VIDEO = /(youtube\.com|youtu\.be|vimeo\.com)|\.(mp4|webm|mov)(\?|#|$)/i;
const AUDIO = /(soundcloud\.com)|\.(mp3|ogg|wav|m4a)(\?|#|$)/i;

/** The media type a URL most likely has. */
export function mediaType(url: string): 'image' | 'video' | 'audio' | 'link' {
  if (IMAGE.test(url)) return 'image';
  if (VIDEO.test(url)) return 'video';
  if (AUDIO.test(url)) return 'audio';
  return 'link';
}
