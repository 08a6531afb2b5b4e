import { expect, fixture, html, aTimeout, waitUntil } from '@open-wc/testing';
import { csvFormat } from 'd3';
import '../../src/components/news-timeline/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { fromVisTimeline } from '../../src/adapters/vis-timeline.js';
import { COLOR_PAYLOADS, DATE_PAYLOADS, POLLUTING_JSON, TEXT_PAYLOADS, URL_PAYLOADS } from './payloads.js';

/**
 * The payload corpus fed through every way in. After each way, and again with each event's
 * detail open: nothing ran, nothing outside http(s)/mailto became a link, no style carries
 * anything but what we wrote, the page around is untouched, and the valid events still render.
 */

const pwned: string[] = [];
(window as unknown as { __pwned: (name: string) => void }).__pwned = (name) => pwned.push(String(name));

const day = (i: number) => new Date(Date.UTC(2023, 0, 2 + i)).toISOString().slice(0, 10);
const media = () => `${location.origin}/data/missing-image.png`;
const CLEAN = { id: 'ok', start: '2023-01-01', title: 'A clean event', group: 'g', sources: [{ title: 'Clean source', url: 'https://example.com/clean' }] };
const textIds = TEXT_PAYLOADS.map((_, i) => `t${i}`);
const DEPTH = 20_000;

/** The corpus as one JSON text: payloads in every field, plus prototype keys and deep nesting that only JSON text can carry. */
function hostileJson(): string {
  const events = [
    CLEAN,
    ...TEXT_PAYLOADS.map((p, i) => ({
      id: `t${i}`, start: day(i), title: p, summary: p, displayDate: p, group: 'g', tags: [p], place: { name: p },
      actors: [{ name: p, role: p }], media: [{ type: 'image', url: media(), alt: p, caption: p, credit: p }],
      sources: [{ title: p, url: 'https://example.com/s', publisher: p }], notes: [{ type: 'context', text: p }],
    })),
    ...URL_PAYLOADS.map((u, i) => ({ id: `u${i}`, start: day(i), title: 'Bad source link', sources: [{ title: 'source', url: u }] })),
    ...URL_PAYLOADS.map((u, i) => ({ id: `m${i}`, start: day(i), title: 'Bad image', media: [{ type: 'image', url: u, alt: 'alt' }] })),
    ...DATE_PAYLOADS.map((d, i) => ({ id: `d${i}`, start: d, title: 'Bad date' })),
    { id: `"><img src=x onerror=__pwned('id')>`, start: '2023', title: 'Bad id' },
    { id: 'bad-group', start: '2023', title: 'Bad group id', group: `g" onclick="__pwned('group')` },
  ];
  const doc = {
    title: TEXT_PAYLOADS[10],
    description: TEXT_PAYLOADS[2],
    locale: `en"><script>__pwned('locale')</script>`,
    groups: [{ id: 'g', label: TEXT_PAYLOADS[1], description: TEXT_PAYLOADS[0] }, ...COLOR_PAYLOADS.map((color, i) => ({ id: `c${i}`, label: 'Colour', color }))],
    eras: [{ start: '2023-01', end: '2023-02', label: TEXT_PAYLOADS[4] }],
    events,
  };
  // Own "__proto__" and "constructor" keys, and an array nested DEPTH deep, in the first payload event.
  const nested = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
  return JSON.stringify(doc).replace('{"id":"t0",', `{${POLLUTING_JSON.slice(1, -1)},"deep":${nested},"id":"t0",`);
}

const blobUrl = (body: string, type: string) => URL.createObjectURL(new Blob([body], { type }));

/** A generic CSV of the corpus. */
function hostileCsv(): string {
  const rows = [
    { id: 'ok', start: CLEAN.start, title: CLEAN.title, group: 'g', source: 'Clean source', 'source url': 'https://example.com/clean' },
    ...TEXT_PAYLOADS.map((p, i) => ({ id: `t${i}`, start: day(i), title: p, summary: p, group: 'g', 'display date': p, place: p, tags: p, source: p, 'source url': 'https://example.com/s', publisher: p })),
    ...URL_PAYLOADS.map((u, i) => ({ id: `u${i}`, start: day(i), title: 'Bad source link', source: 'source', 'source url': u })),
    ...DATE_PAYLOADS.map((d, i) => ({ id: `d${i}`, start: d, title: 'Bad date' })),
  ];
  return csvFormat(rows, ['id', 'start', 'title', 'summary', 'group', 'display date', 'place', 'tags', 'source', 'source url', 'publisher']);
}

