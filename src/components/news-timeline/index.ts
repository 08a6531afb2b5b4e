import { NewsTimeline } from './news-timeline.js';
import '../news-timeline-event/news-timeline-event.js';

export { NewsTimeline };
export type { TimelineStrings } from './strings/en.js';

/** Defines `<news-timeline>` unless something already did (e.g. a second copy of the bundle). */
if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
