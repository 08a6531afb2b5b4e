import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/components/news-timeline/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { TimelineRangeChangeEvent } from '../../src/events/timeline-rangechange.js';
import { loadStrings } from '../../src/components/news-timeline/strings/en.js';
import { loadLocale } from '../../src/time/locale.js';
import { storyDocument } from '../helpers.js';

const root = (el: NewsTimeline) => el.shadowRoot!;
const box = (node: Element) => node.getBoundingClientRect();
const mark = (el: NewsTimeline, id: string) => root(el).querySelector<SVGGElement>(`.mark[data-id="${id}"]`)!;
const dot = (el: NewsTimeline, id: string) => box(mark(el, id).querySelector('circle, rect.range')!);

async function timeline(attrs: { lang?: string; dir?: string }, width = 1100): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px" dir=${attrs.dir ?? 'ltr'}><news-timeline id="tl" no-hash no-json-ld lang=${attrs.lang ?? 'ar'} view-start="2023-10-25" view-end="2023-11-25" .data=${await storyDocument()}></news-timeline></div>`,
  );
  const el = wrapper.querySelector('news-timeline')!;
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
  return el;
}

describe('<news-timeline> right to left', () => {
  before(async () => {
    await Promise.all([loadStrings('ar'), loadLocale('ar')]);
  });
  afterEach(() => resetMouse());

  it('runs time from right to left in Arabic: later events sit further left', async () => {
    const el = await timeline({ lang: 'ar' });
    expect(dot(el, 'putin-astana-summit').left).to.be.below(dot(el, 'macron-astana').left);
    expect(dot(el, 'macron-astana').left).to.be.below(dot(el, 'elysee-announces-trip').left);
    // The axis reads right to left too: its day numbers fall from left to right within a month.
    const ticks = [...root(el).querySelectorAll('.axis text:not(.context)')].map((t) => ({ x: box(t).left, t: t.textContent! }));
    const novemberDays = ticks.sort((a, b) => a.x - b.x).map((t) => Number(t.t.replace(/[^\d]/g, ''))).filter((n) => n > 0 && n < 26);
    expect(novemberDays.length).to.be.greaterThan(4);
    for (let i = 1; i < novemberDays.length; i++) if (novemberDays[i - 1]! < 26 && novemberDays[i]! < novemberDays[i - 1]!) return;
    expect.fail(`day numbers never fall from left to right: ${novemberDays.join(' ')}`);
  });

  it('puts lane names on the right and each label on the far side of its mark, never overlapping', async () => {
    const el = await timeline({ lang: 'ar' });
    const plot = box(root(el).querySelector('.zoom-bg')!);
    for (const label of root(el).querySelectorAll('.lane-label')) expect(box(label).right).to.be.above(plot.right - 120);
    const labels = [...root(el).querySelectorAll<SVGTextElement>('.mark .label')];
    expect(labels.length).to.be.greaterThan(10);
    for (const label of labels) {
      const m = label.closest('.mark')!;
      if (!m.querySelector('circle')) continue; // a range's label runs along its bar
      const shape = box(m.querySelector('circle')!);
      const text = box(label);
      // English titles in an Arabic chart run left from their mark (or right, where the layout had to).
      expect(text.right <= shape.left + 1 || text.left >= shape.right - 1, label.textContent!).to.equal(true);
    }
    const rects = labels.map(box).sort((a, b) => a.left - b.left);
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length && rects[j]!.left < rects[i]!.right - 0.5; j++) {
        const overlap = rects[i]!.top < rects[j]!.bottom - 0.5 && rects[j]!.top < rects[i]!.bottom - 0.5;
        expect(overlap, `labels ${i} and ${j}`).to.equal(false);
      }
    }
  });

  it('follows dir="rtl" on an ancestor, whatever the language', async () => {
    const el = await timeline({ lang: 'en-GB', dir: 'rtl' });
    expect(dot(el, 'putin-astana-summit').left).to.be.below(dot(el, 'macron-astana').left);
    const ltr = await timeline({ lang: 'en-GB' });
    expect(dot(ltr, 'putin-astana-summit').left).to.be.above(dot(ltr, 'macron-astana').left);
  });

  it('ArrowLeft goes to the next event in time, ArrowRight to the previous', async () => {
    const el = await timeline({ lang: 'ar' });
    mark(el, 'macron-astana').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const next = root(el).activeElement as SVGGElement;
    expect(box(next.querySelector('circle, rect.range')!).left).to.be.at.most(dot(el, 'macron-astana').left);
    expect(next.dataset.id).to.not.equal('macron-astana');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect((root(el).activeElement as SVGGElement).dataset.id).to.equal('macron-astana');
  });

  it('dragging right shows later time, as the content follows the pointer', async () => {
    const el = await timeline({ lang: 'ar' });
    const before = el.visibleRange!.start.getTime();
    const r = box(root(el).querySelector('.zoom-bg')!);
    const [x, y] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    const macron = dot(el, 'macron-astana').left;
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 100, y] });
    await sendMouse({ type: 'move', position: [x + 200, y] });
    const ended = oneEvent(el, 'timeline-rangechange') as Promise<TimelineRangeChangeEvent>;
    await sendMouse({ type: 'up' });
    await ended;
    await el.updateComplete;
    expect(el.visibleRange!.start.getTime()).to.be.above(before + 86_400_000);
    expect(dot(el, 'macron-astana').left - macron).to.be.closeTo(200, 3);
  });

  it('the overview window follows the pointer: dragged left, it shows earlier time in Arabic', async () => {
    const el = await timeline({ lang: 'ar' });
    el.zoomTo('2022-01-01', '2023-12-31');
    await el.updateComplete;
    await aTimeout(0);
    const before = el.visibleRange!.start.getTime();
    const selection = root(el).querySelector<SVGRectElement>('.brush .selection')!;
    selection.scrollIntoView({ block: 'center' });
    const r = box(selection);
    const [x, y] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 100, y] });
    await sendMouse({ type: 'move', position: [x + 200, y] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    // Time runs right to left: the window moved right, towards the story's start.
    expect(el.visibleRange!.start.getTime()).to.be.below(before - 4 * 365 * 86_400_000);
    expect(box(root(el).querySelector('.brush .selection')!).left - r.left).to.be.closeTo(200, 3);
  });

  it('a drag starts from the view-start view, not from the whole span (left to right too)', async () => {
    const el = await timeline({ lang: 'en-GB' });
    const before = el.visibleRange!;
    const r = box(root(el).querySelector('.zoom-bg')!);
    const [x, y] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 100, y] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    const after = el.visibleRange!;
    // The same span (about a month), moved earlier by about 100 px of it.
    expect(after.end.getTime() - after.start.getTime()).to.be.closeTo(before.end.getTime() - before.start.getTime(), 3_600_000);
    expect(after.start.getTime()).to.be.below(before.start.getTime());
    expect(before.start.getTime() - after.start.getTime()).to.be.below(10 * 86_400_000);
  });

  it('is accessible with axe-core in Arabic', async () => {
    const el = await timeline({ lang: 'ar' });
    el.select('macron-astana');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
