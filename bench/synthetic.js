// Seeded synthetic news-like timelines for the benchmark and the scale tests:
// about 70% points and 30% ranges of 1–30 days, 8 groups, headlines of 3–10 words, over 5 years.

const WORDS = (
  'minister summit talks protest sanctions election court ruling strike vote parliament treaty ' +
  'border ceasefire agreement energy pipeline uranium visit president premier opposition rally ' +
  'reform budget tariff exports grain floods drought wildfire outbreak vaccine scandal inquiry ' +
  'resigns appoints warns rejects signs opens closes launches delays announces condemns backs'
).split(' ');

/** A small seeded PRNG (mulberry32), so every run sees the same data. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * A timeline document of `n` events from 2019-01-01 over five years.
 * @param {number} n
 * @param {number} [seed]
 */
export function syntheticDocument(n, seed = 42) {
  const r = random(seed + n);
  const start = Date.UTC(2019, 0, 1);
  const span = 5 * 365 * DAY;
  const groups = Array.from({ length: 8 }, (_, i) => ({ id: `g${i}`, label: `Desk ${i + 1}` }));
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = start + Math.floor(r() * span / DAY) * DAY;
    const ranged = r() < 0.3;
    const words = 3 + Math.floor(r() * 8);
    let title = '';
    for (let w = 0; w < words; w++) title += (w ? ' ' : '') + WORDS[Math.floor(r() * WORDS.length)];
    events[i] = {
      id: `e${i}`,
      start: iso(t),
      ...(ranged && { end: iso(t + (1 + Math.floor(r() * 30)) * DAY) }),
      title: title[0].toUpperCase() + title.slice(1),
      group: groups[Math.floor(r() * 8)].id,
      importance: 1 + Math.floor(r() * 5),
    };
  }
  return { title: `${n} synthetic events`, groups, events };
}
