import { expect } from '@open-wc/testing';
import { buildLaneIndex, layoutFrame } from '../../src/layout/frame.js';
import { lanesFor, timeOrder } from '../../src/layout/lanes.js';
import { mirrorLayout, mirrorTicks } from '../../src/layout/mirror.js';
import { estimateText, textDirection } from '../../src/layout/text.js';
import { syntheticDocument } from '../../bench/synthetic.js';

describe('mirrorLayout', () => {
  const doc = syntheticDocument(3000, 7);
  const ordered = timeOrder(doc.events).map((o, order) => ({ ...o, order }));
  const lanes = buildLaneIndex(ordered, lanesFor(doc.events, doc.groups));
  const width = 900;
  const domain: [number, number] = [Date.UTC(2021, 0, 1), Date.UTC(2021, 6, 1)];
  const x = (ms: number) => ((ms - domain[0]) / (domain[1] - domain[0])) * width;
  const invert = (px: number) => domain[0] + (px / width) * (domain[1] - domain[0]);
  const layout = layoutFrame({ ordered, lanes, domain, x, invert, width, measure: estimateText(13) });

  it('mirrorLayout(mirrorLayout(layout)) is the layout again', () => {
    const rounded = (value: unknown) => JSON.stringify(value, (_, v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v));
    expect(rounded(mirrorLayout(mirrorLayout(layout, width), width))).to.equal(rounded(layout));
  });

  it('mirrorLayout reflects every position about the middle, keeping extents', () => {
    const mirrored = mirrorLayout(layout, width);
    expect(mirrored.marks.length).to.equal(layout.marks.length);
    layout.marks.forEach((m, i) => {
      const r = mirrored.marks[i]!;
      expect(r.x + m.x2, m.id).to.be.closeTo(width, 1e-9);
      expect(r.right - r.left).to.be.closeTo(m.right - m.left, 1e-9);
      expect(r.left).to.be.closeTo(width - m.right, 1e-9);
      expect(r.x).to.be.at.most(r.x2);
    });
    layout.clusters.forEach((c, i) => expect(mirrored.clusters[i]!.x).to.be.closeTo(width - c.x2, 1e-9));
  });

  it('mirrorLayout keeps the marks of a row apart exactly where they were apart', () => {
    const mirrored = mirrorLayout(layout, width);
    const apart = (a: { left: number; right: number }, b: { left: number; right: number }) => a.right <= b.left + 1e-9 || b.right <= a.left + 1e-9;
    let pairs = 0;
    for (let i = 0; i < layout.marks.length; i++) {
      for (let j = i + 1; j < layout.marks.length; j++) {
        const [a, b] = [layout.marks[i]!, layout.marks[j]!];
        if (a.lane !== b.lane || a.y !== b.y) continue;
        pairs++;
        expect(apart(mirrored.marks[i]!, mirrored.marks[j]!), `${a.id}/${b.id}`).to.equal(apart(a, b));
      }
    }
    expect(pairs).to.be.greaterThan(100);
  });

  it('mirrorMark turns an open end\'s fade to the other side', () => {
    const events = [{ id: 'a', start: '2021-01-01', title: 'A', end: '..' }, { id: 'b', start: '2021-06-01', title: 'B' }];
    const o = timeOrder(events).map((e, order) => ({ ...e, order }));
    const l = layoutFrame({ ordered: o, lanes: buildLaneIndex(o, lanesFor(events)), domain, x, invert, width, measure: estimateText(13) });
    const a = l.marks.find((m) => m.id === 'a')!;
    expect(a.spread!.fade).to.equal('end');
    expect(mirrorLayout(l, width).marks.find((m) => m.id === 'a')!.spread!.fade).to.equal('start');
  });

  it('mirrorTicks reflects tick positions', () => {
    expect(mirrorTicks([{ value: 1, x: 100, label: 'a' }], 900)).to.deep.equal([{ value: 1, x: 800, label: 'a' }]);
  });
});

describe('textDirection', () => {
  it('textDirection(text) follows the first letter', () => {
    expect(textDirection('Macron visits Astana')).to.equal('ltr');
    expect(textDirection('ماكرون يزور أستانا')).to.equal('rtl');
    expect(textDirection('2023: מקרון')).to.equal('rtl');
    expect(textDirection('«Путин»')).to.equal('ltr');
    expect(textDirection('2023 — 12')).to.equal(undefined);
  });
});
