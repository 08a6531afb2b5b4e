export { formatDate, formatRange, formatDaySpan, formatOffset, formatTick, tickUnit } from './format.js';
export type { TickUnit } from './format.js';
export { resolveLocale, registerLocale, loadLocale, isLocaleReady } from './locale.js';
export { eventInterval } from './interval.js';
export type { Interval } from './interval.js';
