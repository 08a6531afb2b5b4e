/**
 * vis-timeline items and groups in.
 * @module
 */
import { parseDate } from '../schema/date.js';
import { htmlToText, slug, type AdapterIssue, type AdapterResult } from './common.js';

type Json = Record<string, unknown>;

/** A vis-timeline date (Date, epoch ms, or string) as an ISO string: a day when it falls on UTC midnight. */
function visDate(value: unknown): string | undefined {
  if (typeof value === 'string' && parseDate(value.trim())) return value.trim();
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  if (iso.startsWith('-') || iso.startsWith('+')) return undefined;
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
}

/**
 * vis-timeline `items` (start and end as Date, number or string; `content` as HTML; `group`,
 * `type`, `title`, `className`) and `groups` (`id`, `content`) as a news-timeline document.
 * `content` becomes the title as plain text and `title` (vis's tooltip) the summary; `type:
 * "background"` items become eras.
 */
export function fromVisTimeline(items: unknown, groups?: unknown): AdapterResult {
  const unmapped: AdapterIssue[] = [];
  const list = Array.isArray(items) ? items : items && typeof (items as { get?: unknown }).get === 'function' ? (items as { get(): unknown[] }).get() : undefined;
  if (!list) return { document: { events: [] }, unmapped: [{ path: 'items', reason: 'is not a list of vis-timeline items' }] };
  const groupList = Array.isArray(groups) ? groups : groups && typeof (groups as { get?: unknown }).get === 'function' ? (groups as { get(): unknown[] }).get() : [];
  const taken = new Set<string>();
  const groupIds = new Map<string, string>();
  const outGroups = groupList.flatMap((raw, i) => {
    const g = raw as Json;
    if (g?.id === undefined) {
      unmapped.push({ path: `groups[${i}]`, reason: 'has no id' });
      return [];
    }
    const id = slug(String(g.id), taken, 'group');
    groupIds.set(String(g.id), id);
    return [{ id, label: htmlToText(g.content) || String(g.id) }];
  });
  const ids = new Set<string>();
  const events: Json[] = [];
  const eras: Json[] = [];
  list.forEach((raw, i) => {
    const path = `items[${i}]`;
    const item = raw as Json;
    if (!item || typeof item !== 'object') return unmapped.push({ path, reason: 'is not an object' });
    const start = visDate(item.start);
    if (!start) return unmapped.push({ path: `${path}.start`, reason: `${JSON.stringify(item.start)} is not a date` });
    const end = item.end === undefined || item.end === null ? undefined : visDate(item.end);
    if (item.end !== undefined && item.end !== null && !end) unmapped.push({ path: `${path}.end`, reason: `${JSON.stringify(item.end)} is not a date; kept as a point` });
    const title = htmlToText(item.content);
    if (item.type === 'background') {
      if (end) eras.push({ start, end, label: title || `Period ${i + 1}` });
      else unmapped.push({ path, reason: 'a background item without an end cannot be an era' });
      return;
    }
    const group = item.group === undefined ? undefined : groupIds.get(String(item.group)) ?? slug(String(item.group), taken, 'group');
    if (item.group !== undefined && !groupIds.has(String(item.group))) {
      groupIds.set(String(item.group), group!);
      outGroups.push({ id: group!, label: String(item.group) });
    }
    const summary = htmlToText(item.title);
    if (item.className !== undefined) unmapped.push({ path: `${path}.className`, reason: 'CSS classes are not carried over; style lanes with colours instead' });
    events.push({
      id: slug(item.id === undefined ? '' : String(item.id), ids, `item-${i + 1}`),
      start,
      ...(end && end !== start && { end }),
      title: title || summary || `Item ${i + 1}`,
      ...(summary && summary !== title && { summary }),
      ...(group && { group }),
    });
  });
  return { document: { ...(outGroups.length && { groups: outGroups }), ...(eras.length && { eras }), events }, unmapped };
}
