/**
 * `parseTimeline`: the one runtime entry point for untrusted timeline data.
 * @module
 */
import * as v from 'valibot';
import { hasFloatingTime, OPEN_END, parseDate } from './date.js';
import { fastEvent } from './fast.js';
import { clip, flatNeedsClip } from './limits.js';
import { isTimeZone } from './time-zone.js';
import {
  DocumentShellSchema,
  EraSchema,
  EventSchema,
  GroupSchema,
  PATTERN_CODES,
} from './schema.js';
import type { TimelineDocument, TimelineEra, TimelineEvent, TimelineGroup } from './types.js';

/** How serious an issue is: an `error` drops the item it names; a `warning` keeps it. */
export type IssueSeverity = 'error' | 'warning';

/** One thing wrong with the input, and where. */
export interface TimelineIssue {
  readonly severity: IssueSeverity;
  /**
   * Machine-readable reason: `invalid-document`, `missing`, `invalid-type`, `invalid-value`,
   * `invalid-date`, `invalid-id`, `invalid-url`, `invalid-color`, `invalid-locale`, `empty`,
   * `empty-title`, `missing-alt`, `out-of-range`, `duplicate-id`, `end-before-start`,
   * `invalid-time-zone`, `unknown-time-zone`,
   * `unknown-group`, `unknown-field`, `floating-time`, `too-many-events`, `too-long` (a text
   * shortened, or a list cut, to its limit in `limits.ts`; a warning, except for URLs).
   */
  readonly code: string;
  /** Where, as a JavaScript-style path: `events[3].start`; `""` for the document itself. */
  readonly path: string;
  /** The reason alone, e.g. `"2023-13-01" is not a valid date`. */
  readonly reason: string;
  /** `path: reason`, ready to show. */
  readonly message: string;
}

/** What {@link parseTimeline} returns. */
export interface ParseResult {
  /** The document with every invalid group, era and event left out. Frozen. */
  readonly document: TimelineDocument;
  /** Every error and warning, in document order. */
  readonly issues: readonly TimelineIssue[];
  /** The issues whose severity is `error`. */
  readonly errors: readonly TimelineIssue[];
}

/** The most events a document may hold; past it, the rest are left out with an error (the page stays responsive). */
export const MAX_EVENTS = 500_000;

const DATE_HINT = 'use ISO 8601 such as 2023, 2023-11, 2023-11-09 or 2023-11-09T10:30+06:00, or EDTF such as 2023-10~, 199X, 2023-21 or -0499';

/**
 * Validates untrusted input (parsed JSON, or an object built in code) as a timeline document.
 *
 * Never throws. Invalid events, groups and eras are dropped and reported with a path and a
 * reason; everything valid survives. Unknown fields are warnings. A bare array is read as the
 * document's `events`.
 *
 * @example
 * const { document, errors } = parseTimeline(JSON.parse(text));
 * for (const e of errors) console.warn(e.message); // events[3].start: "2023-13-01" is not a valid date (…)
 */
