/**
 * TimelineJS 3 data in: its JSON format and the spreadsheet columns it reads from Google Sheets.
 * @module
 */
import { csvParse } from 'd3';
import { datePartsToString, htmlToText, mediaType, slug, type AdapterIssue, type AdapterResult, type DateParts } from './common.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/**
 * A TimelineJS 3 JSON document (`{ title, events, eras, scale }`) as a news-timeline document.
 * Headlines and HTML text become plain text; `start_date`/`end_date` parts (numbers or strings)
 * become dates at their precision; `display_date`, `group`, `unique_id` and `media` (url, caption,
 * credit, alt) carry over; the title slide becomes the title and description. Negative and
 * deep-time years (`scale: "cosmological"`) become EDTF years (`-0499`, `Y-13800000000`), and
 * the timeline picks a year axis by itself. What cannot be carried (backgrounds) is listed in
 * `unmapped`.
 */
export function fromTimelineJS(input: unknown): AdapterResult {
  const unmapped: AdapterIssue[] = [];
  const root = obj(input);
  if (!root) return { document: { events: [] }, unmapped: [{ path: '', reason: 'is not a TimelineJS document (an object with "events")' }] };
  const scale = str(root.scale);
  const events = Array.isArray(root.events) ? root.events : [];
  if (!Array.isArray(root.events)) unmapped.push({ path: 'events', reason: 'is missing or not a list' });
  if (scale !== undefined && scale !== 'human' && scale !== 'cosmological') unmapped.push({ path: 'scale', reason: `"${scale}" is not a TimelineJS scale; the axis is chosen from the dates` });
  const ids = new Set<string>();
  const groupIds = new Map<string, string>();
  const groupTaken = new Set<string>();
  const out: Json[] = [];
  events.forEach((raw, i) => {
    const path = `events[${i}]`;
    const e = obj(raw);
    if (!e) return unmapped.push({ path, reason: 'is not an object' });
    const start = datePartsToString((obj(e.start_date) ?? {}) as DateParts);
    if ('reason' in start) return unmapped.push({ path: `${path}.start_date`, reason: start.reason });
    const text = obj(e.text) ?? {};
    const headline = htmlToText(text.headline);
    const body = htmlToText(text.text);
    const title = headline || body.split('\n')[0]?.slice(0, 120) || '';
    const event: Json = { id: slug(str(e.unique_id) ?? headline ?? '', ids, `event-${i + 1}`), start: start.value, title };
    if (e.end_date !== undefined) {
      const end = datePartsToString((obj(e.end_date) ?? {}) as DateParts);
      if ('reason' in end) unmapped.push({ path: `${path}.end_date`, reason: `${end.reason}; the event is kept as a point` });
      else event.end = end.value;
    }
    if (body && body !== title) event.summary = body;
    const display = str(e.display_date) ?? str(obj(e.start_date)?.display_date);
    if (display) event.displayDate = display;
    const group = str(e.group);
    if (group) {
      if (!groupIds.has(group)) groupIds.set(group, slug(group, groupTaken, 'group'));
      event.group = groupIds.get(group);
    }
    const media = obj(e.media);
    const url = str(media?.url);
    if (media && url) {
      const type = /^https?:\/\//i.test(url) ? mediaType(url) : undefined;
      if (!type) unmapped.push({ path: `${path}.media.url`, reason: `${JSON.stringify(url.slice(0, 60))} is not an http(s) URL (embed codes and local files are not carried over)` });
      else {
        const caption = htmlToText(media.caption);
        const credit = htmlToText(media.credit);
        const alt = str(media.alt) ?? (caption || headline);
        event.media = [{ type, url, ...(alt && { alt }), ...(caption && { caption }), ...(credit && { credit }) }];
      }
    }
    if (e.background !== undefined) unmapped.push({ path: `${path}.background`, reason: 'slide backgrounds are not shown' });
    out.push(event);
  });

  const eras: Json[] = [];
  (Array.isArray(root.eras) ? root.eras : []).forEach((raw, i) => {
    const era = obj(raw) ?? {};
    const start = datePartsToString((obj(era.start_date) ?? {}) as DateParts);
    const end = datePartsToString((obj(era.end_date) ?? {}) as DateParts);
    if ('reason' in start) return unmapped.push({ path: `eras[${i}].start_date`, reason: start.reason });
    if ('reason' in end) return unmapped.push({ path: `eras[${i}].end_date`, reason: end.reason });
    eras.push({ start: start.value, end: end.value, label: htmlToText(obj(era.text)?.headline) || `Era ${i + 1}` });
  });

  const titleSlide = obj(obj(root.title)?.text);
  const title = htmlToText(titleSlide?.headline);
  const description = htmlToText(titleSlide?.text);
  return {
    document: {
      ...(title && { title }),
      ...(description && { description }),
      ...(groupIds.size && { groups: [...groupIds].map(([label, id]) => ({ id, label })) }),
      ...(eras.length && { eras }),
      events: out,
    },
    unmapped,
  };
}

