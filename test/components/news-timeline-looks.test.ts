import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/news-timeline/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { storyDocument } from '../helpers.js';

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
    await aTimeout(0);
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

  it('keeps "<" in event text from closing the JSON-LD script', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"><news-timeline id="x" no-hash .data=${{ events: [{ id: 'a', start: '2023', title: '</script><script>alert(1)</script>' }] }}></news-timeline></div>`);
    await wrapper.querySelector('news-timeline')!.updateComplete;
    const script = document.head.querySelector<HTMLScriptElement>('script[data-news-timeline="x"]')!;
    expect(script.textContent).to.not.contain('</script>');
    expect(JSON.parse(script.textContent!).itemListElement[0].item.name).to.equal('</script><script>alert(1)</script>');
  });
});