export function parseTimeline(input: unknown): ParseResult {
  const issues: TimelineIssue[] = [];
  const source = Array.isArray(input) ? { events: input } : input;

  if (typeof source !== 'object' || source === null) {
    issues.push(issue('error', 'invalid-document', '', `expected a timeline document (an object with "events"), got ${describe(source)}`));
    return result({ events: [] }, issues);
  }
  const shell = v.safeParse(DocumentShellSchema, source, { abortPipeEarly: true });
  if (!shell.success) {
    const fatal = shell.issues.some((i) => i.path?.length === 1 && i.path[0]!.key === 'events');
    for (const i of shell.issues) issues.push(fromValibot(i, []));
    if (fatal) return result({ events: [] }, issues);
  }
  const raw = source as Record<string, unknown>;
  const header = shell.success ? shell.output : pickValid(raw);
  unknownFields(raw, ['title', 'description', 'locale', 'groups', 'eras', 'events'], '', issues);

  // A later group with an id already taken is reported and dropped, like a duplicate event.
  const groupPaths = new Map<string, string>();
  const groups = list<TimelineGroup>(raw.groups, 'groups', GroupSchema, issues, (group, path) => {
    const first = groupPaths.get(group.id);
    if (first !== undefined) {
      issues.push(issue('error', 'duplicate-id', `${path}.id`, `"${group.id}" is already the id of ${first}`));
      return false;
    }
    groupPaths.set(group.id, path);
    return true;
  });
  const eras = list<TimelineEra>(raw.eras, 'eras', EraSchema, issues, (era, path) => checkOrder(era, path, issues));

  const events: TimelineEvent[] = [];
  const seen = new Map<string, number>();
  const groupIds = new Set(groups?.map((g) => g.id));
  const allEvents = Array.isArray(raw.events) ? raw.events : [];
  if (allEvents.length > MAX_EVENTS) {
    issues.push(issue('error', 'too-many-events', 'events', `has ${allEvents.length} events; only the first ${MAX_EVENTS} are read`));
  }
  const count = Math.min(allEvents.length, MAX_EVENTS);
  for (let index = 0; index < count; index++) {
    const item: unknown = allEvents[index];
    // Most events are flat and valid: checked without valibot. The rest get the full schema. The
    // event's path is spelled out only for an issue (building all 100,000 took about 20 ms).
    let event = fastEvent(item);
    const flat = event !== undefined;
    if (!event) {
      const parsed = v.safeParse(EventSchema, item, { abortPipeEarly: true });
      unknownFieldsDeep(EventSchema, item, eventPath(index), issues);
      if (!parsed.success) {
        for (const i of parsed.issues) issues.push(fromValibot(i, [eventPath(index)]));
        continue;
      }
      event = parsed.output as TimelineEvent;
    }
    if (!checkOrder(event, index, issues)) continue;
    if (!flat || flatNeedsClip(event)) clipped(event, eventPath(index), issues);
    const first = seen.get(event.id);
    if (first !== undefined) {
      issues.push(issue('error', 'duplicate-id', `${eventPath(index)}.id`, `"${event.id}" is already the id of events[${first}]`));
      continue;
    }
    seen.set(event.id, index);
    if (event.group !== undefined && groups && !groupIds.has(event.group)) {
      issues.push(issue('warning', 'unknown-group', `${eventPath(index)}.group`, `"${event.group}" is not one of the document's groups; it gets a lane of its own`));
    }
    if (event.timeZone !== undefined && !isTimeZone(event.timeZone)) {
      issues.push(issue('warning', 'unknown-time-zone', `${eventPath(index)}.timeZone`, `"${event.timeZone}" is not a time zone this browser knows; times are shown as written`));
      delete (event as { timeZone?: string }).timeZone;
    }
    if (event.timeZone === undefined) {
      if (hasFloatingTime(event.start)) floating(event.start, `${eventPath(index)}.start`, issues);
      if (event.end !== undefined && hasFloatingTime(event.end)) floating(event.end, `${eventPath(index)}.end`, issues);
    }
    // A flat event is frozen here (its only list is its tags), so deepFreeze can pass over it.
    if (flat) {
      if (event.tags) Object.freeze(event.tags);
      Object.freeze(event);
    }
    events.push(event);
  }

  const head: Pick<TimelineDocument, 'title' | 'description'> = {
    ...(header.title !== undefined && { title: header.title }),
    ...(header.description !== undefined && { description: header.description }),
  };
  clipped(head, '', issues);
  const document: TimelineDocument = {
    ...head,
    ...(header.locale !== undefined && { locale: header.locale }),
    ...(groups && { groups }),
    ...(eras && { eras }),
    events,
  };
  return result(document, issues);
}

function result(document: TimelineDocument, issues: TimelineIssue[]): ParseResult {
  return Object.freeze({
    document: deepFreeze(document),
    issues: Object.freeze(issues),
    errors: Object.freeze(issues.filter((i) => i.severity === 'error')),
  });
}

function issue(severity: IssueSeverity, code: string, path: string, reason: string): TimelineIssue {
  return Object.freeze({ severity, code, path, reason, message: path ? `${path}: ${reason}` : reason });
}

