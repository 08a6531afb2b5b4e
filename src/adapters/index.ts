export { fromTimelineJS, fromTimelineJSSheet } from './timelinejs.js';
export { fromVisTimeline } from './vis-timeline.js';
export { fromCsv, DEFAULT_CSV_MAPPING } from './csv.js';
export type { CsvMapping } from './csv.js';
export { htmlToText, datePartsToString, slug } from './common.js';
export type { AdapterIssue, AdapterResult, DateParts } from './common.js';
