/**
 * One event of a `<news-timeline>`, written as ordinary HTML a CMS can hold. It renders nothing
 * of its own: its parent reads it (see `readChildren`). Before the script loads, or without it,
 * the children read as a list (include `news-timeline.css` for their fallback styles).
 *
 * Attributes: `id`, `start`, `end`, `group`, `importance`, `display-date`, `place`, `tags`
 * (comma-separated), `heading` (else its first `h1`–`h6` is the title). Its `<p>` elements are the
 * summary and its links the sources (`data-publisher`, `data-published` on each `<a>`).
 *
 * @tag news-timeline-event
 */
export class NewsTimelineEvent extends HTMLElement {}

/** A lane of a `<news-timeline>` written as HTML: `id`, `label` (or its text) and `color`. @tag news-timeline-group */
export class NewsTimelineGroup extends HTMLElement {}

if (!customElements.get('news-timeline-event')) customElements.define('news-timeline-event', NewsTimelineEvent);
if (!customElements.get('news-timeline-group')) customElements.define('news-timeline-group', NewsTimelineGroup);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline-event': NewsTimelineEvent;
    'news-timeline-group': NewsTimelineGroup;
  }
}
