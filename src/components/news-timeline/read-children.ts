/**
 * Timeline data a CMS can hold: `<news-timeline-event>` children written as ordinary HTML, or an
 * inline `<script type="application/json">` child. Reads text only (never markup) and returns
 * plain input for `parseTimeline`, which then validates it like any other.
 * @module
 */

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The document described by the children of a `<news-timeline>`, or `undefined` when it has none.
 *
 * - `<script type="application/json">`: its JSON, as is (an invalid one yields a document whose
 *   `events` is not a list, so the element reports it).
 * - `<news-timeline-group id label color>`: the lanes.
 * - `<news-timeline-event id start end group importance display-date place tags>`: an event whose
 *   title is its `heading` attribute or first `h1`–`h6`, whose summary is the text of its `<p>`
 *   elements, and whose sources are its links (`<a href>`, with optional `data-publisher` and
 *   `data-published`).
 * - The host's `heading` and `description` attributes give the document's title and description.
 */
export function readChildren(host: Element): unknown {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (script) {
    try {
      return JSON.parse(script.textContent ?? '');
    } catch (error) {
      return { events: `inline JSON could not be parsed: ${(error as Error).message}` };
    }
  }
  const eventElements = host.querySelectorAll(':scope > news-timeline-event');
  if (!eventElements.length) return undefined;
  const attr = (el: Element, name: string) => el.getAttribute(name) ?? undefined;
  const groups = [...host.querySelectorAll(':scope > news-timeline-group')].map((g) => ({
    id: attr(g, 'id'),
    label: attr(g, 'label') ?? text(g),
    ...(g.hasAttribute('color') && { color: attr(g, 'color') }),
  }));
  const events = [...eventElements].map((el) => {
    const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
    const paragraphs = [...el.querySelectorAll('p')].map(text).filter(Boolean);
    const sources = [...el.querySelectorAll('a[href]')].map((a) => ({
      title: text(a) || a.getAttribute('href')!,
      url: a.getAttribute('href')!,
      ...(a.hasAttribute('data-publisher') && { publisher: attr(a, 'data-publisher') }),
      ...(a.hasAttribute('data-published') && { published: attr(a, 'data-published') }),
    }));
    const importance = el.getAttribute('importance');
    const tags = el.getAttribute('tags');
    return {
      id: attr(el, 'id'),
      start: attr(el, 'start'),
      ...(el.hasAttribute('end') && { end: attr(el, 'end') }),
      title: attr(el, 'heading') ?? (text(heading) || text(el).slice(0, 200)),
      ...(paragraphs.length && { summary: paragraphs.join('\n\n') }),
      ...(el.hasAttribute('group') && { group: attr(el, 'group') }),
      ...(el.hasAttribute('display-date') && { displayDate: attr(el, 'display-date') }),
      ...(importance !== null && { importance: Number(importance) }),
      ...(el.hasAttribute('place') && { place: { name: attr(el, 'place') } }),
      ...(tags && { tags: tags.split(',').map((t) => t.trim()).filter(Boolean) }),
      ...(sources.length && { sources }),
    };
  });
  return {
    ...(host.hasAttribute('heading') && { title: host.getAttribute('heading') }),
    ...(host.hasAttribute('description') && { description: host.getAttribute('description') }),
    ...(groups.length && { groups }),
    events,
  };
}