/** The corpus as a TimelineJS spreadsheet published to CSV. */
function hostileSheet(): string {
  const rows = [
    { Year: '2023', Month: '1', Day: '1', Headline: CLEAN.title, Group: 'g' },
    ...TEXT_PAYLOADS.map((p, i) => ({ Year: '2023', Month: '1', Day: String(2 + i), Headline: p, Text: p, Media: media(), 'Media Credit': p, 'Media Caption': p, 'Display Date': p, Group: p })),
    ...URL_PAYLOADS.map((u, i) => ({ Year: '2023', Month: '2', Day: String(1 + i), Headline: 'Bad media', Media: u })),
    ...DATE_PAYLOADS.map((d) => ({ Year: d, Headline: 'Bad date' })),
    { Year: '2023', Headline: TEXT_PAYLOADS[0], Type: 'title' },
    { Year: '2023', Month: '1', 'End Year': '2023', 'End Month': '2', Headline: TEXT_PAYLOADS[4], Type: 'era' },
  ];
  return csvFormat(rows, ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background']);
}

/** The corpus as a TimelineJS 3 JSON document. */
function hostileTimelineJS(): string {
  return JSON.stringify({
    title: { text: { headline: TEXT_PAYLOADS[0], text: TEXT_PAYLOADS[1] } },
    eras: [{ start_date: { year: 2023, month: 1 }, end_date: { year: 2023, month: 2 }, text: { headline: TEXT_PAYLOADS[4] } }],
    events: [
      { unique_id: 'ok', start_date: { year: '2023', month: '1', day: '1' }, text: { headline: CLEAN.title }, group: 'g' },
      ...TEXT_PAYLOADS.map((p, i) => ({
        unique_id: `t${i}`, start_date: { year: 2023, month: 1, day: 2 + i }, display_date: p, group: p,
        text: { headline: p, text: p }, media: { url: media(), caption: p, credit: p, alt: p }, background: { color: COLOR_PAYLOADS[i % COLOR_PAYLOADS.length] },
      })),
      ...URL_PAYLOADS.map((u, i) => ({ unique_id: `m${i}`, start_date: { year: 2023, month: 2, day: 1 + i }, text: { headline: 'Bad media' }, media: { url: u } })),
      ...DATE_PAYLOADS.map((d, i) => ({ unique_id: `d${i}`, start_date: { year: d }, text: { headline: 'Bad date' } })),
    ],
  }).replace('{"unique_id":"t0",', `{${POLLUTING_JSON.slice(1, -1)},"unique_id":"t0",`);
}

/** The corpus as `<news-timeline-event>` children, built with the DOM (attributes and text, as a CMS would write them escaped). */
function hostileChildren(host: HTMLElement): void {
  const make = (tag: string, attrs: Record<string, string>, text?: string) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (text !== undefined) el.textContent = text;
    return el;
  };
  host.setAttribute('heading', TEXT_PAYLOADS[10]!);
  host.setAttribute('description', TEXT_PAYLOADS[2]!);
  host.append(make('news-timeline-group', { id: 'g', label: TEXT_PAYLOADS[1]! }));
  COLOR_PAYLOADS.forEach((color, i) => host.append(make('news-timeline-group', { id: `c${i}`, label: 'Colour', color })));
  const clean = make('news-timeline-event', { id: 'ok', start: CLEAN.start, group: 'g' });
  clean.append(make('h3', {}, CLEAN.title), make('a', { href: 'https://example.com/clean' }, 'Clean source'));
  host.append(clean);
  TEXT_PAYLOADS.forEach((p, i) => {
    const ev = make('news-timeline-event', { id: `t${i}`, start: day(i), group: 'g', 'display-date': p, place: p, tags: p });
    ev.append(make('h3', {}, p), make('p', {}, p), make('a', { href: 'https://example.com/s', 'data-publisher': p }, p));
    host.append(ev);
  });
  URL_PAYLOADS.forEach((u, i) => {
    const ev = make('news-timeline-event', { id: `u${i}`, start: day(i) });
    ev.append(make('h3', {}, 'Bad source link'), make('a', { href: u }, 'source'));
    host.append(ev);
  });
  DATE_PAYLOADS.forEach((d, i) => host.append(make('news-timeline-event', { id: `d${i}`, start: d, heading: 'Bad date' })));
}

