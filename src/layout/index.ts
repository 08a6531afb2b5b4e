export { layoutTimeline, lanesFor, assignRows, timeOrder, DEFAULT_PALETTE, DEFAULT_LAYOUT_OPTIONS } from './lanes.js';
export type { Lane, LaneLayout, MarkLayout, TimelineLayout, LayoutOptions } from './lanes.js';
export { layoutAxis } from './axis.js';
export type { AxisTick } from './axis.js';
export { timeExtent } from './scale.js';
export { truncateText, estimateText } from './text.js';
export type { MeasureText } from './text.js';
