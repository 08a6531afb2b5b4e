import type { ReactiveController, ReactiveControllerHost } from 'lit';

const SVG = 'http://www.w3.org/2000/svg';

/** Width of the grips on either edge of the window, in px (as d3-brush's handles). */
const HANDLE = 6;

/** What a pointer took hold of: the window, one of its edges, or the strip outside it. */
type Grip = 'selection' | 'w' | 'e' | 'overlay';

/**
 * A horizontal brush over the overview strip: the reader drags the window to move the main view,
 * drags an edge to widen or narrow it, drags across the strip to choose a new span, or clicks the
 * strip to centre the window there. The host moves the window when the main view changes; moves
 * made by the host never call back into it, so the two cannot loop.
 *
 * The same DOM as d3-brush (`rect.overlay`, `rect.selection`, `rect.handle.handle--w|e`), driven
 * by pointer events with pointer capture: mouse, touch and pen alike, and no listener on `window`
 * or `document`. It works in the brush group's own coordinates, so a group reflected for a
 * right-to-left chart follows the pointer too.
 */
export class BrushController implements ReactiveController {
  private target?: SVGGElement;
  private size: [number, number] = [0, 0];
  private last?: [number, number];
  private rects?: Record<'overlay' | 'selection' | 'w' | 'e', SVGRectElement>;
  /** The drag under way: what was gripped, where, and the window it started from. */
  private drag?: { grip: Grip; pointer: number; x: number; from: [number, number]; moved: boolean };
  private readonly onBrush: (selection: [number, number]) => void;

  /** @param onBrush - called with the brushed span in px while the reader brushes. */
  constructor(host: ReactiveControllerHost, onBrush: (selection: [number, number]) => void) {
    this.onBrush = onBrush;
    host.addController(this);
  }

  /** Attaches to a `<g>` of the overview, `width` × `height` px. */
  attach(target: SVGGElement, width: number, height: number): void {
    if (target !== this.target) {
      this.detach();
      this.target = target;
      const rect = (cls: string, cursor: string) => {
        const r = document.createElementNS(SVG, 'rect');
        r.setAttribute('class', cls);
        r.setAttribute('cursor', cursor);
        r.setAttribute('aria-hidden', 'true');
        target.append(r);
        return r;
      };
      this.rects = {
        overlay: rect('overlay', 'crosshair'),
        selection: rect('selection', 'move'),
        w: rect('handle handle--w', 'ew-resize'),
        e: rect('handle handle--e', 'ew-resize'),
      };
      this.rects.overlay.setAttribute('fill', 'none');
      this.rects.overlay.setAttribute('pointer-events', 'all');
      for (const side of ['w', 'e'] as const) {
        this.rects[side].setAttribute('fill', 'none');
        this.rects[side].setAttribute('pointer-events', 'all');
      }
      target.addEventListener('pointerdown', this.down);
      target.addEventListener('pointermove', this.moved);
      target.addEventListener('pointerup', this.up);
      target.addEventListener('pointercancel', this.up);
      this.size = [0, 0];
    }
    if (width !== this.size[0] || height !== this.size[1]) {
      this.size = [width, height];
      const { overlay, selection, w, e } = this.rects!;
      for (const r of [overlay, selection, w, e]) r.setAttribute('height', String(height));
      overlay.setAttribute('width', String(width));
      if (this.last) this.draw(this.clamp(this.last));
    }
  }

  /** Shows `[x0, x1]` (px) as the brushed span without firing the host's callback. */
  move(selection: [number, number], force = false): void {
    if (!this.target) return;
    const s = this.clamp(selection);
    if (!force && this.last && Math.abs(this.last[0] - s[0]) < 0.5 && Math.abs(this.last[1] - s[1]) < 0.5) return;
    this.draw(s);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.detach();
  }

  private detach(): void {
    if (this.target) {
      this.target.removeEventListener('pointerdown', this.down);
      this.target.removeEventListener('pointermove', this.moved);
      this.target.removeEventListener('pointerup', this.up);
      this.target.removeEventListener('pointercancel', this.up);
      this.target.replaceChildren();
    }
    this.target = undefined;
    this.rects = undefined;
    this.last = undefined;
    this.drag = undefined;
  }

  private clamp([a, b]: [number, number]): [number, number] {
    const w = this.size[0];
    return [Math.max(0, Math.min(w, a)), Math.max(0, Math.min(w, b))];
  }

  private draw(s: [number, number]): void {
    this.last = s;
    const { selection, w, e } = this.rects!;
    selection.setAttribute('x', String(s[0]));
    selection.setAttribute('width', String(s[1] - s[0]));
    w.setAttribute('x', String(s[0] - HANDLE / 2));
    e.setAttribute('x', String(s[1] - HANDLE / 2));
    for (const r of [w, e]) r.setAttribute('width', String(HANDLE));
  }

  /** The pointer's x in the brush group's own coordinates (reflected in a right-to-left chart). */
  private local(event: PointerEvent): number {
    const m = this.target!.getScreenCTM();
    return m ? new DOMPoint(event.clientX, event.clientY).matrixTransform(m.inverse()).x : event.offsetX;
  }

  private readonly down = (event: PointerEvent): void => {
    if (event.button !== 0 || this.drag || !this.rects) return;
    const hit = event.target as Element;
    const grip: Grip = hit === this.rects.selection ? 'selection' : hit === this.rects.w ? 'w' : hit === this.rects.e ? 'e' : 'overlay';
    const x = this.local(event);
    this.drag = { grip, pointer: event.pointerId, x, from: this.last ?? [x, x], moved: false };
    this.target!.setPointerCapture(event.pointerId);
    event.preventDefault();
  };

  private readonly moved = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointer) return;
    const x = this.local(event);
    if (!drag.moved && Math.abs(x - drag.x) < 1) return;
    drag.moved = true;
    this.brushTo(this.spanFor(drag, x));
  };

  private readonly up = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointer) return;
    this.drag = undefined;
    if (this.target!.hasPointerCapture(event.pointerId)) this.target!.releasePointerCapture(event.pointerId);
    if (event.type === 'pointercancel') return;
    if (drag.moved) this.brushTo(this.spanFor(drag, this.local(event)));
    else if (drag.grip === 'overlay') {
      // A click on the strip centres the window there, keeping its width.
      const width = drag.from[1] - drag.from[0];
      const x0 = Math.max(0, Math.min(this.size[0] - width, drag.x - width / 2));
      this.brushTo([x0, x0 + width]);
    }
  };

  /** The window a drag from `drag` to `x` makes. */
  private spanFor(drag: NonNullable<BrushController['drag']>, x: number): [number, number] {
    const [a, b] = drag.from;
    const w = this.size[0];
    if (drag.grip === 'selection') {
      const x0 = Math.max(0, Math.min(w - (b - a), a + x - drag.x));
      return [x0, x0 + (b - a)];
    }
    const anchor = drag.grip === 'w' ? b : drag.grip === 'e' ? a : drag.x;
    return this.clamp([Math.min(anchor, x), Math.max(anchor, x)]);
  }

  private brushTo(s: [number, number]): void {
    if (s[1] - s[0] < 1) return;
    this.draw(s);
    this.onBrush(s);
  }
}
