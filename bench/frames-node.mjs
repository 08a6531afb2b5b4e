// layoutFrame at 100,000 events over 14 zoom-in frames, each window 1/1.6 of the last, around the
// middle of the span; prints the last run's frames and the median total of 7 runs, ms. Text is
// measured as the element measures it, once per string through a cache, here 7.1 px a character.
// Usage: npm run build && node bench/frames-node.mjs
import { performance } from 'node:perf_hooks';
import { timeOrder, lanesFor } from '../dist/layout/lanes.js';
import { buildLaneIndex, layoutFrame } from '../dist/layout/frame.js';
import { syntheticDocument } from './synthetic.js';
const doc = syntheticDocument(100_000);
const ordered = timeOrder(doc.events).map((o, order) => ({ ...o, order }));
const lanes = buildLaneIndex(ordered, lanesFor(doc.events, doc.groups));
const cache = new Map();

const measure = (t) => {
  let w = cache.get(t);
  if (w === undefined) cache.set(t, (w = t.length * 7.1));
  return w;
};
const whole = [Date.UTC(2019, 0, 1), Date.UTC(2024, 1, 1)];
const mid = (whole[0] + whole[1]) / 2;
const width = 1168;
const totals = [];
for (let run = 0; run < 7; run++) {
  cache.clear();
  let span = whole[1] - whole[0];
  let total = 0;
  const steps = [];
  let prev;
  for (let i = 0; i < 14; i++) {
    const domain = [mid - span / 2, mid + span / 2];
    const x = (ms) => ((ms - domain[0]) / (domain[1] - domain[0])) * width;
    const invert = (px) => domain[0] + (px / width) * (domain[1] - domain[0]);
    const t0 = performance.now();
    prev = layoutFrame({ ordered, lanes, domain, x, invert, width, measure, ...(prev && { options: { rowHints: new Map(prev.marks.map((m) => [m.id, m.row])) } }) });
    const dt = performance.now() - t0;
    steps.push(dt.toFixed(1));
    total += dt;
    span /= 1.6;
  }
  totals.push(total);
  if (run === 6) console.log(steps.join(' '));
}
totals.sort((a, b) => a - b);
console.log('total median', totals[3].toFixed(1), 'min', totals[0].toFixed(1));