/** Validates each item of a list on its own; keeps those that pass the schema and `accept`. */
function list<T>(
  value: unknown,
  name: string,
  schema: v.GenericSchema,
  issues: TimelineIssue[],
  accept: (item: T, path: string) => boolean = () => true,
): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: T[] = [];
  value.forEach((item, index) => {
    const path = `${name}[${index}]`;
    const parsed = v.safeParse(schema, item, { abortPipeEarly: true });
    unknownFieldsDeep(schema, item, path, issues);
    if (!parsed.success) for (const i of parsed.issues) issues.push(fromValibot(i, [path]));
    else if (accept(parsed.output as T, path)) {
      clipped(parsed.output as Record<string, unknown>, path, issues);
      out.push(parsed.output as T);
    }
  });
  return out;
}

/** Shortens over-long text in a validated item (see `limits.ts`), with a warning for each. */
function clipped(item: object, path: string, issues: TimelineIssue[]): void {
  for (const c of clip(item as Record<string, unknown>, path)) issues.push(issue('warning', 'too-long', c.path, c.reason));
}

function floating(value: string, path: string, issues: TimelineIssue[]): void {
  issues.push(issue('warning', 'floating-time', path, `"${value}" has a time but no UTC offset or timeZone; it is read as UTC`));
}

/**
 * Reports an `end` that falls wholly before its `start`; returns whether the order is valid.
 * `at` is the item's path, or an event's index (its path spelled out only for an issue).
 */
function checkOrder(item: { start: string; end?: string }, at: string | number, issues: TimelineIssue[]): boolean {
  const known = (value: string | undefined) => value !== undefined && value !== OPEN_END && value !== '';
  if (item.start === OPEN_END && !known(item.end)) {
    issues.push(issue('error', 'invalid-date', `${spell(at)}.start`, `".." (an open start) needs a known end`));
    return false;
  }
  if (item.start === OPEN_END || !known(item.end)) return true;
  const start = parseDate(item.start)!;
  const end = parseDate(item.end)!;
  if (end.end > start.start) return true;
  issues.push(issue('error', 'end-before-start', `${spell(at)}.end`, `"${item.end}" is before the start "${item.start}"`));
  return false;
}

const spell = (at: string | number) => (typeof at === 'string' ? at : eventPath(at));
const eventPath = (index: number) => `events[${index}]`;

function pickValid(raw: Record<string, unknown>) {
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
  const locale = str(raw.locale);
  return {
    title: str(raw.title),
    description: str(raw.description),
    locale: locale && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(locale) ? locale : undefined,
  };
}

type AnyIssue = v.BaseIssue<unknown>;

function fromValibot(i: AnyIssue, prefix: string[]): TimelineIssue {
  const keys = (i.path ?? []).map((p) => p.key as string | number);
  const path = joinPath(prefix.join('.'), keys);
  const last = keys[keys.length - 1];
  const got = describe(i.input);
  if (i.kind === 'schema' && i.input === undefined) {
    if (last === 'alt') return issue('error', 'missing-alt', path, 'an image needs alt text');
    return issue('error', 'missing', path, 'is required but missing');
  }
  if (i.type === 'regex') {
    const code = PATTERN_CODES.get(i.requirement as RegExp) ?? 'invalid-value';
    const reasons: Record<string, string> = {
      'invalid-date': `${got} is not a valid date (${DATE_HINT})`,
      'invalid-url': `${got} is not an http(s) URL`,
      'invalid-id': `${got} is not a URL-safe id (1–100 letters, digits, "-" or "_", not starting with "-" or "_")`,
      'invalid-color': `${got} is not a hex colour such as #1f6feb`,
      'invalid-locale': `${got} is not a language tag such as en-GB`,
      'invalid-time-zone': `${got} is not an IANA time zone name such as Asia/Almaty`,
      'missing-alt': 'an image needs alt text',
      'empty-title': 'the title is empty',
      empty: 'is empty',
    };
    return issue('error', code, path, reasons[code] ?? `${got} is not valid`);
  }
  if (i.type === 'max_length') {
    return issue('error', 'too-long', path, `is ${(i.input as string).length.toLocaleString('en-US')} characters long; the limit is ${Number(i.requirement).toLocaleString('en-US')}`);
  }
  if (i.type === 'min_value' || i.type === 'max_value' || i.type === 'integer') {
    return issue('error', 'out-of-range', path, `${got} is out of range (${i.expected ?? i.type})`);
  }
  if (i.type === 'picklist' || i.type === 'literal' || i.type === 'variant') {
    return issue('error', 'invalid-value', path, `${got} is not one of ${i.expected}`);
  }
  return issue('error', 'invalid-type', path, `expected ${article(i.expected ?? i.type)}, got ${got}`);
}

