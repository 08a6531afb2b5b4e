import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/news-timeline/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { loadStrings, resolveStrings } from '../../src/components/news-timeline/strings/en.js';
import { storyDocument } from '../helpers.js';

async function inLanguage(lang: string): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width:1000px"><news-timeline no-hash .data=${await storyDocument()}></news-timeline></div>`);
  const el = wrapper.querySelector('news-timeline')!;
  await el.updateComplete;
  return el;
}

const zoomIn = (el: NewsTimeline) => el.shadowRoot!.querySelector('[part="zoom-in-button"]')!.getAttribute('aria-label');

describe('<news-timeline> languages', () => {
  for (const [lang, label, date] of [
    ['ru', 'Увеличить', '1 ноября 2023 г.'],
    ['kk', 'Үлкейту', 'қараша'],
    ['fr', 'Zoomer', '1 novembre 2023'],
    ['de', 'Vergrößern', '1. November 2023'],
    ['es', 'Acercar', '1 de noviembre de 2023'],
    ['ar', 'تكبير', 'نوفمبر'],
    ['zh-CN', '放大', '2023年11月1日'],
  ] as const) {
    it(`lang="${lang}" on an ancestor gives its UI strings and date formats`, async () => {
      const el = await inLanguage(lang);
      await waitUntil(() => zoomIn(el) === label, `${lang} strings load`);
      const name = el.shadowRoot!.querySelector('.mark[data-id="macron-astana"]')?.getAttribute('aria-label') ?? '';
      await waitUntil(() => (el.shadowRoot!.querySelector('.mark[data-id="macron-astana"]')?.getAttribute('aria-label') ?? '').includes(date), `${lang} dates: ${name}`);
    });
  }

  it('an unknown language falls back to English; the page can replace any string', async () => {
    const el = await inLanguage('xx');
    expect(zoomIn(el)).to.equal('Zoom in');
    el.strings = { zoomIn: 'Closer' };
    await el.updateComplete;
    expect(zoomIn(el)).to.equal('Closer');
  });

  it('every shipped table has every string', async () => {
    const keys = Object.keys(resolveStrings('en')).sort();
    for (const lang of ['ru', 'kk', 'fr', 'de', 'es', 'ar', 'zh']) {
      const table = (await loadStrings(lang))!;
      expect(Object.keys(table).sort(), lang).to.deep.equal(keys);
      expect(table.cluster(37, 'X'), lang).to.contain('37');
      expect(table.position(3, 24), lang).to.match(/3.*24/);
    }
  });
});