/**
 * A TimelineJS spreadsheet, as Google Sheets publishes it to CSV (columns Year, Month, Day, Time,
 * End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit,
 * Media Caption, Media Thumbnail, Type, Group, Background). Rows of Type "title" give the title;
 * rows of Type "era" give eras.
 */
export function fromTimelineJSSheet(csv: string): AdapterResult {
  const rows = csvParse(csv.replace(/^\uFEFF/, ''));
  const col = (row: Json, name: string) => {
    const key = Object.keys(row).find((k) => k.trim().toLowerCase() === name);
    return key === undefined ? undefined : str(row[key]);
  };
  const time = (t: string | undefined) => {
    const m = t ? /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(t) : null;
    if (!m) return {};
    let hour = Number(m[1]);
    if (m[4]?.toLowerCase() === 'pm' && hour < 12) hour += 12;
    if (m[4]?.toLowerCase() === 'am' && hour === 12) hour = 0;
    return { hour, minute: Number(m[2]), ...(m[3] && { second: Number(m[3]) }) };
  };
  const slide = (row: Json) => ({
    start_date: { year: col(row, 'year'), month: col(row, 'month'), day: col(row, 'day'), ...time(col(row, 'time')) },
    ...(col(row, 'end year') && { end_date: { year: col(row, 'end year'), month: col(row, 'end month'), day: col(row, 'end day'), ...time(col(row, 'end time')) } }),
    text: { headline: col(row, 'headline'), text: col(row, 'text') },
    ...(col(row, 'media') && { media: { url: col(row, 'media'), credit: col(row, 'media credit'), caption: col(row, 'media caption') } }),
    ...(col(row, 'display date') && { display_date: col(row, 'display date') }),
    ...(col(row, 'group') && { group: col(row, 'group') }),
    ...(col(row, 'background') && { background: col(row, 'background') }),
  });
  const events: Json[] = [];
  const eras: Json[] = [];
  let title: Json | undefined;
  const rowIndex: number[] = [];
  rows.forEach((row, i) => {
    const type = col(row, 'type')?.toLowerCase();
    if (type === 'title') title = slide(row);
    else if (type === 'era') eras.push(slide(row));
    else {
      events.push(slide(row));
      rowIndex.push(i);
    }
  });
  const result = fromTimelineJS({ events, eras, ...(title && { title }) });
  // Point issues at spreadsheet rows (row 1 is the header).
  const unmapped = result.unmapped.map((issue) => {
    const m = /^events\[(\d+)\](.*)$/.exec(issue.path);
    return m ? { path: `row ${rowIndex[Number(m[1])]! + 2}${m[2] ? ` (${m[2].slice(1)})` : ''}`, reason: issue.reason } : issue;
  });
  return { document: result.document, unmapped };
}
