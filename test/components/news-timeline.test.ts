import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/news-timeline/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { TimelineSelectEvent } from '../../src/events/timeline-select.js';
import type { TimelineErrorEvent } from '../../src/events/timeline-error.js';
import { markX, sampleDocument, storyDocument } from '../helpers.js';

const marks = (el: NewsTimeline) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.mark')];
const mark = (el: NewsTimeline, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`.mark[data-id="${id}"]`)!;

async function timeline(data: unknown, width = 800): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><news-timeline lang="en-GB" .data=${data}></news-timeline></div>`);
  const el = wrapper.querySelector('news-timeline')!;
  await el.updateComplete;
  return el;
}

describe('<news-timeline>', () => {
  it('renders one mark per event, each labelled with its title', async () => {
    const story = await storyDocument();
    const el = await timeline(story, 1200);
    expect(marks(el)).to.have.length(story.events.length);
    for (const e of story.events) {
      const m = mark(el, e.id);
      expect(m, e.id).to.exist;
      const label = m.querySelector('text')!.textContent!;
      expect(e.title.startsWith(label.replace(/…$/, '').trimEnd()), `${e.id}: ${label}`).to.equal(true);
      expect(m.getAttribute('aria-label')).to.contain(e.title);
    }
  });

  it('names each event with its date, lane and title', async () => {
    const el = await timeline(await storyDocument(), 1200);
    expect(mark(el, 'macron-astana').getAttribute('aria-label')).to.equal('1 November 2023, France–Kazakhstan: Macron visits Astana');
    expect(mark(el, 'niger-coup-2023').getAttribute('aria-label')).to.equal('late July 2023, Background: Coup in Niger disrupts France\'s uranium supply'); // the author's wording wins
  });

  it('places each event at its date and in its lane', async () => {
    const el = await timeline(sampleDocument(), 800);
    const x = (id: string) => markX(el, id);
    expect(x('one')).to.be.lessThan(x('three'));
    expect(x('three')).to.be.lessThan(x('four'));
    const lanes = [...el.shadowRoot!.querySelectorAll('.lane')].map((l) => l.getAttribute('aria-label'));
    expect(lanes).to.deep.equal(['Lane A', 'Lane B']);
    expect(el.shadowRoot!.querySelector('.lane[aria-label="Lane A"] .mark[data-id="three"]')).to.exist;
    expect(el.shadowRoot!.querySelector('.lane[aria-label="Lane B"] .mark[data-id="two"]')).to.exist;
  });

  it('draws an axis with non-overlapping tick labels', async () => {
    const el = await timeline(await storyDocument(), 1000);
    const labels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.axis text')];
    expect(labels.length).to.be.greaterThan(3);
    const boxes = labels.map((t) => t.getBoundingClientRect()).sort((a, b) => a.left - b.left);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).to.be.at.least(boxes[i - 1]!.right);
  });

  it('keeps its tick nodes through a zoom and a pan: a tick that stays keeps its node, the others are re-labelled', async () => {
    const el = await timeline(await storyDocument(), 1000);
    const ticks = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.axis .ticks > g')].map((g) => ({ g, label: g.querySelector('text')!.textContent!, left: g.getBoundingClientRect().left }));
    el.zoomTo('2023-10-01', '2023-12-01');
    await el.updateComplete;
    const before = ticks();
    expect(before.length).to.be.greaterThan(3);
    // A zoom to a finer unit changes every tick's time; the nodes are the same, with new labels.
    el.zoomTo('2023-10-25', '2023-11-10');
    await el.updateComplete;
    const zoomed = ticks();
    const reused = zoomed.filter((t) => before.some((b) => b.g === t.g));
    expect(reused.length, 'nodes kept').to.equal(Math.min(before.length, zoomed.length));
    expect(zoomed.map((t) => t.label)).to.not.deep.equal(before.map((t) => t.label));
    // A small pan: the ticks still in view keep their node and label, moved by the pan.
    el.zoomTo('2023-10-26', '2023-11-11');
    await el.updateComplete;
    const panned = ticks();
    const kept = panned.filter((t) => zoomed.some((z) => z.g === t.g && z.label === t.label));
    expect(kept.length, 'kept with their labels').to.be.at.least(panned.length - 2);
    for (const t of kept) expect(t.left).to.be.lessThan(zoomed.find((z) => z.g === t.g)!.left - 20);
    // Each label once, one node per tick.
    expect(new Set(panned.map((t) => t.label)).size).to.equal(panned.length);
  });

  it('keeps every label clear of every other in the rendered chart', async () => {
    const el = await timeline(await storyDocument(), 700);
    const boxes = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.mark .label')].map((t) => t.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
      }
    }
  });

  it('fires timeline-select with the event when a mark is clicked, and opens its detail', async () => {
    const el = await timeline(sampleDocument());
    setTimeout(() => mark(el, 'one').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = (await oneEvent(el, 'timeline-select')) as TimelineSelectEvent;
    expect(event.detail.id).to.equal('one');
    expect(event.detail.event!.title).to.equal('First event');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.selected).to.equal('one');
    expect(mark(el, 'one').getAttribute('aria-expanded')).to.equal('true');
    const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(detail.querySelector('.title')!.textContent).to.equal('First event');
    expect(detail.querySelector('time')!.textContent).to.equal('1 November 2023');
    const link = detail.querySelector<HTMLAnchorElement>('.sources a')!;
    expect(link.href).to.equal('https://example.com/one');
    expect(link.rel).to.contain('noopener');
  });

  it('selects with Enter and moves with the arrow keys, with one tab stop', async () => {
    const el = await timeline(sampleDocument());
    const tabbable = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
    expect(tabbable).to.have.length(1);
    tabbable[0]!.focus();
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('one');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await aTimeout(0);
    // Time order: one (1 Nov), two (November, centred mid-month but starting 1 Nov, longer), three, four.
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('two');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'timeline-select')) as TimelineSelectEvent;
    expect(event.detail.id).to.equal('two');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.detail time')!.textContent).to.equal('November 2023');
  });

  it('closes the detail with Escape and returns focus to the event', async () => {
    const el = await timeline(sampleDocument());
    el.select('three');
    await el.updateComplete;
    await aTimeout(0);
    expect(el.shadowRoot!.activeElement?.classList.contains('detail')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await aTimeout(0);
    expect(el.selected).to.equal(null);
    expect(el.shadowRoot!.querySelector('.detail')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('three');
  });

  it('shows a range in its own precision in the detail', async () => {
    const el = await timeline(sampleDocument());
    el.select('three');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.detail time')!.textContent).to.match(/^9\s?–\s?12 November 2023$/);
  });

  it('re-renders when the data changes', async () => {
    const el = await timeline(sampleDocument());
    expect(marks(el)).to.have.length(4);
    el.data = { events: [{ id: 'only', start: '2020', title: 'Only one' }] };
    await el.updateComplete;
    expect(marks(el).map((m) => m.dataset.id)).to.deep.equal(['only']);
    el.events = [{ id: 'x', start: '2021', title: 'X' }, { id: 'y', start: '2022', title: 'Y' }];
    await el.updateComplete;
    expect(marks(el).map((m) => m.dataset.id)).to.deep.equal(['x', 'y']);
  });

  it('renders the valid events of a broken document and says what was left out', async () => {
    const doc = sampleDocument();
    const broken = { ...doc, events: [...doc.events, { id: 'bad', start: '2023-13-01', title: 'Bad date' }] };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('news-timeline');
    el.data = broken;
    setTimeout(() => wrapper.append(el));
    const error = (await oneEvent(wrapper, 'timeline-error')) as TimelineErrorEvent;
    expect(error.detail.code).to.equal('invalid-data');
    expect(error.detail.issues.map((i) => i.path)).to.deep.equal(['events[4].start']);
    await el.updateComplete;
    expect(marks(el)).to.have.length(4);
    const message = el.shadowRoot!.querySelector('[part="issues"]')!.textContent!;
    expect(message).to.contain('1 event was left out');
    expect(message).to.contain('events[4].start: "2023-13-01" is not a valid date');
  });

  it('renders event text as text, never as HTML', async () => {
    const el = await timeline({
      events: [{ id: 'x', start: '2023', title: '<img src=x onerror="window.__pwned=1">', summary: '<b>bold</b>', sources: [{ title: 'evil', url: 'https://example.com/"><script>' }] }],
    });
    el.select('x');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.detail b')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.detail .title')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('loads a document from src, showing a loading state first', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline src="/data/kazakhstan-2023.json"></news-timeline>`);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Loading');
    await oneEvent(el, 'timeline-load');
    await el.updateComplete;
    expect(marks(el).length).to.be.greaterThan(20);
    expect(el.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
  });

  it('says so when src cannot be found, and can retry', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline src="/data/missing.json"></news-timeline>`);
    const error = (await oneEvent(el, 'timeline-error')) as TimelineErrorEvent;
    expect(error.detail.code).to.equal('http-error');
    expect(error.detail.status).to.equal(404);
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('HTTP 404');
    el.src = '/data/kazakhstan-2023.json';
    await oneEvent(el, 'timeline-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('says so when src is not JSON', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline src="/data/README.md"></news-timeline>`);
    const error = (await oneEvent(el, 'timeline-error')) as TimelineErrorEvent;
    expect(error.detail.code).to.equal('invalid-json');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('not valid JSON');
  });

  it('reflows when its container is resized', async () => {
    const el = await timeline(sampleDocument(), 1200);
    const svg = () => el.shadowRoot!.querySelector('svg')!;
    expect(Number(svg().getAttribute('width'))).to.equal(1200);
    const before = markX(el, 'four');
    el.parentElement!.style.width = '700px';
    await waitUntil(() => Number(svg().getAttribute('width')) === 700, 'the chart follows the container');
    const after = markX(el, 'four');
    expect(after).to.be.lessThan(before * 0.65);
  });

  it('honours start and end attributes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"><news-timeline start="2023-11-05" end="2023-11-30" .data=${sampleDocument()}></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await el.updateComplete;
    expect(el.visibleRange!.start.toISOString()).to.equal('2023-11-05T00:00:00.000Z');
    expect(el.visibleRange!.end.toISOString()).to.equal('2023-12-01T00:00:00.000Z');
    // 1 November lies left of the plot: culled, or drawn outside it.
    const one = mark(el, 'one');
    if (one) expect(markX(el, 'one')).to.be.lessThan(0);
    expect(markX(el, 'four')).to.be.within(0, 600);
  });

  it('is accessible with axe-core: loaded', async () => {
    const el = await timeline(await storyDocument(), 1000);
    await expect(el).to.be.accessible();
  });

  it('is accessible with axe-core: an event selected with its detail open', async () => {
    const el = await timeline(await storyDocument(), 1000);
    el.select('macron-astana');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible with axe-core: error state', async () => {
    const el = await timeline({ events: [{ id: 'a', start: 'nope', title: 'x' }, { id: 'b', start: '2020', title: 'ok' }] });
    await expect(el).to.be.accessible();
  });
});
