// The pure layout at 1,000,000 events under Node: sort, index, and one frame at three zooms.
// Usage: npm run build && node bench/layout-node.mjs [--n 1000000] [--json]
import { performance } from 'node:perf_hooks';
import { timeOrder } from '../dist/layout/lanes.js';
import { lanesFor } from '../dist/layout/lanes.js';
import { buildLaneIndex, layoutFrame } from '../dist/layout/frame.js';
import { estimateText } from '../dist/layout/text.js';
import { syntheticDocument } from './synthetic.js';

const i = process.argv.indexOf('--n');
const n = i > 0 ? Number(process.argv[i + 1]) : 1_000_000;
const doc = syntheticDocument(n);
const time = (fn) => {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
};

const [ordered0, sortMs] = time(() => timeOrder(doc.events));
const ordered = ordered0.map((o, order) => ({ ...o, order }));
const [lanes, indexMs] = time(() => buildLaneIndex(ordered, lanesFor(doc.events, doc.groups)));
const measure = estimateText(13);
const frames = {};
for (const [name, from, to] of [
  ['whole span', Date.UTC(2019, 0, 1), Date.UTC(2024, 1, 1)],
  ['one month', Date.UTC(2021, 5, 1), Date.UTC(2021, 6, 1)],
  ['one day', Date.UTC(2021, 5, 1), Date.UTC(2021, 5, 2)],
]) {
  const x = (ms) => ((ms - from) / (to - from)) * 1200;
  const invert = (px) => from + (px / 1200) * (to - from);
  const samples = [];
  let layout;
  for (let k = 0; k < 7; k++) {
    const [l, ms] = time(() => layoutFrame({ ordered, lanes, domain: [from, to], x, invert, width: 1200, measure }));
    layout = l;
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  frames[name] = { medianMs: samples[3], visible: layout.visibleCount, marks: layout.marks.length, clusters: layout.clusters.length };
}
const result = { n, sortMs, indexMs, frames };
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`pure layout, ${n.toLocaleString('en')} events (Node ${process.version}):`);
  console.log(`  time order (per data change): ${sortMs.toFixed(0)} ms; index: ${indexMs.toFixed(0)} ms`);
  for (const [name, f] of Object.entries(frames)) {
    console.log(`  frame, ${name}: ${f.medianMs.toFixed(1)} ms median for ${f.visible.toLocaleString('en')} events in view → ${f.marks} marks + ${f.clusters} clusters`);
  }
}
