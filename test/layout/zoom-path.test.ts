import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { zoomPath } from '../../src/layout/zoom-path.js';

const view = fc.record({ k: fc.double({ min: 1, max: 1e5, noNaN: true }), x: fc.double({ min: -1e8, max: 0, noNaN: true }) });
const close = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(scale));

describe('zoomPath', () => {
  it('zoomPath(from, to) starts at from and ends exactly at to', () => {
    fc.assert(
      fc.property(view, view, (from, to) => {
        const path = zoomPath(from, to);
        expect(path(0)).to.deep.equal(from);
        expect(path(1)).to.equal(to);
      }),
      { numRuns: 300 },
    );
  });

  it('zoomPath(from, to) keeps still the screen point that shows the same moment in both views', () => {
    fc.assert(
      fc.property(view, view, fc.double({ min: 0, max: 1, noNaN: true }), (from, to, t) => {
        fc.pre(Math.abs(from.k - to.k) > 1e-6 * from.k);
        const u = (to.x - from.x) / (from.k - to.k); // the moment
        const p = from.x + u * from.k; // its screen x
        const v = zoomPath(from, to)(t);
        expect(close(v.x + u * v.k, p, Math.abs(u * v.k) + Math.abs(p))).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('zoomPath(from, to) changes the zoom by the same factor in equal steps of time', () => {
    const path = zoomPath({ k: 1, x: 0 }, { k: 16, x: -7500 });
    [2, 4, 8].forEach((k, i) => expect(path((i + 1) / 4).k).to.be.closeTo(k, 1e-12));
    expect(path(0.5).x).to.be.closeTo(500 - 500 * 4, 1e-9); // screen x 500 shows the same moment
  });

  it('zoomPath(from, to) at one zoom is a pan at constant speed', () => {
    const path = zoomPath({ k: 3, x: -100 }, { k: 3, x: -700 });
    expect(path(0.25)).to.deep.equal({ k: 3, x: -250 });
    expect(path(0.5)).to.deep.equal({ k: 3, x: -400 });
  });
});