function article(expected: string): string {
  const names: Record<string, string> = { string: 'a string', number: 'a number', Array: 'an array', Object: 'an object' };
  return names[expected] ?? expected;
}

function joinPath(prefix: string, keys: (string | number)[]): string {
  let out = prefix;
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

/** Describes a received value for a message, clipped so a hostile value cannot flood it. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  return String(value);
}

function unknownFields(value: Record<string, unknown>, known: string[], path: string, issues: TimelineIssue[]) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      issues.push(issue('warning', 'unknown-field', joinPath(path, [key]), 'is not a known field and was ignored'));
    }
  }
}

type SchemaNode = {
  type?: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  options?: SchemaNode[];
  key?: string;
  literal?: unknown;
  pipe?: readonly SchemaNode[];
};

/** A walker that reports unknown keys of a value against one schema, compiled once per schema. */
type Walker = (value: unknown, path: string, issues: TimelineIssue[]) => void;
const walkers = new WeakMap<object, Walker>();

/** Walks a valibot schema beside a value and warns about every key the schema does not know. */
function unknownFieldsDeep(schema: unknown, value: unknown, path: string, issues: TimelineIssue[]): void {
  walkerFor(schema as SchemaNode)(value, path, issues);
}

function walkerFor(schema: SchemaNode): Walker {
  let walker = walkers.get(schema);
  if (walker) return walker;
  walker = compile(schema.pipe ? schema.pipe[0]! : schema);
  walkers.set(schema, walker);
  return walker;
}

const noop: Walker = () => {};

function compile(node: SchemaNode): Walker {
  if (node.type === 'optional') return walkerFor(node.wrapped!);
  if (node.type === 'array') {
    const item = walkerFor(node.item!);
    return (value, path, issues) => {
      if (Array.isArray(value)) value.forEach((v, i) => item(v, `${path}[${i}]`, issues));
    };
  }
  if (node.type === 'variant') {
    // Options by the value of their discriminator (a literal or a picklist).
    const byValue = new Map<unknown, Walker>();
    for (const option of node.options!) {
      const d = option.entries![node.key!] as SchemaNode & { options?: unknown[] };
      const values = d.type === 'literal' ? [d.literal] : (d.options as unknown[] | undefined) ?? [];
      for (const value of values) byValue.set(value, walkerFor(option));
    }
    return (value, path, issues) => {
      if (typeof value === 'object' && value !== null) byValue.get((value as Record<string, unknown>)[node.key!])?.(value, path, issues);
    };
  }
  if (node.type === 'object' && node.entries) {
    const known = new Set(Object.keys(node.entries));
    const children = Object.entries(node.entries).map(([key, child]) => [key, walkerFor(child)] as const);
    return (value, path, issues) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      const record = value as Record<string, unknown>;
      for (const key in record) {
        if (!Object.hasOwn(record, key)) continue;
        if (!known.has(key)) issues.push(issue('warning', 'unknown-field', joinPath(path, [key]), 'is not a known field and was ignored'));
      }
      for (const [key, child] of children) {
        const v = record[key];
        if (v !== undefined && typeof v === 'object' && Object.hasOwn(record, key)) child(v, joinPath(path, [key]), issues);
      }
    };
  }
  return noop;
}

/** Freezes the document, its lists and their items (the objects inside events are new copies too). */
function deepFreeze<T>(value: T, depth = 3): T {
  if (depth > 0 && typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key], depth - 1);
  }
  return value;
}
