/**
 * Any CSV in, through a column mapping.
 * @module
 */
import { csvParse } from 'd3';
import { slug, type AdapterIssue, type AdapterResult } from './common.js';

/** Which CSV column holds each field (header names, compared without case). */
export interface CsvMapping {
  id?: string;
  start: string;
  end?: string;
  title: string;
  summary?: string;
  group?: string;
  displayDate?: string;
  importance?: string;
  place?: string;
  tags?: string;
  sourceTitle?: string;
  sourceUrl?: string;
  publisher?: string;
}

/** The mapping used when none is given: columns named like the fields themselves. */
export const DEFAULT_CSV_MAPPING: CsvMapping = {
  id: 'id', start: 'start', end: 'end', title: 'title', summary: 'summary', group: 'group', displayDate: 'display date',
  importance: 'importance', place: 'place', tags: 'tags', sourceTitle: 'source', sourceUrl: 'source url', publisher: 'publisher',
};

/**
 * A CSV (as exported by any spreadsheet) as a news-timeline document. Each row is an event; empty
 * cells are left out; `tags` is comma-separated; groups are made from the group column's values.
 * Columns the mapping names but the file lacks are listed in `unmapped`. Dates must already be
 * ISO 8601 (`2023`, `2023-11`, `2023-11-09`); `parseTimeline` reports any that are not.
 */
export function fromCsv(csv: string, mapping: CsvMapping = DEFAULT_CSV_MAPPING): AdapterResult {
  const rows = csvParse(csv.replace(/^\uFEFF/, ''));
  const header = rows.columns.map((c) => c.trim().toLowerCase());
  const unmapped: AdapterIssue[] = [];
  const column = (field: keyof CsvMapping) => {
    const name = mapping[field];
    if (name === undefined) return undefined;
    const index = header.indexOf(name.trim().toLowerCase());
    if (index === -1) {
      if (field === 'start' || field === 'title') unmapped.push({ path: `columns.${name}`, reason: `the ${field} column "${name}" is missing` });
      return undefined;
    }
    return rows.columns[index];
  };
  const cols = Object.fromEntries((Object.keys(mapping) as (keyof CsvMapping)[]).map((f) => [f, column(f)])) as Record<keyof CsvMapping, string | undefined>;
  const cell = (row: Record<string, string | undefined>, field: keyof CsvMapping) => {
    const c = cols[field];
    const v = c === undefined ? undefined : row[c]?.trim();
    return v ? v : undefined;
  };
  const ids = new Set<string>();
  const groupTaken = new Set<string>();
  const groups = new Map<string, string>();
  const events = rows.map((row, i) => {
    const title = cell(row, 'title');
    const group = cell(row, 'group');
    if (group && !groups.has(group)) groups.set(group, slug(group, groupTaken, 'group'));
    const importance = cell(row, 'importance');
    const sourceTitle = cell(row, 'sourceTitle');
    const sourceUrl = cell(row, 'sourceUrl');
    return {
      id: slug(cell(row, 'id') ?? title ?? '', ids, `row-${i + 2}`),
      start: cell(row, 'start'),
      ...(cell(row, 'end') && { end: cell(row, 'end') }),
      title,
      ...(cell(row, 'summary') && { summary: cell(row, 'summary') }),
      ...(group && { group: groups.get(group) }),
      ...(cell(row, 'displayDate') && { displayDate: cell(row, 'displayDate') }),
      ...(importance && { importance: Number(importance) }),
      ...(cell(row, 'place') && { place: { name: cell(row, 'place') } }),
      ...(cell(row, 'tags') && { tags: cell(row, 'tags')!.split(',').map((t) => t.trim()).filter(Boolean) }),
      ...((sourceTitle || sourceUrl) && { sources: [{ title: sourceTitle ?? sourceUrl, ...(sourceUrl && { url: sourceUrl }), ...(cell(row, 'publisher') && { publisher: cell(row, 'publisher') }) }] }),
    };
  });
  return { document: { ...(groups.size && { groups: [...groups].map(([label, id]) => ({ id, label })) }), events }, unmapped };
}