/** One way in: puts the corpus into a fresh element and resolves once it has rendered. */
interface Way {
  name: string;
  /** Every payload event is kept (the way carries text as is); else only the clean one is certain. */
  keepsAll: boolean;
  mount(el: NewsTimeline): void;
}

const WAYS: Way[] = [
  { name: 'the data property', keepsAll: true, mount: (el) => (el.data = JSON.parse(hostileJson())) },
  { name: 'the events property', keepsAll: true, mount: (el) => (el.events = JSON.parse(hostileJson()).events) },
  { name: 'src (JSON)', keepsAll: true, mount: (el) => (el.src = blobUrl(hostileJson(), 'application/json')) },
  { name: 'src (CSV)', keepsAll: true, mount: (el) => (el.src = blobUrl(hostileCsv(), 'text/csv')) },
  { name: 'src (TimelineJS spreadsheet CSV)', keepsAll: false, mount: (el) => (el.src = blobUrl(hostileSheet(), 'text/csv')) },
  { name: 'src (TimelineJS JSON)', keepsAll: false, mount: (el) => (el.src = blobUrl(hostileTimelineJS(), 'application/json')) },
  {
    name: 'inline JSON',
    keepsAll: true,
    mount: (el) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = hostileJson();
      el.append(script);
    },
  },
  { name: 'HTML children', keepsAll: true, mount: (el) => hostileChildren(el) },
  {
    name: 'the vis-timeline adapter',
    keepsAll: false,
    mount: (el) => {
      const items = [
        { id: 'ok', start: new Date(Date.UTC(2023, 0, 1)), content: CLEAN.title, group: 'g' },
        ...TEXT_PAYLOADS.map((p, i) => ({ id: `t${i}`, start: day(i), content: p, title: p, group: 'g', className: p, style: `background:url(javascript:__pwned('vis-style'))` })),
        ...DATE_PAYLOADS.map((d, i) => ({ id: `d${i}`, start: d, content: 'Bad date' })),
      ];
      el.data = fromVisTimeline(items, [{ id: 'g', content: TEXT_PAYLOADS[1] }]).document;
    },
  },
];

const FORBIDDEN = 'script, iframe, object, embed, frame, frameset, foreignObject, math, base, link, meta, form, template, noscript, style';

