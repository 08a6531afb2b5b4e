import { IDLE_SPARE, whenIdle } from '../src/components/news-timeline/idle.js';
import type { TimelineDocument } from '../src/schema/types.js';

/** The story data, fetched from the test server. */
export async function storyDocument(): Promise<TimelineDocument> {
  const response = await fetch('/data/kazakhstan-2023.json');
  return (await response.json()) as TimelineDocument;
}

/** A small valid document to build tests from. */
export function sampleDocument(): TimelineDocument {
  return {
    title: 'Sample',
    groups: [
      { id: 'a', label: 'Lane A' },
      { id: 'b', label: 'Lane B' },
    ],
    events: [
      { id: 'one', start: '2023-11-01', title: 'First event', group: 'a', sources: [{ title: 'Source one', url: 'https://example.com/one', publisher: 'Example' }] },
      { id: 'two', start: '2023-11', title: 'Month event', group: 'b' },
      { id: 'three', start: '2023-11-09', end: '2023-11-12', title: 'Range event', group: 'a' },
      { id: 'four', start: '2023-11-20T10:30+06:00', title: 'Timed event', group: 'b' },
    ],
  };
}

/**
 * Where a mark sits, px from the left of the plot: the centre of a point, the start of a range.
 * (Marks are placed with a transform, so their shapes' own attributes are relative.)
 */
export function markX(host: Element, id: string): number {
  const root = host.shadowRoot!;
  const shape = root.querySelector(`.mark[data-id="${id}"] circle, .mark[data-id="${id}"] rect.range`)!;
  const plot = root.querySelector('.zoom-bg')!.getBoundingClientRect();
  const box = shape.getBoundingClientRect();
  const left = plot.left + 16; // MARGIN.left: the plot starts 16 px into the chart
  return shape.localName === 'circle' ? box.left + box.width / 2 - left : box.left - left;
}

/**
 * Resolves in the first idle period long enough for the element's idle work (`whenIdle` with
 * `IDLE_SPARE`), after that work if it was queued before this call: idle callbacks run in the
 * order they were queued, and both wait for the same kind of period.
 */
export function idle(): Promise<void> {
  return new Promise((resolve) => whenIdle(resolve, 2000, IDLE_SPARE));
}
