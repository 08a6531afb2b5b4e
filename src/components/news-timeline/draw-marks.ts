/**
 * Draws a frame's event marks on a canvas, as the chart's SVG draws them (see `_renderMark` and
 * the `.mark` rules in `news-timeline.styles.ts`): the faded band of an approximate or open date,
 * the range bar and its start edge, the point, the label, and the selected mark's highlight.
 *
 * While the reader zooms a dense chart, this stands in for the SVG marks: rewriting a few
 * hundred SVG groups per frame costs the browser more style, layout and paint than a frame allows,
 * while one canvas is cleared and drawn in a few milliseconds. At rest the SVG marks (focusable,
 * named) come back. Hover and focus rings are not drawn: the canvas only shows while a wheel or a
 * pinch zooms, and never while a mark has the keyboard focus.
 * @module
 */
import type { MarkLayout } from '../../layout/lanes.js';

/** The colours and type the marks are drawn in: the chart's computed theme. */
export interface MarkStyle {
  /** `--_text`: labels, and the outline of uncertain and selected marks. */
  readonly text: string;
  /** `--_bg`: the ring that separates a point from what is under it. */
  readonly background: string;
  /** `--_accent`: the selected mark's highlight. */
  readonly accent: string;
  /** The labels' CSS font, e.g. `13px system-ui`. */
  readonly font: string;
  /** The labels' font size in px. */
  readonly fontSize: number;
  /** The marks' radius, px. */
  readonly radius: number;
}

/** Where and what to draw. */
export interface MarkDrawing {
  /** The plot's width, px: marks are clipped 8 px beyond either side, as the SVG clips them. */
  readonly width: number;
  /** The lane colour of each mark. */
  readonly colorOf: (mark: MarkLayout) => string;
  /** The selected event's id, or null. */
  readonly selected: string | null;
  /** The direction and anchor a label is set in (a text in its own direction, see `_anchorFor`). */
  readonly labelSetting: (mark: MarkLayout) => { direction: 'ltr' | 'rtl'; align: 'start' | 'end' };
  /** Whether time runs right to left: a range's start edge is then at its right end. */
  readonly rtl: boolean;
}

const FADE_STOPS = { both: [0, 0.5, 0.5, 0], end: [0.55, 0.4, 0.2, 0], start: [0, 0.2, 0.4, 0.55] } as const;

const rgbCache = new Map<string, [number, number, number] | null>();
let probe: CanvasRenderingContext2D | null | undefined;

/** A CSS colour as red, green and blue (the canvas normalises it), or null if it has no single value. */
function rgbOf(color: string): [number, number, number] | null {
  let rgb = rgbCache.get(color);
  if (rgb !== undefined) return rgb;
  probe ??= document.createElement('canvas').getContext('2d');
  rgb = null;
  if (probe) {
    probe.fillStyle = '#000';
    probe.fillStyle = color;
    const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(String(probe.fillStyle));
    if (hex) rgb = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  }
  rgbCache.set(color, rgb);
  return rgb;
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
}

/**
 * Draws `marks` into `ctx`, whose transform puts the plot's origin (time 0 of the first lane's
 * top) at (0, 0) in CSS px. Marks wholly outside the clip are skipped.
 */
