import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/news-timeline/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { markX } from '../helpers.js';

const mark = (el: NewsTimeline, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`.mark[data-id="${id}"]`)!;
const box = (el: Element) => el.getBoundingClientRect();

async function timeline(data: unknown, width = 1000): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><news-timeline lang="en-GB" no-hash no-json-ld .data=${data}></news-timeline></div>`);
  const el = wrapper.querySelector('news-timeline')!;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

describe('<news-timeline> with fuzzy dates', () => {
  const doc = {
    events: [
      { id: 'approx', start: '2023-06~', title: 'Approximately June' },
      { id: 'unsure', start: '2023-03?', title: 'Perhaps March' },
      { id: 'exact', start: '2023-09', title: 'Exactly September' },
      { id: 'ongoing', start: '2023-10-15', end: '..', title: 'Still going on', group: 'b' },
      { id: 'unknown-end', start: '2023-02-10', end: '', title: 'Ended, nobody knows when', group: 'b' },
      { id: 'season', start: '2023-22', title: 'Summer', group: 'b' },
    ],
  };

  it('draws an approximate date with a faded band over its possible range, wider than the month', async () => {
    const el = await timeline(doc);
    const m = mark(el, 'approx');
    expect(m.classList.contains('approximate')).to.equal(true);
    const band = m.querySelector('.spread')!;
    expect(band.getAttribute('mask')).to.equal('url(#fade-both)');
    // June ± half a month: from mid-May to mid-July, centred on the mark.
    const monthPx = (markX(el, 'exact') - markX(el, 'approx')) / 3; // September is three months on
    const b = band.getBoundingClientRect();
    expect(b.width / monthPx).to.be.within(1.9, 2.1);
    const dot = m.querySelector('circle')!.getBoundingClientRect();
    expect(Math.abs(b.left + b.width / 2 - (dot.left + dot.width / 2))).to.be.below(1);
    expect(mark(el, 'exact').querySelector('.spread')).to.equal(null);
  });

  it('draws an uncertain date hollow and dashed, and names both in words', async () => {
    const el = await timeline(doc);
    const point = mark(el, 'unsure').querySelector('circle')!;
    expect(getComputedStyle(point).strokeDasharray).to.not.equal('none');
    expect(getComputedStyle(mark(el, 'exact').querySelector('circle')!).strokeDasharray).to.equal('none');
    expect(mark(el, 'unsure').getAttribute('aria-label')).to.equal('March 2023?, Other: Perhaps March');
    expect(mark(el, 'approx').getAttribute('aria-label')).to.equal('c. June 2023, Other: Approximately June');
    expect(mark(el, 'season').getAttribute('aria-label')).to.contain('Summer 2023');
  });

  it('runs an open end to the right edge, and gives an unknown end a fading tail', async () => {
    const el = await timeline(doc);
    const ongoing = mark(el, 'ongoing');
    expect(ongoing.getAttribute('aria-label')).to.contain('15 October 2023 – ongoing');
    const band = ongoing.querySelector('.spread')!;
    expect(band.getAttribute('mask')).to.equal('url(#fade-end)');
    const plot = box(el.shadowRoot!.querySelector('.zoom-bg')!);
    expect(box(band).right).to.be.closeTo(plot.right - 40, 40); // the end of the data's extent, at the plot's edge
    const tail = mark(el, 'unknown-end').querySelector('.spread')!;
    expect(Number(tail.getAttribute('width'))).to.equal(36);
    expect(mark(el, 'unknown-end').getAttribute('aria-label')).to.contain('February 2023 – ?');
  });

  it('lets the author\'s displayDate wording win in the accessible name', async () => {
    const el = await timeline({ events: [{ id: 'a', start: '2023-10~', displayDate: 'late October 2023', title: 'Macron visits' }] });
    expect(mark(el, 'a').getAttribute('aria-label')).to.equal('late October 2023: Macron visits');
  });
});

describe('<news-timeline> in deep time', () => {
  const cosmos = {
    title: 'From the Big Bang to the Moon',
    events: [
      { id: 'big-bang', start: 'Y-13800000000', title: 'Big Bang' },
      { id: 'earth', start: 'Y-4540000000', title: 'Earth forms' },
      { id: 'dinosaurs', start: 'Y-66000000', title: 'Dinosaurs die out' },
      { id: 'moon', start: '1969-07-20', title: 'Moon landing' },
    ],
  };

  it('picks a year axis in years ago, and places every event', async () => {
    const el = await timeline(cosmos);
    const ticks = [...el.shadowRoot!.querySelectorAll('.axis text')].map((t) => t.textContent!);
    expect(ticks.length).to.be.greaterThan(2);
    expect(ticks.some((t) => / billion years ago$/.test(t)), ticks.join(' | ')).to.equal(true);
    for (const id of ['big-bang', 'earth', 'dinosaurs', 'moon']) expect(mark(el, id), id).to.exist;
    const x = (id: string) => box(mark(el, id).querySelector('circle')!).left;
    expect(x('big-bang')).to.be.below(x('earth'));
    expect(x('earth')).to.be.below(x('dinosaurs'));
    expect(x('dinosaurs')).to.be.at.most(x('moon'));
    // Earth formed about a third of the way from the Big Bang to now.
    expect((x('earth') - x('big-bang')) / (x('moon') - x('big-bang'))).to.be.closeTo(1 - 4.54 / 13.8, 0.02);
    expect(mark(el, 'big-bang').getAttribute('aria-label')).to.equal('13.8 billion years ago: Big Bang');
    for (const node of el.shadowRoot!.querySelectorAll('svg *')) {
      for (const attr of node.attributes) expect(attr.value, `${node.localName} ${attr.name}`).to.not.contain('NaN');
    }
  });

  it('zooms into the last 100 million years and shows the ticks of that span', async () => {
    const el = await timeline(cosmos);
    el.zoomTo('Y-100000000', '2023');
    await el.updateComplete;
    const ticks = [...el.shadowRoot!.querySelectorAll('.axis text')].map((t) => t.textContent!);
    expect(ticks.some((t) => / million years ago$/.test(t)), ticks.join(' | ')).to.equal(true);
    expect(box(mark(el, 'dinosaurs')).left).to.be.above(box(el.shadowRoot!.querySelector('.zoom-bg')!).left);
    el.select('big-bang');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.detail time')!.textContent).to.equal('13.8 billion years ago');
  });

  it('labels an axis of the ancient world in BC (ISO year -0043 is 44 BC)', async () => {
    const el = await timeline({ events: [{ id: 'a', start: '-2560', title: 'Great Pyramid' }, { id: 'b', start: '-0043-03-15', title: 'Caesar killed' }, { id: 'c', start: '0476', title: 'Rome falls' }] });
    const ticks = [...el.shadowRoot!.querySelectorAll('.axis text')].map((t) => t.textContent!);
    expect(ticks.some((t) => /^\d+ BC$/.test(t)), ticks.join(' | ')).to.equal(true);
    expect(ticks.filter((t) => /BC$/.test(t)).every((t) => Number(t.split(' ')[0]) % 100 === 0), ticks.join(' | ')).to.equal(true);
    expect(mark(el, 'b').getAttribute('aria-label')).to.equal('15 March 44 BC: Caesar killed');
  });
});

describe('<news-timeline> time zones', () => {
  const doc = { events: [{ id: 'summit', start: '2023-11-09T10:30', end: '2023-11-09T18:00', timeZone: 'Asia/Almaty', title: 'Summit in Astana' }] };

  it('shows times in the event\'s zone by default, named', async () => {
    const el = await timeline(doc);
    expect(mark(el, 'summit').getAttribute('aria-label')).to.equal('9 November 2023, 10:30 Almaty Time (UTC+06:00) – 9 November 2023, 18:00 Almaty Time (UTC+06:00): Summit in Astana');
  });

  it('time-zone="Europe/Paris" shows them in Paris time, and time-zone="reader" in the reader\'s', async () => {
    const el = await timeline(doc);
    el.setAttribute('time-zone', 'Europe/Paris');
    await el.updateComplete;
    expect(mark(el, 'summit').getAttribute('aria-label')).to.match(/^9 November 2023, 05:30 CET \(UTC\+01:00\) – 9 November 2023, 13:00 CET/);
    el.setAttribute('time-zone', 'reader');
    await el.updateComplete;
    const reader = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const hour = new Intl.DateTimeFormat('en-GB', { timeZone: reader, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(Date.UTC(2023, 10, 9, 4, 30));
    expect(mark(el, 'summit').getAttribute('aria-label')).to.contain(`, ${hour} `);
    // The mark stays at the same instant whatever zone the words use.
    el.select('summit');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.detail time')!.textContent).to.contain(hour);
  });
});

describe('<news-timeline> vertical story after a data change', () => {
  it('tells the new data\'s story when it turns vertical after the data changed while horizontal', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"><news-timeline lang="en-GB" no-hash no-json-ld></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    el.data = { events: [{ id: 'old', start: '2020-01-01', title: 'Old story' }] };
    await el.updateComplete;
    // Vertical once, so that a story exists, then back to horizontal.
    wrapper.style.width = '420px';
    await waitUntil(() => el.isVertical, 'vertical at 420 px');
    wrapper.style.width = '1000px';
    await waitUntil(() => !el.isVertical, 'horizontal at 1000 px');
    el.data = { events: [{ id: 'new-a', start: '2023-01-01', title: 'New A' }, { id: 'new-b', start: '2023-02-01', title: 'New B' }] };
    await el.updateComplete;
    wrapper.style.width = '420px';
    await waitUntil(() => el.isVertical, 'vertical again');
    await el.updateComplete;
    const titles = [...el.shadowRoot!.querySelectorAll('.card-title')].map((t) => t.textContent);
    expect(titles).to.deep.equal(['New A', 'New B']);
    el.select('new-b');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.detail .title')?.textContent).to.equal('New B');
  });
});
