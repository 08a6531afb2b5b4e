/**
 * The time domain a timeline shows.
 * @module
 */
import type { TimelineDocument, TimelineEvent } from '../schema/types.js';
import { eventInterval, type Interval } from '../time/interval.js';
import { parseDate } from '../schema/date.js';

const DAY = 86_400_000;

/**
 * The span [start, end] in epoch ms that holds every event and era, widened by `padding`
 * (a fraction of the span on each side) and never shorter than `minSpan` ms.
 * Returns `undefined` for a document with no dated content.
 */
export function timeExtent(
  doc: Pick<TimelineDocument, 'events' | 'eras'>,
  padding = 0.03,
  minSpan = DAY,
): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const event of doc.events) {
    const i = eventInterval(event);
    if (!i) continue;
    lo = Math.min(lo, i.start);
    hi = Math.max(hi, i.end);
  }
  return widened(lo, hi, doc.eras, padding, minSpan);
}

/**
 * {@link timeExtent} of events already put in time order by `timeOrder` (with the document's
 * eras), without reading their dates again: only an event whose open start or end `timeOrder`
 * ran to the edge has its own interval read afresh. The same result as `timeExtent` of the
 * document; one pass over 100,000 dates fewer when the data arrives.
 */
export function orderedExtent(
  ordered: readonly { readonly event: Pick<TimelineEvent, 'start' | 'end' | 'timeZone'>; readonly interval: Interval }[],
  eras: TimelineDocument['eras'],
  padding = 0.03,
  minSpan = DAY,
): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { event, interval } of ordered) {
    const i = interval.openStart || interval.openEnd ? eventInterval(event) : interval;
    if (!i) continue;
    lo = Math.min(lo, i.start);
    hi = Math.max(hi, i.end);
  }
  return widened(lo, hi, eras, padding, minSpan);
}

/** [lo, hi] taken out to the eras, at least `minSpan` long, and padded. */
function widened(lo: number, hi: number, eras: TimelineDocument['eras'], padding: number, minSpan: number): [number, number] | undefined {
  for (const era of eras ?? []) {
    const s = parseDate(era.start);
    const e = parseDate(era.end);
    if (s) lo = Math.min(lo, s.start);
    if (e) hi = Math.max(hi, e.end);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return undefined;
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const pad = (hi - lo) * padding;
  return [lo - pad, hi + pad];
}
