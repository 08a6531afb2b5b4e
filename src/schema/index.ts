export type * from './types.js';
export { parseTimeline } from './parse.js';
export type { ParseResult, TimelineIssue, IssueSeverity } from './parse.js';
export { parseDate, DATE_PATTERN } from './date.js';
export type { ParsedDate, Precision } from './date.js';
export { ID_PATTERN, HTTP_URL_PATTERN, COLOR_PATTERN } from './schema.js';
export { TEXT_LIMITS, LIST_LIMITS, MAX_URL_LENGTH, balanceBidi } from './limits.js';
