import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/news-timeline/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { readChildren } from '../../src/components/news-timeline/read-children.js';

const ids = (el: NewsTimeline) => [...el.shadowRoot!.querySelectorAll('.mark')].map((m) => m.getAttribute('data-id'));

describe('<news-timeline> written as HTML', () => {
  it('renders <news-timeline-event> children, reading titles, summaries and sources as text', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <news-timeline no-hash heading="Astana, November 2023">
        <news-timeline-group id="fr" label="France–Kazakhstan" color="#0072B2"></news-timeline-group>
        <news-timeline-group id="ru" label="Russia–Kazakhstan"></news-timeline-group>
        <news-timeline-event id="macron-astana" start="2023-11-01" group="fr" importance="5" display-date="early November">
          <h3>Macron visits <em>Astana</em></h3>
          <p>Talks with Tokayev and a business forum.</p>
          <p>Signed: a declaration on <b>critical minerals</b>.</p>
          <a href="https://astanatimes.com/2023/11/kazakhstan-france-sign-joint-declaration-on-strategic-minerals/" data-publisher="The Astana Times" data-published="2023-11-01">Joint declaration</a>
        </news-timeline-event>
        <news-timeline-event id="putin-astana" start="2023-11-09" group="ru" heading="Putin's summit with Tokayev">
          <p>An official visit.</p>
        </news-timeline-event>
      </news-timeline>
    </div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['macron-astana', 'putin-astana']);
    const doc = el.document;
    expect(doc.title).to.equal('Astana, November 2023');
    expect(doc.groups!.map((g) => g.label)).to.deep.equal(['France–Kazakhstan', 'Russia–Kazakhstan']);
    const macron = doc.events[0]!;
    expect(macron.title).to.equal('Macron visits Astana');
    expect(macron.summary).to.equal('Talks with Tokayev and a business forum.\n\nSigned: a declaration on critical minerals.');
    expect(macron.displayDate).to.equal('early November');
    expect(macron.importance).to.equal(5);
    expect(macron.sources).to.deep.equal([
      { title: 'Joint declaration', url: 'https://astanatimes.com/2023/11/kazakhstan-france-sign-joint-declaration-on-strategic-minerals/', publisher: 'The Astana Times', published: '2023-11-01' },
    ]);
    // The children's markup never reaches the shadow DOM.
    el.select('macron-astana');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.detail em, .detail b')).to.equal(null);
  });

  it('re-renders when the children change', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <news-timeline no-hash><news-timeline-event id="a" start="2023-01-01"><h3>A</h3></news-timeline-event></news-timeline>
    </div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a']);
    const b = document.createElement('news-timeline-event');
    b.id = 'b';
    b.setAttribute('start', '2023-06-01');
    b.innerHTML = '<h3>B</h3>';
    el.append(b);
    await waitUntil(() => ids(el).length === 2, 'a new child renders');
    el.querySelector<HTMLElement>('#a h3')!.textContent = 'A, renamed';
    await waitUntil(() => el.document.events[0]?.title === 'A, renamed', 'a changed title re-renders');
    b.setAttribute('start', '2022-06-01');
    await waitUntil(() => el.document.events.find((e) => e.id === 'b')?.start === '2022-06-01', 'a changed attribute re-renders');
  });

  it('selecting an event does not re-read the children', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <news-timeline no-hash><news-timeline-event id="a" start="2023-01-01"><h3>A</h3></news-timeline-event><news-timeline-event id="b" start="2023-03-01"><h3>B</h3></news-timeline-event></news-timeline>
    </div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await el.updateComplete;
    el.zoomTo('2023-02-01', '2023-04-01');
    await el.updateComplete;
    const range = el.visibleRange!.start.getTime();
    el.select('b');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.visibleRange!.start.getTime()).to.equal(range);
  });

  it('reports an invalid event written as HTML with its path, and renders the rest', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <news-timeline no-hash>
        <news-timeline-event id="ok" start="2023-01-01"><h3>Fine</h3></news-timeline-event>
        <news-timeline-event id="bad" start="2023-13-01"><h3>Bad date</h3></news-timeline-event>
      </news-timeline>
    </div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['ok']);
    expect(el.shadowRoot!.querySelector('[part="issues"]')!.textContent).to.contain('events[1].start: "2023-13-01" is not a valid date');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <news-timeline no-hash><script type="application/json">{"title":"Inline","events":[{"id":"x","start":"2023-11","title":"November"}]}</script></news-timeline>
    </div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await el.updateComplete;
    expect(el.document.title).to.equal('Inline');
    expect(ids(el)).to.deep.equal(['x']);
  });

  it('says so when inline JSON cannot be parsed', async () => {
    const host = document.createElement('news-timeline');
    host.innerHTML = '<script type="application/json">{"events": [</script>';
    expect(String((readChildren(host) as { events: unknown }).events)).to.match(/^inline JSON could not be parsed/);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    setTimeout(() => wrapper.append(host));
    const error = await oneEvent(wrapper, 'timeline-error');
    expect(error.detail.code).to.equal('invalid-data');
    expect(error.detail.issues[0].path).to.equal('events');
  });

  it('data set as a property wins over the children', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <news-timeline no-hash .data=${{ events: [{ id: 'prop', start: '2020', title: 'From the property' }] }}><news-timeline-event id="child" start="2023"><h3>Child</h3></news-timeline-event></news-timeline>
    </div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['prop']);
  });

  it('is accessible with axe-core when written as HTML', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <news-timeline no-hash heading="Accessible"><news-timeline-event id="a" start="2023-01-01"><h3>A</h3><p>Text</p></news-timeline-event></news-timeline>
    </div>`);
    await wrapper.querySelector('news-timeline')!.updateComplete;
    await expect(wrapper).to.be.accessible();
  });
});
