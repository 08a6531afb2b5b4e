import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3';
import { layoutAxis } from '../../src/layout/axis.js';
import { estimateText } from '../../src/layout/text.js';
import { formatTick, tickUnit } from '../../src/time/format.js';
import { resolveLocale } from '../../src/time/locale.js';

const measure = estimateText(12);
const en = resolveLocale('en-GB');

const spans: [string, number, number][] = [
  ['31 years', Date.UTC(1992, 0, 1), Date.UTC(2023, 11, 1)],
  ['one month', Date.UTC(2023, 9, 25), Date.UTC(2023, 10, 25)],
  ['one day', Date.UTC(2023, 10, 9), Date.UTC(2023, 10, 10)],
  ['two hours', Date.UTC(2023, 10, 9, 10), Date.UTC(2023, 10, 9, 12)],
];

describe('layoutAxis', () => {
  for (const [name, from, to] of spans) {
    for (const width of [280, 600, 1200]) {
      it(`layoutAxis labels ${name} at ${width}px without overlaps`, () => {
        const x = scaleUtc().domain([from, to]).range([0, width]);
        const ticks = layoutAxis({
          ticks: (n) => x.ticks(n).map(Number),
          x: (v) => x(v),
          label: (v) => formatTick(v, tickUnit(v), en),
          width,
          measure,
        });
        expect(ticks.length, 'some ticks').to.be.greaterThan(1);
        for (let i = 1; i < ticks.length; i++) {
          const a = ticks[i - 1]!;
          const b = ticks[i]!;
          expect(a.x + measure(a.label) / 2 + 12, `${a.label} / ${b.label}`).to.be.at.most(b.x - measure(b.label) / 2 + 0.001);
        }
      });
    }
  }

  it('layoutAxis labels a set of ticks that does not fit only up to its first overlap', () => {
    // 40 px labels on 200 px: four steps (five ticks) overlap at the second tick; three fit.
    const asked: number[] = [];
    const ticks = layoutAxis({
      ticks: (n) => Array.from({ length: n + 1 }, (_, i) => (i * 200) / n),
      x: (v) => v,
      label: (v) => {
        asked.push(Math.round(v));
        return 'four';
      },
      width: 200,
      measure: (text) => text.length * 10,
    });
    expect(ticks.map((t) => Math.round(t.x))).to.deep.equal([0, 67, 133, 200]);
    expect(asked).to.deep.equal([0, 50, 0, 67, 133, 200]);
  });

  it('layoutAxis gives up rather than overlap when nothing fits', () => {
    const ticks = layoutAxis({ ticks: () => [0, 1], x: (v) => v * 10, label: () => 'a very long label', width: 10, measure });
    expect(ticks).to.deep.equal([]);
  });
});
