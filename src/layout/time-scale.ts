/**
 * A linear time scale: epoch ms (or Dates) → px. A small stand-in for d3's `scaleUtc`, which
 * would also bring d3-time-format, d3-interpolate and d3-color into the bundle for features the
 * timeline does not use. Compatible with d3-zoom's `transform.rescaleX`. Ticks come from d3-time.
 * @module
 */
import { ticks, utcTicks } from 'd3';
import { utcInstant, yearOf } from '../schema/date.js';

/** Past this span, or outside the range of `Date`, ticks are whole years from a year scale. */
const YEAR = 365.2425 * 86_400_000;
const YEAR_TICKS_BEYOND = 2000 * YEAR;
const YEAR_ONE = utcInstant(1, 0);
const DATE_LIMIT = 8.64e15;

/**
 * About `count` ticks between two instants: UTC-aligned years, months, weeks, days or hours from
 * d3-time where `Date` can hold them; otherwise round numbers of years (100, 1,000, 1 million…)
 * from a year scale, so deep time (`Y-13800000000`) gets an axis too.
 */
export function timeTicks(d0: number, d1: number, count = 10): number[] {
  const bce = d0 < YEAR_ONE && d1 - d0 > 5 * YEAR;
  if (!bce && Math.abs(d0) < DATE_LIMIT && Math.abs(d1) < DATE_LIMIT && d1 - d0 < YEAR_TICKS_BEYOND) {
    return utcTicks(new Date(d0), new Date(d1), count).map(Number);
  }
  // Years are counted with a year 0 (astronomical numbering: 0 is 1 BC, -499 is 500 BC). A round
  // year before it moves one on, so that ticks read "3000 BC", "2500 BC", not "3001 BC".
  return ticks(yearOf(d0), yearOf(d1), count)
    .filter(Number.isInteger)
    .map((year) => utcInstant(year <= 0 ? year + 1 : year, 0))
    .filter((ms) => ms >= d0 && ms <= d1);
}

/** Maps time to px, linearly. Call it with epoch ms (any, deep time included) or a Date. */
export interface TimeScale {
  (value: number | Date): number;
  /** The span shown, in epoch ms. */
  domain(): number[];
  /** Sets the span shown (epoch ms or Dates). */
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): number[];
  range(range: readonly number[]): TimeScale;
  /** px → epoch ms. */
  invert(px: number): number;
  copy(): TimeScale;
  /** About `count` ticks inside the domain, in epoch ms (see {@link timeTicks}). */
  ticks(count?: number): number[];
}

/** Creates a {@link TimeScale} from `domain` (epoch ms or Dates) to `range` (px). */
export function timeScale(domain: readonly (number | Date)[] = [0, 1], range: readonly number[] = [0, 1]): TimeScale {
  let d0 = +domain[0]!;
  let d1 = +domain[1]!;
  let r0 = range[0]!;
  let r1 = range[1]!;
  const scale = ((value: number | Date) => r0 + ((+value - d0) / (d1 - d0 || 1)) * (r1 - r0)) as TimeScale;
  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (!next) return [d0, d1];
    d0 = +next[0]!;
    d1 = +next[1]!;
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (!next) return [r0, r1];
    r0 = next[0]!;
    r1 = next[1]!;
    return scale;
  }) as TimeScale['range'];
  scale.invert = (px) => d0 + ((px - r0) / (r1 - r0 || 1)) * (d1 - d0);
  scale.copy = () => timeScale([d0, d1], [r0, r1]);
  scale.ticks = (count = 10) => timeTicks(d0, d1, count);
  return scale;
}
