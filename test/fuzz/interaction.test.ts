import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/components/news-timeline/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { eventInterval } from '../../src/time/interval.js';
import { syntheticDocument } from '../../bench/synthetic.js';

/**
 * Random sequences of zoom, pan, select, keyboard, resize and data changes on a live element.
 * After every step: every valid event in view is in exactly one mark or cluster, labels and lanes
 * never overlap, the selection names an event that exists and its detail shows it, the element
 * count stays bounded, and nothing throws. fast-check prints the seed and the shrunk sequence.
 */

const RUNS = { numRuns: 30 };
const YEAR = [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)] as const;
const iso = (ms: number, precision: 'year' | 'month' | 'day' | 'minute') => {
  const s = new Date(ms).toISOString();
  return precision === 'year' ? s.slice(0, 4) : precision === 'month' ? s.slice(0, 7) : precision === 'day' ? s.slice(0, 10) : `${s.slice(0, 16)}Z`;
};

const eventArb = fc
  .record({
    at: fc.double({ min: YEAR[0], max: YEAR[1] - 864e5, noNaN: true }),
    days: fc.option(fc.integer({ min: 0, max: 60 })),
    precision: fc.constantFrom('year' as const, 'month' as const, 'day' as const, 'day' as const, 'minute' as const),
    group: fc.constantFrom('g0', 'g1', 'g2', 'g3'),
    words: fc.integer({ min: 1, max: 9 }),
    importance: fc.integer({ min: 1, max: 5 }),
    bad: fc.boolean(),
  });

const docArb = fc.oneof(
  { weight: 4, arbitrary: fc.array(eventArb, { maxLength: 120 }).map((list) => ({
    groups: ['g0', 'g1', 'g2', 'g3'].map((id) => ({ id, label: `Lane ${id}` })),
    events: list.map((r, i) => ({
      id: `e${i}`,
      // About one in ten is invalid (a date that does not exist): reported, the rest still shown.
      start: r.bad && i % 5 === 0 ? '2023-02-30' : iso(r.at, r.precision),
      ...(r.days !== null && r.precision !== 'year' && r.precision !== 'month' && { end: iso(r.at + r.days * 864e5, 'day') }),
      title: Array.from({ length: r.words }, (_, w) => `word${(i * 7 + w) % 13}`).join(' '),
      group: r.group,
      importance: r.importance,
    })),
  })) },
  // Dense enough to cluster.
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 1000 }).map((seed) => Object.assign(syntheticDocument(3000, seed), { [fc.toStringMethod]: () => `syntheticDocument(3000, ${seed})` })),
  },
);

