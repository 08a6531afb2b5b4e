import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport, resetMouse } from '@web/test-runner-commands';
import '../../src/components/news-timeline/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { TimelineRangeChangeEvent } from '../../src/events/timeline-rangechange.js';
import type { TimelineSelectEvent } from '../../src/events/timeline-select.js';
import { parseTimeline } from '../../src/schema/parse.js';
import { timeOrder } from '../../src/layout/lanes.js';
import type { TimelineDocument } from '../../src/schema/types.js';
import { markX, storyDocument } from '../helpers.js';
import { syntheticDocument } from '../../bench/synthetic.js';

const DAY = 86_400_000;
const root = (el: NewsTimeline) => el.shadowRoot!;
const span = (el: NewsTimeline) => el.visibleRange!.end.getTime() - el.visibleRange!.start.getTime();
const active = (el: NewsTimeline) => root(el).activeElement?.getAttribute('data-id') ?? null;

async function timeline(doc: TimelineDocument, width = 1000, attrs: { id?: string; layout?: string } = {}): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px"><news-timeline id=${attrs.id ?? 'tl'} layout=${attrs.layout ?? 'auto'} lang="en-GB" .data=${doc}></news-timeline></div>`,
  );
  const el = wrapper.querySelector('news-timeline')!;
  await el.updateComplete;
  await aTimeout(0);
  return el;
}

function surfaceCentre(el: NewsTimeline) {
  const r = root(el).querySelector('.zoom-bg')!.getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
}

function wheel(el: NewsTimeline, deltaY: number, init: WheelEventInit = {}) {
  const { x, y } = surfaceCentre(el);
  const event = new WheelEvent('wheel', { deltaY, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true, ...init });
  root(el).querySelector('.zoom-bg')!.dispatchEvent(event);
  return event;
}

function boxesOverlap(boxes: DOMRect[]): boolean {
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  return sorted.some((b, i) => i > 0 && b.left < sorted[i - 1]!.right - 0.5);
}

