/**
 * The axis ticks' SVG nodes, kept in step with the frame's ticks by hand rather than by a Lit
 * template: a tick whose time stays keeps its node (a pan moves them all at once, through the group
 * around them), and a tick that leaves gives its node to one that arrives. A zoom step, which
 * changes most ticks' times, then re-labels and moves the nodes it has instead of removing them
 * and inserting new ones, which cost the browser a style and layout pass for each.
 * @module
 */
import type { AxisTick } from '../../layout/axis.js';

const SVG = 'http://www.w3.org/2000/svg';

interface TickNode {
  readonly g: SVGGElement;
  readonly line: SVGLineElement;
  /** The label's text node, whose data is rewritten in place. */
  readonly label: Text;
  x: number;
}

/** A coordinate rounded to 1/100 px, so that float noise does not rewrite an unchanged attribute (the chart's other coordinates too). */
export const px = (v: number) => Math.round(v * 100) / 100;

/** The tick nodes of one axis group. */
export class TickNodes {
  private _byValue = new Map<number, TickNode>();
  private _lineTop = NaN;
  private _lineBottom = NaN;

  /**
   * @param group The group the ticks are drawn in: their nodes are its only children.
   * @param labelY The labels' baseline, px from the chart's top.
   */
  constructor(
    readonly group: SVGGElement,
    private readonly _labelY: number,
  ) {}

  /**
   * Shows `ticks`, each at its `x` minus `shift` (the group carries the pan offset), with a line
   * from `top` to `bottom`.
   */
  update(ticks: readonly AxisTick[], shift: number, top: number, bottom: number): void {
    const previous = this._byValue;
    const next = new Map<number, TickNode>();
    const arriving: AxisTick[] = [];
    for (const tick of ticks) {
      const node = previous.get(tick.value);
      if (node && !next.has(tick.value)) {
        previous.delete(tick.value);
        next.set(tick.value, node);
        this._place(node, tick, shift);
      } else arriving.push(tick);
    }
    const free = [...previous.values()];
    for (const tick of arriving) {
      const node = free.pop() ?? this._make();
      next.set(tick.value, node);
      this._place(node, tick, shift);
    }
    for (const node of free) node.g.remove();
    this._byValue = next;
    if (top !== this._lineTop || bottom !== this._lineBottom) {
      this._lineTop = top;
      this._lineBottom = bottom;
      for (const node of next.values()) this._setLine(node);
    }
  }

  private _place(node: TickNode, tick: AxisTick, shift: number): void {
    const x = px(tick.x - shift);
    if (x !== node.x) {
      node.x = x;
      node.g.setAttribute('transform', `translate(${x},0)`);
    }
    if (tick.label !== node.label.data) node.label.data = tick.label;
  }

  private _setLine(node: TickNode): void {
    node.line.setAttribute('y1', String(this._lineTop));
    node.line.setAttribute('y2', String(this._lineBottom));
  }

  private _make(): TickNode {
    const g = document.createElementNS(SVG, 'g');
    const line = document.createElementNS(SVG, 'line');
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('y', String(this._labelY));
    text.setAttribute('text-anchor', 'middle');
    const label = document.createTextNode('');
    text.append(label);
    g.append(line, text);
    this.group.append(g);
    const node: TickNode = { g, line, label, x: NaN };
    if (!Number.isNaN(this._lineTop)) this._setLine(node);
    return node;
  }
}
