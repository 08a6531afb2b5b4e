import { expect } from '@open-wc/testing';
import { drawMarks, type MarkStyle } from '../../src/components/news-timeline/draw-marks.js';
import type { MarkLayout } from '../../src/layout/lanes.js';

const style: MarkStyle = { text: '#1a1a1a', background: '#ffffff', accent: '#b3261e', font: '13px sans-serif', fontSize: 13, radius: 5 };

/** A point mark at (x, y), with `label` set to the right of it. */
function point(id: string, x: number, y: number, label: string, certainty?: MarkLayout['certainty']): MarkLayout {
  return {
    id, lane: 'g', order: 0, kind: 'point', row: 0, x, x2: x, y, label, left: x - 5, right: x + 10 + label.length * 7,
    labelX: x + 10, labelAnchor: 'start', labelWidth: label.length * 7,
    event: { id, start: '2023-11-01', title: label || id }, interval: { start: 0, end: 1 },
    ...(certainty && { certainty }),
  } as MarkLayout;
}

function draw(marks: MarkLayout[]): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 60;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  drawMarks(ctx, marks, style, { width: 320, colorOf: () => '#0072b2', selected: 'b', labelSetting: () => ({ direction: 'ltr', align: 'start' }), rtl: false });
  return ctx;
}

describe('drawMarks', () => {
  it('drawMarks underlines a selected label the same whether its mark\'s outline is dashed (uncertain) or not', () => {
    const uncertain = draw([point('b', 20, 30, 'Typography jig', 'uncertain')]);
    const certain = draw([point('b', 20, 30, 'Typography jig')]);
    // The strip under the label, descenders and all; the mark's ring (x 14–26) is left of it.
    const baseline = 30 + 0.35 * 13;
    const strip = (ctx: CanvasRenderingContext2D) => [...ctx.getImageData(31, Math.floor(baseline - 2), 150, 8).data];
    const a = strip(uncertain);
    expect(a.some((v, i) => i % 4 === 3 && v > 0), 'the underline is drawn').to.equal(true);
    expect(a).to.deep.equal(strip(certain));
    // The uncertain mark's ring is dashed: some of it is left out where the certain one is drawn.
    const ring = (ctx: CanvasRenderingContext2D) => [...ctx.getImageData(13, 23, 15, 15).data].filter((_, i) => i % 4 === 3);
    expect(ring(uncertain)).to.not.deep.equal(ring(certain));
  });
});