describe('<news-timeline> reading', () => {
  let story: TimelineDocument;
  before(async () => {
    story = await storyDocument();
  });
  afterEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    await resetMouse();
    await setViewport({ width: 1200, height: 900 });
  });

  it('Ctrl + wheel zooms around the pointer; a plain wheel leaves the page to scroll', async () => {
    const el = await timeline(story);
    const whole = span(el);
    const plain = wheel(el, -300);
    await el.updateComplete;
    expect(span(el)).to.equal(whole);
    expect(plain.defaultPrevented).to.equal(false);
    const mid = (el.visibleRange!.start.getTime() + el.visibleRange!.end.getTime()) / 2;
    wheel(el, -300, { ctrlKey: true });
    await el.updateComplete;
    expect(span(el)).to.be.lessThan(whole * 0.8);
    const newMid = (el.visibleRange!.start.getTime() + el.visibleRange!.end.getTime()) / 2;
    // The pointer was at the centre, so the centre stays put.
    expect(Math.abs(newMid - mid)).to.be.lessThan(whole * 0.02);
  });

  it('dragging the chart pans, and timeline-rangechange reports the new span at the end', async () => {
    const el = await timeline(story);
    el.zoomTo('2023-10-20', '2023-11-30');
    await el.updateComplete;
    const before = el.visibleRange!.start.getTime();
    const { x, y } = surfaceCentre(el);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 100, y] });
    await sendMouse({ type: 'move', position: [x + 200, y] });
    const ended = oneEvent(el, 'timeline-rangechange') as Promise<TimelineRangeChangeEvent>;
    await sendMouse({ type: 'up' });
    const event = await ended;
    await el.updateComplete;
    // Dragging right shows earlier time.
    expect(el.visibleRange!.start.getTime()).to.be.lessThan(before - 5 * DAY);
    expect(event.detail.byUser).to.equal(true);
    expect(event.detail.start.getTime()).to.equal(el.visibleRange!.start.getTime());
  });

  it('the zoom buttons zoom in and out, and "Show all" fits the whole story', async () => {
    const el = await timeline(story);
    const whole = span(el);
    const zoomIn = root(el).querySelector<HTMLButtonElement>('[part="zoom-in-button"]')!;
    const zoomOut = root(el).querySelector<HTMLButtonElement>('[part="zoom-out-button"]')!;
    const fit = root(el).querySelector<HTMLButtonElement>('[part="fit-button"]')!;
    expect(zoomIn.getAttribute('aria-label')).to.equal('Zoom in');
    expect(zoomOut.getAttribute('aria-label')).to.equal('Zoom out');
    expect(fit.textContent!.trim()).to.equal('Show all');
    expect(zoomOut.disabled && fit.disabled).to.equal(true);
    zoomIn.click();
    await waitUntil(() => span(el) < whole * 0.55, 'zoomed in by 2');
    await aTimeout(350);
    zoomIn.click();
    await waitUntil(() => span(el) < whole * 0.3, 'zoomed in by 4');
    await aTimeout(350);
    await el.updateComplete;
    zoomOut.click();
    await waitUntil(() => span(el) > whole * 0.45, 'zoomed out by 2');
    await aTimeout(350);
    fit.click();
    await waitUntil(() => Math.abs(span(el) - whole) < 1000, 'fitted');
  });

  it('+, - and 0 zoom from the keyboard, and a polite live region says what is shown', async () => {
    const el = await timeline(story);
    const whole = span(el);
    root(el).querySelector<SVGElement>('.mark[tabindex="0"]')!.focus();
    await sendKeys({ press: '+' });
    await waitUntil(() => span(el) < whole * 0.55, 'zoomed in');
    await aTimeout(350);
    const live = root(el).querySelector('[aria-live="polite"]')!;
    await waitUntil(() => live.textContent!.startsWith('Showing'), 'announced');
    await sendKeys({ press: '-' });
    await waitUntil(() => span(el) > whole * 0.9, 'zoomed out');
    await aTimeout(350);
    el.zoomTo('2023-11-01', '2023-11-10');
    await el.updateComplete;
    root(el).querySelector<SVGElement>('.mark[tabindex="0"]')!.focus();
    await sendKeys({ press: '0' });
    await waitUntil(() => Math.abs(span(el) - whole) < 1000, 'fitted');
  });

  it('zoom stops at one hour and at the whole story', async () => {
    const el = await timeline(story);
    const whole = span(el);
    el.zoomTo('2023-11-09T10:00Z', '2023-11-09T10:05Z');
    await el.updateComplete;
    expect(span(el)).to.be.closeTo(3_600_000, 60_000);
    for (let i = 0; i < 5; i++) wheel(el, 2000, { ctrlKey: true });
    await el.updateComplete;
    expect(span(el)).to.be.closeTo(whole, 1000);
  });

  it('the arrow keys walk every event in time order, panning to reveal each one', async () => {
    const el = await timeline(story);
    el.zoomTo('2023-11-08', '2023-11-10');
    await el.updateComplete;
    const order = timeOrder(parseTimeline(story).document.events).map((o) => o.event.id);
    await sendKeys({ press: 'Tab' });
    root(el).querySelector<SVGElement>('.mark[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    await aTimeout(0);
    const seen = [active(el)];
    for (let i = 1; i < order.length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await aTimeout(0);
      seen.push(active(el));
      const x = markX(el, seen[i]!);
      expect(x, `${seen[i]} is in view`).to.be.within(-1, 1000);
    }
    expect(seen).to.deep.equal(order);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await aTimeout(0);
    expect(active(el)).to.equal(order[order.length - 1]);
    // Still only one tab stop.
    expect(root(el).querySelectorAll('.mark[tabindex="0"]')).to.have.length(1);
  });

  it('every event is announced with its date, lane and title, and listed in reading order', async () => {
    const el = await timeline(story);
    const list = root(el).querySelector('ol.visually-hidden')!;
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.have.length(story.events.length);
    expect(items).to.include('1 November 2023, France–Kazakhstan: Macron visits Astana');
    expect(items.indexOf('1 November 2023, France–Kazakhstan: Macron visits Astana')).to.be.lessThan(
      items.indexOf('9 November 2023, Russia–Kazakhstan: Putin\'s official visit: summit with Tokayev in Astana'),
    );
  });

  it('the detail walks the story with previous and next, and Escape returns focus to the event', async () => {
    const el = await timeline(story);
    el.select('macron-astana');
    await el.updateComplete;
    await aTimeout(0);
    const order = timeOrder(parseTimeline(story).document.events).map((o) => o.event.id);
    const at = order.indexOf('macron-astana');
    const next = root(el).querySelector<HTMLButtonElement>('[part="next-button"]')!;
    setTimeout(() => next.click());
    const selected = (await oneEvent(el, 'timeline-select')) as TimelineSelectEvent;
    expect(selected.detail.id).to.equal(order[at + 1]);
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).activeElement?.classList.contains('detail')).to.equal(true);
    expect(root(el).querySelector('.detail .position')!.textContent).to.equal(`${at + 2} of ${order.length}`);
    expect(el.previous()).to.equal('macron-astana');
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await aTimeout(0);
    expect(el.selected).to.equal(null);
    expect(active(el)).to.equal('macron-astana');
  });

  it('selecting writes a deep link; opening it selects the event; back and forward follow', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#tl/peskov-interview`);
    const el = await timeline(story);
    expect(el.selected).to.equal('peskov-interview');
    expect(root(el).querySelector('.detail .title')!.textContent).to.contain('Peskov');
    el.select('macron-astana');
    await el.updateComplete;
    expect(location.hash).to.equal('#tl/macron-astana');
    const back = oneEvent(window, 'hashchange');
    history.back();
    await back;
    await el.updateComplete;
    expect(el.selected).to.equal('peskov-interview');
    const forward = oneEvent(window, 'hashchange');
    history.forward();
    await forward;
    await el.updateComplete;
    expect(el.selected).to.equal('macron-astana');
  });

  it('no-hash leaves the URL alone', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"><news-timeline no-hash .data=${story}></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await el.updateComplete;
    el.select('macron-astana');
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });

  it('the overview draws the events of each lane in its own row, deeper where more events overlap, and nothing where there are none', async () => {
    const point = (id: string, group: string, start: string) => ({ id, group, start, title: id });
    const doc: TimelineDocument = {
      groups: [
        { id: 'g1', label: 'One', color: '#ff0000' },
        { id: 'g2', label: 'Two', color: '#0000ff' },
      ],
      events: [
        point('jan', 'g1', '2023-01-10'),
        { id: 'june', group: 'g1', start: '2023-06-01', end: '2023-06-30', title: 'June' },
        ...['a', 'b', 'c', 'd', 'e'].map((k) => point(`march-${k}`, 'g2', '2023-03-15')),
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"><news-timeline lang="en-GB" start="2023-01-01" end="2023-12-31" .data=${doc}></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await el.updateComplete;
    const canvas = root(el).querySelector<HTMLCanvasElement>('.overview canvas')!;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const ctx = canvas.getContext('2d')!;
    // The strip spans 2023 (start to end); lane rows are 16 px from 4 px down: One, then Two.
    const year = [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)];
    const pixel = (date: string, lane: number) => {
      const x = ((Date.parse(date) + DAY / 2 - year[0]!) / (year[1]! - year[0]!)) * canvas.getBoundingClientRect().width;
      return [...ctx.getImageData(Math.floor(x * ratio), Math.floor((11 + lane * 16) * ratio), 1, 1).data];
    };
    const [jan, janOther] = [pixel('2023-01-10', 0), pixel('2023-01-10', 1)];
    expect(jan[3], 'January, lane One').to.be.greaterThan(0);
    expect(jan[0]).to.be.greaterThan(jan[2]!);
    expect(janOther[3], 'January, lane Two').to.equal(0);
    expect(pixel('2023-06-15', 0)[3], 'mid-June, inside the range').to.be.greaterThan(0);
    const march = pixel('2023-03-15', 1);
    expect(march[2]).to.be.greaterThan(march[0]!);
    expect(march[3], 'five events are drawn deeper than one').to.be.greaterThan(jan[3]!);
    expect(pixel('2023-09-15', 0)[3], 'September, no events').to.equal(0);
    expect(pixel('2023-09-15', 1)[3]).to.equal(0);
  });

  it('the overview brush follows the main view, and brushing moves the main view', async () => {
    const el = await timeline(story);
    el.zoomTo('2022-01-01', '2023-12-31');
    await el.updateComplete;
    await aTimeout(0);
    const selection = root(el).querySelector<SVGRectElement>('.brush .selection')!;
    const sx = Number(selection.getAttribute('x'));
    const sw = Number(selection.getAttribute('width'));
    expect(sw).to.be.within(40, 120); // about 2 of 33 years of 968 px
    selection.scrollIntoView({ block: 'center' });
    const box = selection.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2 - 200), Math.round(box.top + box.height / 2)] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    const start = el.visibleRange!.start.getUTCFullYear();
    expect(start).to.be.lessThan(2018);
    expect(Number(root(el).querySelector('.brush .selection')!.getAttribute('x'))).to.be.lessThan(sx - 150);
  });

  it('dragging an edge of the overview window widens it; the other edge stays', async () => {
    const el = await timeline(story);
    el.zoomTo('2022-01-01', '2023-12-31');
    await el.updateComplete;
    await aTimeout(0);
    const before = el.visibleRange!;
    const handle = root(el).querySelector<SVGRectElement>('.brush .handle--w')!;
    handle.scrollIntoView({ block: 'center' });
    const box = handle.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2 - 120), y] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(el.visibleRange!.start.getTime()).to.be.lessThan(before.start.getTime() - 3 * 365 * DAY); // about 4 years earlier
    expect(Math.abs(el.visibleRange!.end.getTime() - before.end.getTime())).to.be.lessThan(30 * DAY); // the end stays
  });

  it('a click on the overview strip centres the window there; a drag across it chooses a new span', async () => {
    const el = await timeline(story);
    el.zoomTo('2022-01-01', '2023-12-31');
    await el.updateComplete;
    await aTimeout(0);
    const width = span(el);
    const strip = root(el).querySelector<SVGRectElement>('.brush .overlay')!;
    strip.scrollIntoView({ block: 'center' });
    let box = strip.getBoundingClientRect();
    let y = Math.round(box.top + box.height / 2);
    const atYear = (year: number) => Math.round(box.left + (box.width * (Date.UTC(year, 0, 1) - Date.UTC(1992, 0, 1))) / (Date.UTC(2024, 0, 1) - Date.UTC(1992, 0, 1)));
    await sendMouse({ type: 'click', position: [atYear(2000), y] });
    await el.updateComplete;
    const mid = (el.visibleRange!.start.getTime() + el.visibleRange!.end.getTime()) / 2;
    expect(new Date(mid).getUTCFullYear()).to.be.within(1999, 2000);
    expect(span(el) / width).to.be.closeTo(1, 0.01); // the same width
    // The chart's height follows the rows in view, so the strip may have moved.
    box = strip.getBoundingClientRect();
    y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [atYear(2010), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [atYear(2007), y] });
    await sendMouse({ type: 'move', position: [atYear(2005), y] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(el.visibleRange!.start.getUTCFullYear()).to.be.within(2004, 2005);
    expect(el.visibleRange!.end.getUTCFullYear()).to.be.within(2009, 2010);
    await resetMouse();
  });

  it('deep in a long span, marks and ticks stay where the scale puts them, before and after a pan', async () => {
    // Zoomed to hours of a 30-year story, the view sits tens of millions of px from the span's
    // start: SVG coordinates (single precision) that large are off by pixels.
    const el = await timeline(story, 900);
    el.zoomTo('2023-11-01', '2023-11-01');
    await el.updateComplete;
    const width = root(el).querySelector('.zoom-bg')!.getBoundingClientRect().width - 32;
    const at = (x: number) => el.visibleRange!.start.getTime() + (x / width) * span(el);
    const t = at(markX(el, 'macron-astana'));
    el.zoomTo(new Date(t - 3 * 3_600_000).toISOString(), new Date(t + 3 * 3_600_000).toISOString());
    await el.updateComplete;
    expect(markX(el, 'macron-astana')).to.be.closeTo(width / 2, 1);
    const ticks = () => [...root(el).querySelectorAll<SVGTextElement>('.axis text:not(.context)')].map((e) => e.getBoundingClientRect().left);
    expect(new Set(ticks().map(Math.round)).size, 'ticks apart').to.equal(ticks().length);
    const { x, y } = surfaceCentre(el);
    await sendMouse({ type: 'move', position: [x, y - 150] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 30, y - 150] });
    await sendMouse({ type: 'move', position: [x + 60, y - 150] });
    await el.updateComplete;
    expect(markX(el, 'macron-astana')).to.be.closeTo(width / 2 + 60, 1);
    expect(new Set(ticks().map(Math.round)).size, 'ticks apart after the pan').to.equal(ticks().length);
    await sendMouse({ type: 'up' });
  });

  it('zooming from the whole story to one day keeps both axis rows readable', async () => {
    const el = await timeline(story, 900);
    for (const [a, b] of [['1992', '2023'], ['2023-01', '2023-12'], ['2023-10-25', '2023-11-25'], ['2023-11-09', '2023-11-09'], ['2023-11-09T06:00Z', '2023-11-09T12:00Z']] as const) {
      el.zoomTo(a, b);
      await el.updateComplete;
      const ticks = [...root(el).querySelectorAll<SVGTextElement>('.axis text:not(.context)')];
      const context = [...root(el).querySelectorAll<SVGTextElement>('.axis text.context')];
      expect(ticks.length, `${a}–${b} ticks`).to.be.greaterThan(2);
      expect(boxesOverlap(ticks.map((t) => t.getBoundingClientRect())), `${a}–${b} ticks overlap ${JSON.stringify(ticks.map((t) => [t.textContent, Math.round(t.getBoundingClientRect().left), Math.round(t.getBoundingClientRect().right), t.getAttribute('x')]))}`).to.equal(false);
      expect(boxesOverlap(context.map((t) => t.getBoundingClientRect())), `${a}–${b} context overlaps`).to.equal(false);
      if (a.length > 4) expect(context.length, `${a}–${b} has a second row`).to.be.greaterThan(0);
    }
    el.zoomTo('2023-11-09', '2023-11-09');
    await el.updateComplete;
    const texts = [...root(el).querySelectorAll('.axis text')].map((t) => t.textContent);
    expect(texts).to.include('9 November 2023');
  });

  it('at 375 px the story reads vertically, every event in time order, and a card opens its detail', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await timeline(story, 375);
    expect(el.isVertical).to.equal(true);
    const order = timeOrder(parseTimeline(story).document.events).map((o) => o.event.id);
    const cards = [...root(el).querySelectorAll<HTMLButtonElement>('[part="card"]')];
    expect(cards.map((c) => c.dataset.id)).to.deep.equal(order);
    for (const c of cards) expect(c.getBoundingClientRect().height).to.be.at.least(44);
    // The gap before an event grows with the time since the one before.
    const gaps = [...root(el).querySelectorAll<HTMLLIElement>('.story-item')].map((li) => parseFloat(getComputedStyle(li).paddingTop));
    const after1992 = gaps[1]!; // 1992 → 2002
    const sameDay = gaps[order.indexOf('kostanay-forum')]!; // same day as the summit
    expect(after1992).to.be.greaterThan(sameDay + 20);
    cards[order.indexOf('macron-astana')]!.click();
    await el.updateComplete;
    await aTimeout(0);
    const detail = root(el).querySelector('.detail')!;
    expect(detail.closest('li')!.querySelector('[part="card"]')!.getAttribute('data-id')).to.equal('macron-astana');
    expect(root(el).activeElement).to.equal(detail);
    await expect(el).to.be.accessible();
  });

  it('a long vertical story comes in pages; paging away from an open detail keeps the selection, and paging back shows it', async () => {
    const doc = syntheticDocument(450, 3);
    const el = await timeline(doc, 375);
    expect(el.isVertical).to.equal(true);
    const order = timeOrder(parseTimeline(doc).document.events).map((o) => o.event.id);
    const ids = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part="card"]')].map((c) => c.dataset.id);
    expect(ids()).to.deep.equal(order.slice(0, 200));
    const first = order[10]!;
    el.select(first);
    await el.updateComplete;
    expect(root(el).querySelector('.detail')!.closest('li')!.querySelector('[part="card"]')!.getAttribute('data-id')).to.equal(first);
    const later = root(el).querySelector<HTMLButtonElement>('[part="story-more-button"]')!;
    expect(later.textContent).to.equal('Show later events (250)');
    later.click();
    await el.updateComplete;
    expect(ids()).to.deep.equal(order.slice(200, 400));
    expect(el.selected).to.equal(first); // still selected, its card on another page
    expect(root(el).querySelector('.detail')).to.equal(null);
    // End goes to the last event, on the last page.
    root(el).querySelector<HTMLButtonElement>('[part="card"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(ids()).to.deep.equal(order.slice(400, 450));
    expect(active(el)).to.equal(order[449]);
    // select() turns to the selected event's page again.
    el.select(first);
    await el.updateComplete;
    expect(ids()![0]).to.equal(order[0]);
    expect(root(el).querySelector('.detail .title')!.textContent).to.equal(doc.events.find((e) => e.id === first)!.title);
  });

  it('layout="horizontal" keeps the axis even when narrow', async () => {
    const el = await timeline(story, 375, { layout: 'horizontal' });
    expect(el.isVertical).to.equal(false);
    expect(root(el).querySelector('svg[part="chart"]')).to.exist;
  });

  it('is accessible with axe-core: zoomed in with the overview', async () => {
    const el = await timeline(story);
    el.zoomTo('2023-11-01', '2023-11-15');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('every mark is a target at least 24 px tall', async () => {
    const el = await timeline(story);
    for (const hit of root(el).querySelectorAll<SVGRectElement>('.mark .hit')) {
      expect(hit.getBoundingClientRect().height).to.be.at.least(24);
    }
  });
});
