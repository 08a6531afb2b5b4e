/**
 * A fast path for the common shape of an event (strings, tags and an importance; nothing
 * nested), so that a document of 100,000 such events is validated without building valibot's
 * per-field results. Anything else, or anything invalid, goes through the full schema, which
 * also words the error messages. `test/schema/fast.test.ts` checks, over generated events,
 * that this path accepts only what {@link EventSchema} accepts and returns the same output.
 * @module
 */
import { OPEN_END, parseDate } from './date.js';
import { ID_PATTERN, NOT_BLANK, TIME_ZONE_PATTERN } from './schema.js';
import type { TimelineEvent } from './types.js';

// START_PATTERN and END_PATTERN are `..`, `""` (end only) or a date: the same test through
// parseDate's cache, which turns 100,000 events of a few thousand distinct dates into lookups.
const isDate = (value: string) => value === OPEN_END || parseDate(value) !== undefined;

function isStringList(list: unknown): list is string[] {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== 'string') return false;
  return true;
}

/**
 * A fresh copy of `item` when it is a valid event made only of flat fields (the output
 * `EventSchema` would give, keys in the schema's order), or `undefined` when it needs the full
 * validator: nested fields (place, actors, media, sources, notes), unknown or inherited keys, an
 * `undefined` value, or anything invalid. One block per field, on purpose: the same checks driven
 * by a table of fields ran two to three times slower on 100,000 events under Node.
 */
export function fastEvent(item: unknown): TimelineEvent | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const proto: unknown = Object.getPrototypeOf(item);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const r = item as Record<string, unknown>;
  const { id, start, end, timeZone, title, summary, displayDate, group, tags, importance } = r;
  if (typeof id !== 'string' || !ID_PATTERN.test(id) || !Object.hasOwn(r, 'id')) return undefined;
  if (typeof start !== 'string' || !isDate(start) || !Object.hasOwn(r, 'start')) return undefined;
  if (typeof title !== 'string' || !NOT_BLANK.test(title) || !Object.hasOwn(r, 'title')) return undefined;
  const out: Record<string, unknown> = { id, start };
  // Each optional field present counts; a key that is not one of them leaves the count short.
  let known = 3;
  if (end !== undefined) {
    if (!Object.hasOwn(r, 'end')) return undefined;
    if (typeof end !== 'string' || (end !== '' && !isDate(end))) return undefined;
    out.end = end;
    known++;
  }
  if (timeZone !== undefined) {
    if (!Object.hasOwn(r, 'timeZone')) return undefined;
    if (typeof timeZone !== 'string' || !TIME_ZONE_PATTERN.test(timeZone)) return undefined;
    out.timeZone = timeZone;
    known++;
  }
  out.title = title;
  if (summary !== undefined) {
    if (!Object.hasOwn(r, 'summary')) return undefined;
    if (typeof summary !== 'string') return undefined;
    out.summary = summary;
    known++;
  }
  if (displayDate !== undefined) {
    if (!Object.hasOwn(r, 'displayDate')) return undefined;
    if (typeof displayDate !== 'string') return undefined;
    out.displayDate = displayDate;
    known++;
  }
  if (group !== undefined) {
    if (!Object.hasOwn(r, 'group')) return undefined;
    if (typeof group !== 'string' || !ID_PATTERN.test(group)) return undefined;
    out.group = group;
    known++;
  }
  if (tags !== undefined) {
    if (!Object.hasOwn(r, 'tags')) return undefined;
    if (!isStringList(tags)) return undefined;
    out.tags = tags.slice();
    known++;
  }
  if (importance !== undefined) {
    if (!Object.hasOwn(r, 'importance')) return undefined;
    if (typeof importance !== 'number' || !Number.isInteger(importance) || importance < 1 || importance > 5) return undefined;
    out.importance = importance;
    known++;
  }
  // Every value read is the item's own; its own enumerable keys are exactly those fields. Any
  // other key (unknown, nested, or an own key holding undefined) sends the item to valibot.
  if (Object.keys(r).length !== known) return undefined;
  return out as unknown as TimelineEvent;
}
