import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/news-timeline/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { TimelineErrorEvent } from '../../src/events/timeline-error.js';
import { loadJson } from '../../src/components/news-timeline/load.js';

async function failing(src: string, timeout?: number) {
  const el = await fixture<NewsTimeline>(html`<news-timeline no-hash .timeout=${timeout ?? 15_000} src=${src}></news-timeline>`);
  const error = (await oneEvent(el, 'timeline-error')) as TimelineErrorEvent;
  await el.updateComplete;
  return { el, error, box: el.shadowRoot!.querySelector('[part="error"]')! };
}

describe('<news-timeline> when src misbehaves', () => {
  for (const [path, code, text] of [
    ['/__fail/500', 'http-error', 'HTTP 500'],
    ['/__fail/html', 'not-json', 'web page'],
    ['/__fail/empty', 'empty', 'empty'],
    ['/__fail/text', 'invalid-json', 'not valid JSON'],
    ['/data/missing.json', 'http-error', 'HTTP 404'],
  ] as const) {
    it(`src="${path}" shows "${text}", offers a retry and fires timeline-error ${code}`, async () => {
      const { el, error, box } = await failing(path);
      expect(error.detail.code).to.equal(code);
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain(text);
      expect(box.querySelector('[part="retry-button"]')).to.exist;
      expect(el.shadowRoot!.querySelector('svg[part="chart"]')).to.equal(null);
    });
  }

  it('gives up on a server that never answers in time, with code timeout', async () => {
    const { error, box } = await failing('/__fail/slow', 300);
    expect(error.detail.code).to.equal('timeout');
    expect(box.textContent).to.contain('did not answer in time');
  });

  it('the retry button fetches again', async () => {
    const { el, box } = await failing('/__fail/500');
    let requests = 0;
    const original = window.fetch;
    window.fetch = (...args) => {
      requests++;
      return original(...args);
    };
    try {
      box.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await oneEvent(el, 'timeline-error');
      expect(requests).to.equal(1);
    } finally {
      window.fetch = original;
    }
  });

  it('the last src set wins when an earlier request answers later', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline no-hash src="/__fail/json?delay=600"></news-timeline>`);
    el.src = '/__fail/json?delay=50';
    await oneEvent(el, 'timeline-load');
    await el.updateComplete;
    expect(el.document.title).to.equal('after 50 ms');
    await new Promise((r) => setTimeout(r, 800));
    await el.updateComplete;
    expect(el.document.title).to.equal('after 50 ms');
    expect([...el.shadowRoot!.querySelectorAll('.mark')].map((m) => m.getAttribute('data-id'))).to.deep.equal(['d50']);
  });

  it('leaving the page aborts the request and leaves no listener on window or document', async () => {
    const added = new Map<string, number>();
    const targets = [window, document] as const;
    const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
    targets.forEach((t) => {
      const [add, remove] = [t.addEventListener, t.removeEventListener];
      t.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        added.set(type, (added.get(type) ?? 0) + 1);
        return (add as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof t.addEventListener;
      t.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        added.set(type, (added.get(type) ?? 0) - 1);
        return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof t.removeEventListener;
    });
    try {
      const host = document.createElement('div');
      host.style.width = '800px';
      document.body.append(host);
      for (let i = 0; i < 200; i++) {
        const el = document.createElement('news-timeline');
        el.data = { events: [{ id: 'a', start: '2023-11-01', title: 'A' }, { id: 'b', start: '2023-11-09', title: 'B' }] };
        host.append(el);
        await el.updateComplete;
        el.remove();
      }
      const slow = document.createElement('news-timeline');
      slow.src = '/__fail/slow';
      host.append(slow);
      await slow.updateComplete;
      slow.remove();
      host.remove();
      for (const [type, count] of added) expect(count, `${type} listeners left`).to.equal(0);
    } finally {
      targets.forEach((t, i) => {
        t.addEventListener = originals[i]![0];
        t.removeEventListener = originals[i]![1];
      });
    }
  });

  it('loadJson refuses a body over its size limit', async () => {
    const result = await loadJson('/data/kazakhstan-2023.json', { signal: new AbortController().signal, maxBytes: 1000 });
    expect(result).to.deep.equal({ ok: false, code: 'too-large' });
  });

  it('loadJson resolves to null when aborted', async () => {
    const controller = new AbortController();
    const pending = loadJson('/__fail/slow', { signal: controller.signal });
    controller.abort();
    expect(await pending).to.equal(null);
  });

  it('defining the element twice (two copies of the bundle) does not throw', async () => {
    const module = await import('../../src/components/news-timeline/index.js?copy=2' as string).catch((e: unknown) => e);
    expect(module).to.not.be.instanceOf(Error);
    expect(customElements.get('news-timeline')).to.exist;
  });
});

describe('<news-timeline> src formats', () => {
  it('src with a .csv file reads it through the CSV adapter', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline no-hash src="/test/fixtures/story.csv"></news-timeline>`);
    await oneEvent(el, 'timeline-load');
    expect(el.document.events.map((e) => e.id)).to.deep.equal(['macron-astana', 'putin-astana-summit', 'peskov-interview']);
    expect(el.document.events[2]!.title).to.equal('Peskov: the "backyard" label is nonsense');
    expect(el.document.groups!.map((g) => g.label)).to.deep.equal(['France–Kazakhstan', 'Russia–Kazakhstan', 'Statements']);
  });

  it('src with a TimelineJS document reads it through the TimelineJS adapter', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline no-hash src="/test/fixtures/timelinejs.json"></news-timeline>`);
    await oneEvent(el, 'timeline-load');
    expect(el.document.title).to.equal('From TimelineJS');
    expect(el.document.events.map((e) => e.title)).to.deep.equal(['Macron visits Astana', 'Putin in Astana']);
    expect(el.document.events[1]!.summary).to.equal('Summit with Tokayev');
  });
});
