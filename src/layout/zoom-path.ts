/**
 * The path of an animated zoom between two views, as a pure function of time.
 *
 * A view is a horizontal zoom transform: screen x = `x` + time position × `k`. Two views with
 * different zooms share exactly one screen point that shows the same moment in both; the path
 * keeps that point still and changes the zoom geometrically, so each frame zooms by the same
 * factor and the point under the reader's eye (the mark a + button zoomed around, the centre)
 * does not drift. Two views at the same zoom are a pan, at constant speed.
 */

/** A horizontal zoom transform. */
export interface ZoomView {
  /** The zoom factor. */
  readonly k: number;
  /** The horizontal offset in px. */
  readonly x: number;
}

/**
 * Returns the view at `t` ∈ [0, 1] on the way from `from` to `to`: `from` at 0, `to` at 1.
 *
 * @example
 * const path = zoomPath({ k: 1, x: 0 }, { k: 4, x: -1500 });
 * path(0.5); // { k: 2, x: -500 }: screen x 500 stays on the same moment throughout
 */
export function zoomPath(from: ZoomView, to: ZoomView): (t: number) => ZoomView {
  const { k: k0, x: x0 } = from;
  const { k: k1, x: x1 } = to;
  if (Math.abs(k1 - k0) <= 1e-12 * Math.max(k0, k1)) return (t) => (t >= 1 ? to : { k: k0 + (k1 - k0) * t, x: x0 + (x1 - x0) * t });
  // The fixed point: x0 + u·k0 = x1 + u·k1 = p.
  const u = (x1 - x0) / (k0 - k1);
  const p = x0 + u * k0;
  const ratio = Math.log(k1 / k0);
  return (t) => {
    if (t >= 1) return to;
    if (t <= 0) return from;
    const k = k0 * Math.exp(ratio * t);
    return { k, x: p - u * k };
  };
}
