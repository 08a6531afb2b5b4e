import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { brushX, select, type BrushBehavior, type D3BrushEvent } from 'd3';

/**
 * Drives a d3-brush over an overview strip: the reader drags or resizes the brush to choose the
 * span the main view shows; the host moves the brush when the main view changes. Moves made by
 * the host never call back into it, so the two cannot loop.
 */
export class BrushController implements ReactiveController {
  private readonly brush: BrushBehavior<unknown>;
  private target?: SVGGElement;
  private size: [number, number] = [0, 0];
  private last?: [number, number];

  /** @param onBrush - called with the brushed span in px while the reader brushes; `end` is true when the gesture ends. */
  constructor(host: ReactiveControllerHost, onBrush: (selection: [number, number], end: boolean) => void) {
    this.brush = brushX<unknown>()
      .on('brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        const s = event.selection as [number, number] | null;
        if (s && s[1] - s[0] >= 1) onBrush(s, event.type === 'end');
        else if (event.type === 'end' && this.last) this.move(this.last, true); // a click outside: keep the view
      });
    host.addController(this);
  }

  /** Attaches to a `<g>` of the overview, `width` × `height` px. */
  attach(target: SVGGElement, width: number, height: number): void {
    if (target !== this.target || width !== this.size[0] || height !== this.size[1]) {
      this.target = target;
      this.size = [width, height];
      this.brush.extent([
        [0, 0],
        [width, height],
      ]);
      select(target).call(this.brush);
      select(target).selectAll('.overlay, .selection, .handle').attr('aria-hidden', 'true');
    }
  }

  /** Shows `[x0, x1]` (px) as the brushed span without firing the host's callback. */
  move(selection: [number, number], force = false): void {
    if (!this.target) return;
    const [w] = this.size;
    const s: [number, number] = [Math.max(0, Math.min(w, selection[0])), Math.max(0, Math.min(w, selection[1]))];
    if (!force && this.last && Math.abs(this.last[0] - s[0]) < 0.5 && Math.abs(this.last[1] - s[1]) < 0.5) return;
    this.last = s;
    select(this.target).call(this.brush.move, s);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    if (this.target) select(this.target).on('.brush', null);
    this.target = undefined;
    this.last = undefined;
  }
}
