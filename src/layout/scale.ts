/**
 * The time domain a timeline shows.
 * @module
 */
import type { TimelineDocument } from '../schema/types.js';
import { eventInterval } from '../time/interval.js';
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
  for (const era of doc.eras ?? []) {
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