export function drawMarks(ctx: CanvasRenderingContext2D, marks: readonly MarkLayout[], style: MarkStyle, drawing: MarkDrawing): void {
  const { width, colorOf, selected, labelSetting, rtl } = drawing;
  const { radius } = style;
  // The font is set outside save() and only when it changes: the canvas parses and resolves a
  // font each time one is set, and restore() would undo it, so that every draw set it afresh.
  if (ctx.font !== style.font) ctx.font = style.font;
  ctx.save();
  ctx.beginPath();
  ctx.rect(-8, -1e5, width + 16, 2e5);
  ctx.clip();
  ctx.textBaseline = 'alphabetic';
  const dy = 0.35 * style.fontSize;
  // The outline's dash, set only when it changes: most marks are points with a solid ring, and
  // each setLineDash call makes a new array and a call into the canvas.
  let dashed = false;
  ctx.setLineDash([]);
  for (const m of marks) {
    if (m.right < -8 && (!m.spread || m.spread.x2 < -8)) continue;
    if (m.left > width + 8 && (!m.spread || m.spread.x > width + 8)) continue;
    const color = colorOf(m);
    const isSelected = m.id === selected;
    const uncertain = m.certainty === 'uncertain' || m.certainty === 'both';
    const { x, y } = m;
    if (isSelected) {
      ctx.globalAlpha = 0.1;
      ctx.fillStyle = style.accent;
      roundRect(ctx, m.left - 3, y - 13, m.right - m.left + 6, 26, 4);
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    if (m.spread) {
      const clamp = (v: number) => Math.max(-width, Math.min(2 * width, v));
      const x0 = clamp(m.spread.x);
      const w = Math.max(2, clamp(m.spread.x2) - x0);
      const rgb = rgbOf(color);
      if (rgb) {
        const gradient = ctx.createLinearGradient(x0, 0, x0 + w, 0);
        FADE_STOPS[m.spread.fade].forEach((a, i) => gradient.addColorStop(i / 3, `rgba(${rgb[0]},${rgb[1]},${rgb[2]},${a})`));
        ctx.fillStyle = gradient;
      } else {
        ctx.fillStyle = color;
        ctx.globalAlpha = 0.3;
      }
      roundRect(ctx, x0, y - 7, w, 14, 3);
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    // The point or the range's start edge: its fill, then its outline.
    ctx.fillStyle = color;
    if (m.kind === 'range') {
      ctx.globalAlpha = 0.22;
      roundRect(ctx, x, y - 5, m.x2 - x, 10, 2);
      ctx.fill();
      ctx.globalAlpha = uncertain ? 0.3 : 1;
      ctx.beginPath();
      ctx.rect(rtl ? m.x2 - 3 : x, y - 7, 3, 14);
    } else {
      ctx.globalAlpha = uncertain ? 0.3 : 1;
      ctx.beginPath();
      ctx.arc(x, y, radius, 0, 2 * Math.PI);
    }
    ctx.fill();
    ctx.globalAlpha = 1;
    if (isSelected || uncertain || m.kind === 'point') {
      ctx.strokeStyle = isSelected || uncertain ? style.text : style.background;
      ctx.lineWidth = isSelected ? 2 : uncertain ? 1.25 : 1.5;
      if (uncertain !== dashed) {
        ctx.setLineDash(uncertain ? [2, 2] : []);
        dashed = uncertain;
      }
      ctx.stroke();
    }
    if (m.label) {
      const { direction, align } = labelSetting(m);
      ctx.direction = direction;
      ctx.textAlign = align;
      ctx.fillStyle = style.text;
      if (isSelected) underline(ctx, m.label, m.labelX, y + dy, (align === 'start') === (direction === 'ltr'), style);
      ctx.fillText(m.label, m.labelX, y + dy);
    }
  }
  ctx.restore();
}

/**
 * The selected label's underline (`text-decoration: underline 2px`, offset 2px), with gaps where
 * descenders cross it, as the browser's `text-decoration-skip-ink` leaves them: the glyphs' outline
 * is stroked over the line in the colour under it (the selection's tint), and the text drawn after.
 */
function underline(ctx: CanvasRenderingContext2D, label: string, x: number, baseline: number, fromLeft: boolean, style: MarkStyle): void {
  const w = ctx.measureText(label).width;
  const top = baseline + UNDERLINE_OFFSET;
  ctx.fillRect(fromLeft ? x : x - w, top, w, 2);
  const [bg, accent] = [rgbOf(style.background), rgbOf(style.accent)];
  if (!bg || !accent) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect((fromLeft ? x : x - w) - 2, top, w + 4, 2);
  ctx.clip();
  ctx.strokeStyle = `rgb(${bg.map((c, i) => Math.round(c * 0.9 + accent[i]! * 0.1)).join(',')})`;
  ctx.lineWidth = SKIP_INK;
  ctx.lineJoin = 'round';
  // The mark's outline may have left a dash set (drawMarks sets it only when it changes).
  ctx.setLineDash([]);
  ctx.strokeText(label, x, baseline);
  ctx.restore();
}

/** Where Chromium draws a 2px underline offset by 2px: its top this far below the baseline, px. */
const UNDERLINE_OFFSET = 1;
/** The width of the gap skip-ink leaves on either side of a glyph, doubled, px. */
const SKIP_INK = 3;
