/**
 * Right-to-left layouts: time runs from right to left, so a layout computed left to right is
 * reflected about the middle of the plot. Positions mirror; a label that ran right of its mark
 * now runs left of it, which in a right-to-left text direction is still its `start` anchor, so
 * anchors stay as they are. Rows, lanes and overlaps are unchanged by a reflection, so every
 * guarantee of the left-to-right layout holds for the mirrored one.
 * @module
 */
import type { AxisTick } from './axis.js';
import type { ClusterLayout, MarkLayout, TimelineLayout } from './lanes.js';

const flip = { both: 'both', start: 'end', end: 'start' } as const;

/** A mark reflected in a plot `width` px wide. */
export function mirrorMark(mark: MarkLayout, width: number): MarkLayout {
  const spread = mark.spread;
  return {
    ...mark,
    x: mark.kind === 'range' ? width - mark.x2 : width - mark.x,
    x2: mark.kind === 'range' ? width - mark.x : width - mark.x2,
    labelX: width - mark.labelX,
    left: width - mark.right,
    right: width - mark.left,
    ...(spread && { spread: { x: width - spread.x2, x2: width - spread.x, fade: flip[spread.fade] } }),
  };
}

/** A cluster reflected in a plot `width` px wide. */
export function mirrorCluster(cluster: ClusterLayout, width: number): ClusterLayout {
  return { ...cluster, x: width - cluster.x2, x2: width - cluster.x };
}

/** A whole layout reflected in a plot `width` px wide (lanes and heights are unchanged). */
export function mirrorLayout<T extends TimelineLayout>(layout: T, width: number): T {
  return {
    ...layout,
    marks: layout.marks.map((m) => mirrorMark(m, width)),
    clusters: layout.clusters.map((c) => mirrorCluster(c, width)),
  };
}

/** Axis ticks reflected in a plot `width` px wide (centred labels stay centred on their tick). */
export function mirrorTicks(ticks: readonly AxisTick[], width: number): AxisTick[] {
  return ticks.map((t) => ({ ...t, x: width - t.x }));
}