/** Everything that must hold after hostile data has rendered. */
async function expectSafe(el: NewsTimeline, where: string): Promise<void> {
  await aTimeout(30); // lets an injected image's onerror fire, were there one
  // And the JSON-LD be written (once the page is idle).
  await waitUntil(() => document.head.querySelector('script[type="application/ld+json"]'), `${where}: the JSON-LD is written`, { timeout: 3000 });
  expect(pwned, `${where}: a payload ran`).to.deep.equal([]);
  const root = el.shadowRoot!;
  expect([...root.querySelectorAll(FORBIDDEN)].map((n) => n.localName), `${where}: forbidden elements`).to.deep.equal([]);
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.attributes) {
      expect(attr.name.startsWith('on'), `${where}: <${node.localName} ${attr.name}>`).to.equal(false);
      if (attr.name === 'style') expect(attr.value, `${where}: style`).to.not.match(/url\(|expression|javascript|@import|\\/i);
    }
  }
  for (const a of root.querySelectorAll('a[href]')) expect(a.getAttribute('href'), `${where}: link`).to.match(/^(https?:\/\/|mailto:)/i);
  for (const img of root.querySelectorAll('img')) expect(img.getAttribute('src'), `${where}: image`).to.match(/^https?:\/\//i);
  for (const node of root.querySelectorAll('[href], [xlink\\:href], [src], [action], [formaction]')) {
    if (node.localName !== 'a' && node.localName !== 'img') expect.fail(`${where}: <${node.localName}> with a URL attribute`);
  }
  // Lane colours are hex or our own defaults, never a payload.
  for (const node of root.querySelectorAll<HTMLElement | SVGElement>('[style]')) {
    const color = node.style.getPropertyValue('--lane-color');
    if (color) expect(color.trim(), `${where}: lane colour`).to.match(/^(#[0-9a-f]{3}|#[0-9a-f]{6}|var\(--timeline-[a-z0-9-]+\))$/i);
  }
  // The page around is untouched.
  const sentinel = document.getElementById('sentinel')!;
  expect(getComputedStyle(sentinel).display, `${where}: the page's own element`).to.equal('block');
  expect(({} as Record<string, unknown>).pwned, `${where}: Object.prototype`).to.equal(undefined);
  expect(document.querySelectorAll('script:not([type])').length, `${where}: scripts in the page`).to.equal(scriptsBefore);
  const lds = document.head.querySelectorAll('script[type="application/ld+json"]');
  expect(lds.length, `${where}: the JSON-LD was written`).to.be.at.least(1);
  for (const ld of lds) {
    expect(() => JSON.parse(ld.textContent!), `${where}: JSON-LD`).to.not.throw();
    expect(ld.textContent!.toLowerCase(), `${where}: JSON-LD`).to.not.contain('</script');
  }
}

let scriptsBefore = 0;

async function mount(way: Way, width = 1000): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><p id="sentinel">The page around the timeline.</p><div style="width:${width}px"><news-timeline lang="en-GB" no-hash></news-timeline></div></div>`);
  const el = wrapper.querySelector('news-timeline')!;
  scriptsBefore = document.querySelectorAll('script:not([type])').length;
  const loaded = new Promise<void>((resolve) => el.addEventListener('timeline-load', () => resolve(), { once: true }));
  way.mount(el);
  await loaded;
  await el.updateComplete;
  return el;
}

const listed = (el: NewsTimeline) => [...el.shadowRoot!.querySelectorAll('ol.visually-hidden li, ol.story > li')].map((li) => li.textContent!);

describe('hostile data through every way in', () => {
  afterEach(() => {
    pwned.length = 0;
  });

  for (const way of WAYS) {
    it(`${way.name}: nothing runs or escapes, and the valid events render`, async () => {
      const el = await mount(way);
      await expectSafe(el, way.name);
      const events = el.document.events;
      const ids = events.map((e) => e.id);
      expect(events.map((e) => e.title)).to.include(CLEAN.title);
      if (way.keepsAll) expect(ids).to.deep.equal(['ok', ...textIds]);
      else expect(ids.length, 'most payload events survive as text').to.be.greaterThan(TEXT_PAYLOADS.length / 2);
      // Events with a bad date or id are left out; one with a bad link or image is left out, or kept without it.
      expect(events.filter((e) => e.title === 'Bad date' || e.title.startsWith('Bad id'))).to.deep.equal([]);
      for (const e of events.filter((e) => e.title === 'Bad image' || e.title === 'Bad source link')) expect(e.media ?? e.sources ?? [], e.id).to.deep.equal([]);
      // Every kept event is in the accessible list, and the element says what it left out.
      expect(listed(el)).to.have.length(ids.length);
      if (el.issues.some((i) => i.severity === 'error')) expect(el.shadowRoot!.querySelector('[part="issues"]')?.textContent, 'the error summary').to.match(/left out/);
      // Text stays text: a payload title is listed with its characters intact (the longest one shortened).
      if (way.keepsAll && way.name !== 'HTML children') {
        const list = listed(el).join('\n');
        for (const p of TEXT_PAYLOADS.filter((t) => t.length < 1000)) expect(list, p).to.contain(p);
      }
      // The detail card of every event renders every field as text, still safely.
      for (const id of ids) {
        expect(el.select(id), id).to.equal(true);
        await el.updateComplete;
        await expectSafe(el, `${way.name}, ${id} open`);
      }
    });
  }

  it('the vertical story (375 px) renders the corpus safely too', async () => {
    const el = await mount(WAYS[0]!, 375);
    expect(el.isVertical).to.equal(true);
    await expectSafe(el, 'vertical');
    expect(listed(el)).to.have.length(1 + TEXT_PAYLOADS.length);
    for (const id of textIds) {
      el.select(id);
      await el.updateComplete;
      await expectSafe(el, `vertical, ${id} open`);
    }
  });

  it('a right-to-left override in a lane name cannot reverse the date written after it', async () => {
    const el = await mount({ name: 'bidi', keepsAll: true, mount: (t) => (t.data = { groups: [{ id: 'g', label: '\u202Eevil lane' }], events: [{ id: 'e', start: '2023-11-01', title: 'Event', group: 'g' }] }) });
    el.select('e');
    await el.updateComplete;
    const time = el.shadowRoot!.querySelector('.detail time')!;
    const text = [...time.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')!;
    const x = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    expect(text.data).to.equal('1 November 2023');
    // Left to right, as dates are in English: the first character is left of the last.
    expect(x(0)).to.be.lessThan(x(text.data.length - 1));
  });
});
