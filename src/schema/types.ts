/**
 * The timeline document format: what authors write and what `<news-timeline>` renders.
 *
 * Every date is an ISO 8601 string whose written precision is kept: `"2023"` is the whole
 * year 2023, `"2023-11"` the whole of November 2023, `"2023-11-09"` one day and
 * `"2023-11-09T10:30+06:00"` one minute. See {@link DateString}.
 *
 * The runtime validator is {@link parseTimeline}; the same rules are published as a JSON
 * Schema (`news-timeline/schema.json`).
 *
 * @module
 */

/**
 * An ISO 8601 calendar date or date-time, at the precision the author knows:
 * `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDThh:mm`, `YYYY-MM-DDThh:mm:ss` (optionally with
 * fractions of a second), each time optionally followed by `Z` or a UTC offset such as `+06:00`.
 * A time without an offset is read as UTC (and reported as a warning).
 */
export type DateString = string;

/** A person, organisation or country taking part in an event. */
export interface TimelineActor {
  /** The name as it should be shown, e.g. "Kassym-Jomart Tokayev". */
  name: string;
  /** What kind of actor this is. */
  type?: 'person' | 'organisation' | 'country';
  /** The actor's role at the time of the event, e.g. "President of Kazakhstan". */
  role?: string;
}

/** Where an event happened. */
export interface TimelinePlace {
  /** The place's name as it should be shown, e.g. "Astana (Akorda)". */
  name: string;
  /** Latitude in decimal degrees, −90…90. */
  lat?: number;
  /** Longitude in decimal degrees, −180…180. */
  lon?: number;
}

/** An image illustrating an event. `alt` is required: every image needs a text alternative. */
export interface TimelineImage {
  type: 'image';
  /** An http(s) URL. */
  url: string;
  /** The text alternative read by screen readers and shown when the image fails to load. */
  alt: string;
  caption?: string;
  credit?: string;
}

/** A video, audio clip or embeddable page about an event. */
export interface TimelineOtherMedia {
  type: 'video' | 'audio' | 'link';
  /** An http(s) URL. */
  url: string;
  /** A short description of the media, used as its accessible name. */
  alt?: string;
  caption?: string;
  credit?: string;
}

/** Media attached to an event. */
export type TimelineMedia = TimelineImage | TimelineOtherMedia;

/** A source that backs an event: every event in a news timeline should carry at least one. */
export interface TimelineSource {
  /** The title of the article, transcript or document. */
  title: string;
  /** An http(s) URL, where the source is online. */
  url?: string;
  /** The outlet or institution that published it, e.g. "TASS". */
  publisher?: string;
  /** When it was published. */
  published?: DateString;
}

/** An editorial note shown with an event. */
export interface TimelineNote {
  /**
   * `correction`: reporting elsewhere differs from the record (e.g. an article's wrong date);
   * `uncertainty`: how a date or fact was derived or what is not confirmed; `context`: anything else.
   */
  type: 'correction' | 'uncertainty' | 'context';
  text: string;
}

/** One event on the timeline: a point in time (no `end`) or a span (`start` to `end`). */
export interface TimelineEvent {
  /**
   * Unique within the document and URL-safe (`[A-Za-z0-9][A-Za-z0-9_-]*`, at most 100
   * characters): it names the event in deep links.
   */
  id: string;
  /** When the event began, at the precision known (`".."`: before anything known). */
  start: DateString;
  /**
   * When the event ended, inclusive at its precision: `"2022-01-19"` means the end of that day.
   * `".."`: it is still going on; `""`: it ended, but when is not known.
   */
  end?: DateString;
  /**
   * The IANA time zone the event happened in, e.g. `"Asia/Almaty"`. A time written without an
   * offset is read in this zone, and times are shown in it (with its name) unless the element's
   * `time-zone` attribute asks for the reader's zone or another.
   */
  timeZone?: string;
  /** A short headline, plain text. */
  title: string;
  /** A few sentences on what happened, plain text. */
  summary?: string;
  /**
   * The author's own wording of the date, e.g. "late October 2023" or "early morning". Shown
   * beside the precise date; it never moves the event on the axis.
   */
  displayDate?: string;
  /** The id of the lane the event belongs to (one of the document's `groups`). */
  group?: string;
  /** Free keywords. */
  tags?: string[];
  /** 1 (minor) to 5 (major); decides which labels are kept when space runs short. Default 3. */
  importance?: number;
  place?: TimelinePlace;
  actors?: TimelineActor[];
  media?: TimelineMedia[];
  sources?: TimelineSource[];
  notes?: TimelineNote[];
}

/** A lane of the timeline. */
export interface TimelineGroup {
  /** Referred to by events' `group`. URL-safe like event ids. */
  id: string;
  /** The lane's heading, e.g. "France–Kazakhstan". */
  label: string;
  /** A hex colour (`#rgb` or `#rrggbb`) for the lane's marks. Defaults to a colour-blind-safe palette. */
  color?: string;
  /** A sentence describing what the lane holds. */
  description?: string;
}

/** A background band that names a period, e.g. "Run-up to Putin's visit". */
export interface TimelineEra {
  start: DateString;
  end: DateString;
  label: string;
}

/** A whole timeline: the story's title, its lanes, eras and events. */
export interface TimelineDocument {
  title?: string;
  description?: string;
  /** A BCP 47 language tag for dates and UI strings, e.g. "en-GB". The element's `lang` wins. */
  locale?: string;
  groups?: TimelineGroup[];
  eras?: TimelineEra[];
  events: TimelineEvent[];
}
