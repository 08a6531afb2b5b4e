/**
 * The self-contained embed: one `<script type="module">` defines `<news-timeline>`,
 * `<news-timeline-event>` and `<news-timeline-group>`. Languages other than English and the
 * CSV/TimelineJS adapters load on first use from `chunks/` beside this file. The full API
 * (adapters, layout functions) is in the library build, `news-timeline` on npm.
 */
export { NewsTimeline } from './components/news-timeline/index.js';
export { NewsTimelineEvent, NewsTimelineGroup } from './components/news-timeline-event/news-timeline-event.js';
export { parseTimeline } from './schema/parse.js';
export { registerLocale, loadLocale } from './time/locale.js';
export * from './events/index.js';
