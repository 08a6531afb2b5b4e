/**
 * The document format as valibot schemas: the single definition behind the runtime validator
 * ({@link parseTimeline}) and the published JSON Schema ({@link timelineJsonSchema}).
 * Rules that span several fields (unique ids, `end` after `start`, known groups) cannot be
 * said in JSON Schema; {@link parseTimeline} checks them after these schemas.
 * @module
 */
import * as v from 'valibot';
import { DATE_PATTERN, END_PATTERN, START_PATTERN } from './date.js';
import { MAX_URL_LENGTH } from './limits.js';
import type {
  TimelineActor,
  TimelineDocument,
  TimelineEra,
  TimelineEvent,
  TimelineGroup,
  TimelineMedia,
  TimelineNote,
  TimelinePlace,
  TimelineSource,
} from './types.js';

/** Issue codes that a field rule raises, keyed by the rule's pattern object. */
export const PATTERN_CODES = new Map<RegExp, string>();

function pattern(code: string, re: RegExp) {
  PATTERN_CODES.set(re, code);
  return v.regex(re);
}

/** URL-safe identifiers: they name events in deep links. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
/** http and https URLs only: no `javascript:`, `data:` or relative URLs reach a link or an image. */
export const HTTP_URL_PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+[^\s]*$/;
/** IANA time zone names (`Asia/Almaty`, `America/Argentina/Buenos_Aires`, `UTC`); whether the zone exists is checked at run time. */
export const TIME_ZONE_PATTERN = /^[A-Za-z][A-Za-z0-9_+-]{0,30}(?:\/[A-Za-z0-9_+-]{1,30}){0,2}$/;
/** Hex colours only, so that a colour can never escape the attribute it is written into. */
export const COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
/** Text with at least one character that is not white space. */
export const NOT_BLANK = /\S/;
const ALT_TEXT = /\S/;

const text = v.string();
const required = (code: string) => v.pipe(v.string(), pattern(code, new RegExp(NOT_BLANK.source)));
const dateString = v.pipe(v.string(), pattern('invalid-date', DATE_PATTERN));
const startString = v.pipe(v.string(), pattern('invalid-date', START_PATTERN));
const endString = v.pipe(v.string(), pattern('invalid-date', END_PATTERN));
const httpUrl = v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH), pattern('invalid-url', HTTP_URL_PATTERN));
const id = v.pipe(v.string(), pattern('invalid-id', ID_PATTERN));

export const ActorSchema = v.object({
  name: required('empty'),
  type: v.optional(v.picklist(['person', 'organisation', 'country'])),
  role: v.optional(text),
}) satisfies v.GenericSchema<unknown, TimelineActor>;

export const PlaceSchema = v.object({
  name: required('empty'),
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
}) satisfies v.GenericSchema<unknown, TimelinePlace>;

const mediaFields = { url: httpUrl, caption: v.optional(text), credit: v.optional(text) };

export const MediaSchema = v.variant('type', [
  v.object({ type: v.literal('image'), ...mediaFields, alt: v.pipe(v.string(), pattern('missing-alt', ALT_TEXT)) }),
  v.object({ type: v.picklist(['video', 'audio', 'link']), ...mediaFields, alt: v.optional(text) }),
]) satisfies v.GenericSchema<unknown, TimelineMedia>;

export const SourceSchema = v.object({
  title: required('empty'),
  url: v.optional(httpUrl),
  publisher: v.optional(text),
  published: v.optional(dateString),
}) satisfies v.GenericSchema<unknown, TimelineSource>;

export const NoteSchema = v.object({
  type: v.picklist(['correction', 'uncertainty', 'context']),
  text: required('empty'),
}) satisfies v.GenericSchema<unknown, TimelineNote>;

export const EventSchema = v.object({
  id,
  start: startString,
  end: v.optional(endString),
  timeZone: v.optional(v.pipe(v.string(), pattern('invalid-time-zone', TIME_ZONE_PATTERN))),
  title: required('empty-title'),
  summary: v.optional(text),
  displayDate: v.optional(text),
  group: v.optional(id),
  tags: v.optional(v.array(text)),
  importance: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  place: v.optional(PlaceSchema),
  actors: v.optional(v.array(ActorSchema)),
  media: v.optional(v.array(MediaSchema)),
  sources: v.optional(v.array(SourceSchema)),
  notes: v.optional(v.array(NoteSchema)),
}) satisfies v.GenericSchema<unknown, TimelineEvent>;

export const GroupSchema = v.object({
  id,
  label: required('empty'),
  color: v.optional(v.pipe(v.string(), pattern('invalid-color', COLOR_PATTERN))),
  description: v.optional(text),
}) satisfies v.GenericSchema<unknown, TimelineGroup>;

export const EraSchema = v.object({
  start: dateString,
  end: dateString,
  label: required('empty'),
}) satisfies v.GenericSchema<unknown, TimelineEra>;

const headerEntries = {
  title: v.optional(text),
  description: v.optional(text),
  locale: v.optional(v.pipe(v.string(), pattern('invalid-locale', /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/))),
};

/** The whole document, as published in the JSON Schema. */
export const DocumentSchema = v.object({
  ...headerEntries,
  groups: v.optional(v.array(GroupSchema)),
  eras: v.optional(v.array(EraSchema)),
  events: v.array(EventSchema),
}) satisfies v.GenericSchema<unknown, TimelineDocument>;

/**
 * The document with its lists left unchecked: {@link parseTimeline} checks each group, era
 * and event on its own, so that one bad event is dropped without losing the others.
 */
export const DocumentShellSchema = v.object({
  ...headerEntries,
  groups: v.optional(v.array(v.unknown())),
  eras: v.optional(v.array(v.unknown())),
  events: v.array(v.unknown()),
});
