export { TimelineSelectEvent } from './timeline-select.js';
export type { TimelineSelectDetail } from './timeline-select.js';
export { TimelineErrorEvent } from './timeline-error.js';
export type { TimelineErrorDetail, TimelineErrorCode } from './timeline-error.js';
export { TimelineLoadEvent } from './timeline-load.js';
export type { TimelineLoadDetail } from './timeline-load.js';
export { TimelineRangeChangeEvent } from './timeline-rangechange.js';
export type { TimelineRangeChangeDetail } from './timeline-rangechange.js';
