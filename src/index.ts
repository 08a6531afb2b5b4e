/**
 * news-timeline: Lit web components that render interactive D3 timelines of news events.
 *
 * Importing this module defines `<news-timeline>`.
 * @module
 */
export * from './schema/index.js';
export * from './time/index.js';
export * from './layout/index.js';
export * from './events/index.js';
export { ResizeController } from './controllers/resize-controller.js';
export { NewsTimeline } from './components/news-timeline/index.js';
export { NewsTimelineEvent, NewsTimelineGroup } from './components/news-timeline-event/news-timeline-event.js';
export { readChildren } from './components/news-timeline/read-children.js';
export type { TimelineStrings } from './components/news-timeline/index.js';
export { DEFAULT_STRINGS, loadStrings, resolveStrings } from './components/news-timeline/strings/en.js';
export { safeHref } from './components/news-timeline/safe-url.js';
export * from './adapters/index.js';
