/**
 * A linear time scale: epoch ms (or Dates) → px. A small stand-in for d3's `scaleUtc`, which
 * would also bring d3-time-format, d3-interpolate and d3-color into the bundle for features the
 * timeline does not use. Compatible with d3-zoom's `transform.rescaleX`. Ticks come from d3-time.
 * @module
 */
import { utcTicks } from 'd3';

/** Maps time to px, linearly. Call it with epoch ms or a Date. */
export interface TimeScale {
  (value: number | Date): number;
  /** The span shown, as Dates. */
  domain(): Date[];
  /** Sets the span shown (epoch ms or Dates). */
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): number[];
  range(range: readonly number[]): TimeScale;
  /** px → Date. */
  invert(px: number): Date;
  copy(): TimeScale;
  /** About `count` UTC-aligned ticks (years, months, weeks, days, hours…) inside the domain. */
  ticks(count?: number): Date[];
}

/** Creates a {@link TimeScale} from `domain` (epoch ms or Dates) to `range` (px). */
export function timeScale(domain: readonly (number | Date)[] = [0, 1], range: readonly number[] = [0, 1]): TimeScale {
  let d0 = +domain[0]!;
  let d1 = +domain[1]!;
  let r0 = range[0]!;
  let r1 = range[1]!;
  const scale = ((value: number | Date) => r0 + ((+value - d0) / (d1 - d0 || 1)) * (r1 - r0)) as TimeScale;
  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (!next) return [new Date(d0), new Date(d1)];
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
  scale.invert = (px) => new Date(d0 + ((px - r0) / (r1 - r0 || 1)) * (d1 - d0));
  scale.copy = () => timeScale([d0, d1], [r0, r1]);
  scale.ticks = (count = 10) => utcTicks(new Date(d0), new Date(d1), count);
  return scale;
}