type Command =
  | { kind: 'zoom'; offset: number; share: number }
  | { kind: 'pan'; by: number }
  | { kind: 'button'; which: 'zoom-in' | 'zoom-out' | 'fit' }
  | { kind: 'select'; pick: number }
  | { kind: 'clear' | 'next' | 'previous' }
  | { kind: 'key'; key: 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End' | 'Enter' | 'Escape' }
  | { kind: 'width'; width: number }
  | { kind: 'data'; doc: unknown };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('zoom' as const), offset: fc.double({ min: 0, max: 1, noNaN: true }), share: fc.double({ min: 0.0001, max: 1, noNaN: true }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('pan' as const), by: fc.double({ min: -1.5, max: 1.5, noNaN: true }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('button' as const), which: fc.constantFrom('zoom-in' as const, 'zoom-out' as const, 'fit' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('select' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('clear' as const, 'next' as const, 'previous' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('key' as const), key: fc.constantFrom('ArrowRight' as const, 'ArrowLeft' as const, 'Home' as const, 'End' as const, 'Enter' as const, 'Escape' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('width' as const), width: fc.constantFrom(420, 760, 1200) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('data' as const), doc: docArb }) },
);

const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(e.message));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

async function run(el: NewsTimeline, wrapper: HTMLElement, c: Command): Promise<void> {
  const events = el.document.events;
  const range = el.visibleRange;
  switch (c.kind) {
    case 'zoom': {
      const span = (YEAR[1] - YEAR[0]) * c.share;
      const start = YEAR[0] + (YEAR[1] - YEAR[0] - span) * c.offset;
      el.zoomTo(start, start + span);
      break;
    }
    case 'pan':
      if (range) {
        const span = range.end.getTime() - range.start.getTime();
        el.zoomTo(range.start.getTime() + span * c.by, range.end.getTime() + span * c.by);
      }
      break;
    case 'button':
      el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${c.which}-button"]`)?.click();
      break;
    case 'select':
      el.select(c.pick % 7 === 0 || !events.length ? 'no-such-event' : events[c.pick % events.length]!.id);
      break;
    case 'clear':
      el.clearSelection();
      break;
    case 'next':
      el.next();
      break;
    case 'previous':
      el.previous();
      break;
    case 'key': {
      const target = el.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"].mark, [tabindex="0"].cluster, .story [tabindex="0"]');
      if (!target) break;
      target.focus();
      await sendKeys({ press: c.key });
      break;
    }
    case 'width':
      wrapper.style.width = `${c.width}px`;
      // A resize reaches the element through its ResizeObserver, a frame or two later: wait for
      // the layout the new width calls for, so that it cannot land in the middle of a later step.
      await waitUntil(() => el.isVertical === c.width < 600, `layout for ${c.width} px`);
      break;
    case 'data':
      el.data = c.doc;
      break;
  }
  await el.updateComplete;
  await frame(); // resize observer and zoom settle
  await el.updateComplete;
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function expectInvariants(el: NewsTimeline, step: string): void {
  expect(errors, `${step}: errors`).to.deep.equal([]);
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('*').length, `${step}: elements`).to.be.below(3000);
  const events = el.document.events;
  // The selection always names an existing event, and its detail shows that event: below the
  // chart, or in the vertical story under its card, if the story's page holds the card (paging
  // away from it, with End or "later events", keeps the selection, as panning away does).
  if (el.selected !== null) {
    const event = events.find((e) => e.id === el.selected);
    expect(event, `${step}: selected ${el.selected}`).to.exist;
    const shown = !el.isVertical || root.querySelector(`.card[data-id="${CSS.escape(el.selected)}"]`);
    if (shown) expect(root.querySelector('.detail .title')?.textContent, `${step}: detail`).to.equal(event!.title);
    else expect(root.querySelector('.detail'), `${step}: a detail away from its card`).to.equal(null);
  } else expect(root.querySelector('.detail'), `${step}: no detail without a selection`).to.equal(null);
  if (el.isVertical || !events.length) return;

  // Every valid event in view (with the layout's 10% margin) is in exactly one mark or cluster.
  const range = el.visibleRange!;
  const [a, b] = [range.start.getTime(), range.end.getTime()];
  const margin = (b - a) * 0.1;
  const inView = new Set(events.filter((e) => {
    const i = eventInterval(e)!;
    return i.end >= a - margin && i.start <= b + margin;
  }).map((e) => e.id));
  const marks = [...root.querySelectorAll<SVGGElement>('.mark')].map((m) => m.dataset.id!);
  expect(new Set(marks).size, `${step}: an event drawn twice`).to.equal(marks.length);
  for (const id of marks) expect(inView.has(id), `${step}: ${id} drawn but not in view`).to.equal(true);
  const clustered = [...root.querySelectorAll('.cluster')].reduce((n, c) => n + Number(/^([\d,]+) events/.exec(c.getAttribute('aria-label')!)![1]!.replace(/,/g, '')), 0);
  expect(marks.length + clustered, `${step}: marks and clusters add up to the events in view`).to.equal(inView.size);

  // Labels never overlap one another.
  const labels: Box[] = [...root.querySelectorAll('.mark .label')].map((t) => t.getBoundingClientRect()).sort((p, q) => p.left - q.left);
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length && labels[j]!.left < labels[i]!.right; j++) {
      expect(overlaps(labels[i]!, labels[j]!), `${step}: labels ${i} and ${j} overlap`).to.equal(false);
    }
  }
  // Lanes never overlap: each lane's marks sit in a band of its own.
  const bands = [...root.querySelectorAll('.lane')]
    .map((lane) => [...lane.querySelectorAll('.hit')].map((h) => h.getBoundingClientRect()))
    .filter((rects) => rects.length)
    .map((rects) => ({ top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) }))
    .sort((p, q) => p.top - q.top);
  for (let i = 1; i < bands.length; i++) expect(bands[i]!.top, `${step}: lane ${i} overlaps the one above`).to.be.at.least(bands[i - 1]!.bottom - 0.5);
}

describe('fuzz: random interaction sequences keep the timeline consistent', () => {
  it('zoom, pan, select, keys, resize and data changes in any order', async function () {
    this.timeout(180_000); // 30 sequences of up to 10 steps, each rendered and checked
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"><news-timeline lang="en-GB" no-hash no-json-ld></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await fc.assert(
      fc.asyncProperty(docArb, fc.array(commandArb, { minLength: 1, maxLength: 10 }), async (doc, commands) => {
        errors.length = 0;
        wrapper.style.width = '1000px';
        await waitUntil(() => !el.isVertical, 'horizontal at 1000 px');
        el.clearSelection();
        el.data = doc;
        await el.updateComplete;
        await frame();
        expectInvariants(el, 'after loading');
        for (const [i, c] of commands.entries()) {
          await run(el, wrapper, c);
          try {
            expectInvariants(el, `step ${i + 1} (${c.kind}${'which' in c ? ` ${c.which}` : 'key' in c ? ` ${c.key}` : ''})`);
          } catch (error) {
            // The runner prints fast-check's counterexample but not the assertion behind it.
            console.error(`invariant broken: ${(error as Error).message}`);
            throw error;
          }
        }
      }),
      RUNS,
    );
  });
});
