import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { zoomPath } from '../layout/zoom-path.js';
import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3';

/** How long an animated zoom (buttons, `fit(true)`) takes, in ms. */
const DURATION = 250;

/** d3-transition's default easing, cubic in and out. */
const ease = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/** Spans shorter than this cannot be zoomed into (ms). */
export const MIN_SPAN = 3_600_000;

/** What the controller tells its host. */
export interface ZoomControllerOptions {
  /** Called at the end of every gesture or programmatic zoom, with the transform it ended on. */
  onEnd?: (transform: ZoomTransform, byUser: boolean) => void;
  /** Whether transitions may animate (false under `prefers-reduced-motion`). */
  animate?: () => boolean;
}

/**
 * Holds the horizontal zoom of a timeline as an immutable d3 `ZoomTransform` and drives it with
 * d3-zoom: Ctrl/⌘ + wheel and trackpad pinch zoom around the pointer, drag and horizontal swipe
 * pan, touch pinch zooms. A plain wheel is left to the page, so it still scrolls.
 *
 * The host reads `transform` in `willUpdate` (e.g. `transform.rescaleX(scale)`); the controller
 * asks for an update whenever it changes.
 *
 * Animated zooms run on `requestAnimationFrame` along {@link zoomPath} (the moment both views
 * share stays still), not through d3-transition: the embed then carries neither d3-transition nor
 * d3-color, and a gesture begun during an animation simply stops it.
 */
export class ZoomController implements ReactiveController {
  /** The current transform: `k` is the zoom factor, `x` the horizontal offset in px. */
  transform: ZoomTransform = zoomIdentity;
  /** Gestures under way: d3-zoom starts a new one for a drag while a wheel zoom is still ending. */
  private active = 0;

  /**
   * True while the reader is zooming or panning (between a gesture's start and its end): work
   * that only matters once the view settles (names for assistive technology) can wait for `onEnd`.
   */
  get gesture(): boolean {
    return this.active > 0;
  }

  /** True while the view moves: during a gesture, or while an animated zoom runs (until its last frame). */
  get moving(): boolean {
    return this.active > 0 || this.frame !== 0;
  }
  private readonly host: ReactiveControllerHost;
  private readonly options: ZoomControllerOptions;
  private readonly behavior: ZoomBehavior<Element, unknown>;
  private target?: Element;
  private width = 0;
  /** The animation frame of a running animated zoom, or 0. */
  private frame = 0;
  /** True while an animated zoom runs (its next frame is booked): its intermediate steps do not end anything. */
  private get animating(): boolean {
    return this.frame !== 0;
  }

  constructor(host: ReactiveControllerHost, options: ZoomControllerOptions = {}) {
    this.host = host;
    this.options = options;
    this.behavior = zoom<Element, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type === 'dblclick') return false;
        return !(event as MouseEvent).button;
      })
      .on('start', (event: D3ZoomEvent<Element, unknown>) => {
        // Gestures can overlap (a drag begun while a wheel zoom is still ending): count them.
        // A gesture takes over from an animated zoom.
        if (event.sourceEvent) {
          this.stop();
          this.active++;
        }
      })
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        this.transform = event.transform;
        this.host.requestUpdate();
      })
      .on('end', (event: D3ZoomEvent<Element, unknown>) => {
        if (event.sourceEvent) this.active = Math.max(0, this.active - 1);
        if (!this.animating) this.options.onEnd?.(event.transform, event.sourceEvent != null);
      });
    host.addController(this);
  }

  /**
   * Attaches the behaviour to `element` (the chart) and sets the limits for a plot `width` px wide
   * showing a base span of `span` ms: from the whole span down to {@link MIN_SPAN}.
   */
  attach(element: Element, width: number, span: number): void {
    const maxK = Math.max(1, span / MIN_SPAN);
    this.behavior
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [width, 1],
      ])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ]);
    if (element !== this.target) {
      this.release();
      this.target = element;
      // A press on the surface starts a pan, never a text selection or a native drag: d3-zoom
      // cancels those as they start, but while the mousedown's default stands the browser still
      // hit-tests every move of the drag for a selection, after the frame's update has made the
      // layout stale (3–5 ms a step at 100,000 events). Clicks still select and focus (the
      // element moves the focus itself). Listened to before d3-zoom, which stops the event there.
      select(element)
        .on('mousedown.nodefault', (event: MouseEvent) => event.preventDefault())
        .call(this.behavior)
        .on('dblclick.zoom', null);
      // d3-zoom starts a new element at the identity; a transform set before (view-start, a deep
      // link) must be its starting point, or the first drag would jump back to the whole span.
      (element as Element & { __zoom: ZoomTransform }).__zoom = this.transform;
      // d3-zoom sets touch-action: none; let the page keep vertical scrolling on phones.
      (element as HTMLElement).style.touchAction = 'pan-y';
    }
    if (width !== this.width) {
      // Keep the same visible span when the width changes.
      const ratio = this.width ? width / this.width : 1;
      this.width = width;
      if (ratio !== 1) this.set(zoomIdentity.translate(this.transform.x * ratio, 0).scale(this.transform.k), false);
    }
  }

  /** Zooms by a factor around the centre (or `at`, in px), animated unless motion is reduced. */
  scaleBy(factor: number, at?: number): void {
    if (!this.target) return;
    const [min, max] = this.behavior.scaleExtent();
    const from = this.transform;
    const point = at ?? this.width / 2;
    const k = Math.max(min, Math.min(max, from.k * factor));
    const to = zoomIdentity.translate(point - from.invertX(point) * k, 0).scale(k);
    // Kept inside the span, as d3-zoom's own scaleBy does.
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [this.width, 1],
    ];
    this.set(this.behavior.constrain()(to, extent, this.behavior.translateExtent()));
  }

  /** Moves to a transform, animated unless motion is reduced or `animate` is false. */
  set(transform: ZoomTransform, animate = true): void {
    if (!this.target) {
      this.transform = transform;
      this.host.requestUpdate();
      return;
    }
    this.stop();
    const sel = select(this.target);
    if (animate && (this.options.animate?.() ?? true) && this.width > 0) this.animate(sel, transform);
    else this.behavior.transform(sel, transform);
  }

  /** Back to the whole span. */
  reset(animate = true): void {
    this.set(zoomIdentity, animate);
  }

  /** Stops an animated zoom where it is. */
  private stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Animates from the current transform to `to` over {@link DURATION} ms; only the last step ends the zoom. */
  private animate(sel: ReturnType<typeof select<Element, unknown>>, to: ZoomTransform): void {
    const path = zoomPath(this.transform, to);
    const began = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, Math.max(0, (now - began) / DURATION));
      const { k, x } = path(ease(t));
      // The last step's frame is 0 before it moves, so that its end is the zoom's end.
      this.frame = t < 1 ? requestAnimationFrame(step) : 0;
      this.behavior.transform(sel, t < 1 ? zoomIdentity.translate(x, 0).scale(k) : to);
    };
    this.frame = requestAnimationFrame(step);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.active = 0;
    this.stop();
    this.release();
    this.target = undefined;
  }

  /** Takes d3-zoom's listeners and our own off the surface. */
  private release(): void {
    if (this.target) select(this.target).on('.zoom', null).on('mousedown.nodefault', null);
  }
}
