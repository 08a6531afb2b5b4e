import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/news-timeline/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { idle, storyDocument } from '../helpers.js';

async function timeline(attrs = ''): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
  wrapper.innerHTML = `<news-timeline id="story" no-hash lang="en-GB" ${attrs}></news-timeline>`;
  const el = wrapper.querySelector('news-timeline')!;
  el.data = await storyDocument();
  await el.updateComplete;
  return el;
}

const background = (el: NewsTimeline) => getComputedStyle(el).backgroundColor;

describe('<news-timeline> looks', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
    document.head.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
  });

  it('theme="dark" and theme="light" override the reader\'s colour scheme; auto follows it', async () => {
    const el = await timeline();
    expect(background(el)).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(background(el)).to.equal('rgb(22, 22, 22)');
    el.theme = 'auto';
    await el.updateComplete;
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(el)).to.equal('rgb(22, 22, 22)');
    el.theme = 'light';
    await el.updateComplete;
    expect(background(el)).to.equal('rgb(255, 255, 255)');
  });

  it('a selected event\'s label is marked without growing past the width the layout gave it', async () => {
    // Found by the interaction fuzz: a bold selected label overlapped its neighbour in a full row.
    const el = await timeline();
    for (const mark of [...el.shadowRoot!.querySelectorAll<SVGGElement>('.mark')].filter((m) => m.querySelector('.label')).slice(0, 5)) {
      const before = mark.querySelector('.label')!.getBoundingClientRect().width;
      el.select(mark.dataset.id!);
      await el.updateComplete;
      const label = el.shadowRoot!.querySelector(`.mark[data-id="${mark.dataset.id}"] .label`)!;
      expect(label.closest('.mark')!.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(label).textDecorationLine).to.equal('underline');
      expect(label.getBoundingClientRect().width, mark.dataset.id).to.be.closeTo(before, 0.01);
    }
  });

  it('is accessible with axe-core in the dark theme', async () => {
    const el = await timeline('theme="dark"');
    await expect(el).to.be.accessible();
  });

  it('prints as a full list of events with dates and sources, without the chart', async () => {
    const el = await timeline();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const items = [...el.shadowRoot!.querySelectorAll('.print-list li')];
    expect(items).to.have.length(24);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.print-list')!).display).to.equal('block');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.plot')!).display).to.equal('none');
    const macron = items.find((li) => li.textContent!.includes('Macron visits Astana'))!;
    expect(macron.querySelector('.print-date')!.textContent).to.contain('1 November 2023 · France–Kazakhstan');
    expect(macron.querySelector('.print-sources')!.textContent).to.contain('<https://astanatimes.com/2023/11/kazakhstan-france-sign-joint-declaration-on-strategic-minerals/>');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.print-list')).to.equal(null);
  });

  it('writes the story as schema.org JSON-LD into the page head, and removes it on opt-out', async () => {
    const el = await timeline();
    await idle();
    const script = document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"][data-news-timeline="story"]')!;
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).to.equal('ItemList');
    expect(data.name).to.equal('Kazakhstan between Paris and Moscow, autumn 2023');
    expect(data.itemListElement).to.have.length(24);
    const macron = data.itemListElement.find((i: { item: { name: string } }) => i.item.name === 'Macron visits Astana');
    expect(macron.item).to.deep.include({ '@type': 'Event', startDate: '2023-11-01' });
    expect(macron.item.location).to.deep.equal({ '@type': 'Place', name: 'Astana (Akorda), Kazakhstan' });
    expect(macron.item.url).to.match(/#story\/macron-astana$/);
    el.noJsonLd = true;
    await el.updateComplete;
    expect(document.head.querySelector('script[type="application/ld+json"][data-news-timeline="story"]')).to.equal(null);
  });

  it('writes the JSON-LD once the browser is idle, not in the update that shows the data; again after a detach', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const el = document.createElement('news-timeline');
    el.id = 'story';
    el.noHash = true;
    wrapper.append(el);
    el.data = await storyDocument();
    await el.updateComplete;
    const script = () => document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"][data-news-timeline="story"]');
    expect(el.shadowRoot!.querySelectorAll('.mark').length, 'the marks are drawn').to.be.greaterThan(10);
    expect(script(), 'no JSON-LD yet').to.equal(null);
    await idle();
    expect(JSON.parse(script()!.textContent!).itemListElement).to.have.length(24);
    // Detached, it is removed; a detach before the idle write leaves none behind.
    el.remove();
    expect(script()).to.equal(null);
    wrapper.append(el);
    el.remove();
    await idle();
    expect(script(), 'none after a detach').to.equal(null);
    wrapper.append(el);
    await el.updateComplete;
    await idle();
    expect(script(), 'written again on re-attach').to.not.equal(null);
  });

  it('gives schema.org plain ISO dates: EDTF qualifiers dropped, deep time and open ends left out', async () => {
    const { timelineJsonLd } = await import('../../src/components/news-timeline/news-timeline.js');
    const doc = {
      events: [
        { id: 'a', start: '2023-11-07?', title: 'A' },
        { id: 'b', start: '1985-04-XX', end: '..', title: 'B' },
        { id: 'c', start: '2023-22', title: 'C' },
        { id: 'd', start: 'Y-13800000000', title: 'D' },
        { id: 'e', start: '2023-11-09T10:30', timeZone: 'Asia/Almaty', title: 'E' },
        { id: 'f', start: '199X', title: 'F' },
      ],
    };
    const items = (timelineJsonLd(doc, (id) => `#${id}`).itemListElement as { item: Record<string, unknown> }[]).map((i) => i.item);
    const byName = (n: string) => items.find((i) => i.name === n)!;
    expect(byName('A').startDate).to.equal('2023-11-07');
    expect(byName('B')).to.deep.include({ startDate: '1985-04' });
    expect(byName('B')).to.not.have.property('endDate');
    expect(byName('C').startDate).to.equal('2023');
    expect(byName('D')).to.not.have.property('startDate');
    expect(byName('E').startDate).to.equal('2023-11-09T04:30:00.000Z');
    expect(byName('F')).to.not.have.property('startDate');
  });

  it('keeps "<" in event text from closing the JSON-LD script', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"><news-timeline id="x" no-hash .data=${{ events: [{ id: 'a', start: '2023', title: '</script><script>alert(1)</script>' }] }}></news-timeline></div>`);
    await wrapper.querySelector('news-timeline')!.updateComplete;
    await idle();
    const script = document.head.querySelector<HTMLScriptElement>('script[data-news-timeline="x"]')!;
    expect(script.textContent).to.not.contain('</script>');
    expect(JSON.parse(script.textContent!).itemListElement[0].item.name).to.equal('</script><script>alert(1)</script>');
  });

  it('--timeline-palette-N recolours lanes without a colour of their own; the data\'s colours stay', async () => {
    const doc = { groups: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B', color: '#123456' }], events: [{ id: 'x', start: '2023-01-01', title: 'X', group: 'a' }, { id: 'y', start: '2023-02-01', title: 'Y', group: 'b' }] };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px; --timeline-palette-1: #ff00aa"><news-timeline no-hash no-json-ld lang="en-GB" .data=${doc}></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await el.updateComplete;
    const fill = (id: string) => el.shadowRoot!.querySelector(`.mark[data-id="${id}"] circle`)!.getAttribute('fill');
    expect(fill('x')).to.equal('#ff00aa');
    expect(fill('y')).to.equal('#123456');
    // A value that is not a colour is ignored, not written into the chart.
    wrapper.style.setProperty('--timeline-palette-1', 'url(https://evil.example/x)');
    el.data = { ...doc };
    await el.updateComplete;
    expect(fill('x')).to.equal('#0072B2');
  });

  it('the default lane colours keep 4.5:1 against the background in the light and the dark theme', async () => {
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const doc = { groups: Array.from({ length: 8 }, (_, i) => ({ id: `g${i}`, label: `Lane ${i}` })), events: Array.from({ length: 8 }, (_, i) => ({ id: `e${i}`, start: `2023-0${i + 1}-01`, title: `E${i}`, group: `g${i}` })) };
    for (const theme of ['light', 'dark']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"><news-timeline no-hash no-json-ld theme=${theme} lang="en-GB" .data=${doc}></news-timeline></div>`);
      const el = wrapper.querySelector('news-timeline')!;
      await el.updateComplete;
      const bg = getComputedStyle(el).backgroundColor;
      const fills = [...el.shadowRoot!.querySelectorAll('.mark circle')].map((c) => getComputedStyle(c).fill);
      expect(new Set(fills).size, theme).to.equal(8);
      for (const f of fills) expect(contrast(f, bg), `${theme}: ${f} on ${bg}`).to.be.at.least(4.5);
    }
  });

  it('heading and spacing properties reach the parts they name', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:900px; --timeline-heading-font-family: Georgia, serif; --timeline-title-font-size: 31px; --timeline-detail-padding: 23px"><news-timeline no-hash no-json-ld lang="en-GB"></news-timeline></div>`,
    );
    const el = wrapper.querySelector('news-timeline')!;
    el.data = await storyDocument();
    await el.updateComplete;
    el.select('macron-astana');
    await el.updateComplete;
    const caption = getComputedStyle(el.shadowRoot!.querySelector('[part="caption"]')!);
    expect(caption.fontFamily).to.contain('Georgia');
    expect(caption.fontSize).to.equal('31px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.detail .title')!).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.detail')!).paddingTop).to.equal('23px');
  });
});
