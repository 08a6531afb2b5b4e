/**
 * Length limits that keep the page alive when a document holds a megabyte of title or ten
 * thousand tags. Text over its limit is shortened (with a warning naming the path), so the event
 * still shows; lists over their limit keep their first items. URLs have a hard limit in the schema
 * instead, since a shortened URL would point somewhere else.
 * @module
 */

/** The most characters a text field may hold, by field name; longer text is shortened. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = Object.freeze({
  title: 1_000,
  summary: 50_000,
  description: 50_000,
  displayDate: 200,
  label: 200,
  name: 500,
  role: 500,
  publisher: 500,
  caption: 2_000,
  credit: 1_000,
  alt: 2_000,
  text: 10_000,
  tags: 100,
});

/** The most items a list inside an event may hold; later items are left out. */
export const LIST_LIMITS: Readonly<Record<string, number>> = Object.freeze({
  tags: 50,
  actors: 100,
  media: 50,
  sources: 100,
  notes: 50,
});

/** The longest URL accepted in `url` fields (longer ones are invalid, like any bad URL). */
export const MAX_URL_LENGTH = 2_048;

/** A limit that was applied: where, and what it did. */
export interface Clipped {
  readonly path: string;
  readonly reason: string;
}

const count = (n: number) => n.toLocaleString('en-US');

/** `value` cut to at most `limit` characters (ending in "…"), never splitting a surrogate pair. */
export function shorten(value: string, limit: number): string {
  if (value.length <= limit) return value;
  let cut = value.slice(0, limit - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const OPENERS = /[\u202A\u202B\u202D\u202E\u2066-\u2068]/;

/**
 * `value` with every unclosed bidirectional embedding, override (U+202A–U+202E) or isolate
 * (U+2066–U+2068) closed at its end, so that a right-to-left override in a title cannot reverse
 * the date or the lane name written after it. Strings without an opener come back as they are.
 */
export function balanceBidi(value: string): string {
  if (!OPENERS.test(value)) return value;
  const stack: string[] = [];
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    if (c === 0x202a || c === 0x202b || c === 0x202d || c === 0x202e) stack.push('\u202C');
    else if (c >= 0x2066 && c <= 0x2068) stack.push('\u2069');
    else if (c === 0x202c) {
      if (stack[stack.length - 1] === '\u202C') stack.pop();
    } else if (c === 0x2069) {
      // Closes the innermost isolate and any embeddings opened inside it.
      const at = stack.lastIndexOf('\u2069');
      if (at >= 0) stack.length = at;
    }
  }
  return value + stack.reverse().join('');
}

/**
 * Whether {@link clip} could change an event of the flat shape that `fastEvent` accepts: one of its
 * texts over its limit or holding a bidirectional opener, or too many tags. A quick test for the
 * common case, so that most events skip `clip`'s walk over their keys; when it says yes, `clip`
 * does the work (and may find nothing to do). Its id, dates, time zone and group need no test:
 * their patterns allow ASCII alone, which is never over a limit here nor an opener.
 */
export function flatNeedsClip(event: { title: string; summary?: string; displayDate?: string; tags?: readonly string[] }): boolean {
  const { title, summary, displayDate, tags } = event;
  if (title.length > TEXT_LIMITS.title! || OPENERS.test(title)) return true;
  if (summary !== undefined && (summary.length > TEXT_LIMITS.summary! || OPENERS.test(summary))) return true;
  if (displayDate !== undefined && (displayDate.length > TEXT_LIMITS.displayDate! || OPENERS.test(displayDate))) return true;
  if (tags !== undefined) {
    if (tags.length > LIST_LIMITS.tags!) return true;
    for (let i = 0; i < tags.length; i++) if (tags[i]!.length > TEXT_LIMITS.tags! || OPENERS.test(tags[i]!)) return true;
  }
  return false;
}

/** Shortened and balanced within `limit`: room is made for the closers balancing adds. */
function fit(value: string, limit: number): string {
  const once = balanceBidi(shorten(value, limit));
  return once.length <= limit ? once : balanceBidi(shorten(value, limit - (once.length - limit)));
}

/**
 * Applies {@link TEXT_LIMITS}, {@link LIST_LIMITS} and {@link balanceBidi} in place to a freshly
 * validated (not yet frozen) object and everything under it; returns what it changed, by path.
 * Runs on every event, so paths are only spelled out for what it changes.
 */
export function clip(value: Record<string, unknown>, path: string, out: Clipped[] = []): Clipped[] {
  for (const key in value) {
    const child = value[key];
    if (typeof child === 'string') value[key] = text(child, key, path, -1, out);
    else if (Array.isArray(child)) {
      const max = LIST_LIMITS[key];
      if (max !== undefined && child.length > max) {
        out.push({ path: join(path, key), reason: `has ${count(child.length)} items; only the first ${count(max)} are kept` });
        child.length = max;
      }
      for (let i = 0; i < child.length; i++) {
        const item: unknown = child[i];
        if (typeof item === 'string') child[i] = text(item, key, path, i, out);
        else if (typeof item === 'object' && item !== null) clip(item as Record<string, unknown>, `${join(path, key)}[${i}]`, out);
      }
    } else if (typeof child === 'object' && child !== null) clip(child as Record<string, unknown>, join(path, key), out);
  }
  return out;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * One text value of field `key` (item `index` of a list, or -1) balanced and, over its limit,
 * shortened with a note in `out`. Runs for every string of every event: no allocation unless it
 * changes something.
 */
function text(value: string, key: string, path: string, index: number, out: Clipped[]): string {
  const limit = TEXT_LIMITS[key];
  if (limit === undefined || value.length <= limit) return balanceBidi(value);
  out.push({ path: index < 0 ? join(path, key) : `${join(path, key)}[${index}]`, reason: `is ${count(value.length)} characters long; shortened to the first ${count(limit)}` });
  return fit(value, limit);
}
