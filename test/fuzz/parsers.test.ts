import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseTimeline } from '../../src/schema/parse.js';
import { fromTimelineJS, fromTimelineJSSheet } from '../../src/adapters/timelinejs.js';
import { fromVisTimeline } from '../../src/adapters/vis-timeline.js';
import { fromCsv } from '../../src/adapters/csv.js';
import { htmlToText } from '../../src/adapters/common.js';

// Runs enough cases to matter in CI; fast-check prints the seed and the shrunk input on failure.
const RUNS = { numRuns: 400 };

/** Arbitrary JSON, plus values shaped like timeline documents so that deep paths get exercised. */
const json = fc.jsonValue({ maxDepth: 5 });
const eventLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.constantFrom('a', 'b', '__proto__', 'constructor'), json),
    start: fc.oneof(fc.constantFrom('2023', '2023-11', '2023-11-09', '2023-13-01', '2023-02-29', '1992-05-15T10:30+06:00', ''), fc.string(), json),
    end: fc.oneof(fc.constantFrom('2024', '2022', '2023-11-10'), json),
    title: fc.oneof(fc.string(), json),
    group: fc.oneof(fc.constantFrom('g1', 'g2', 'bad id'), json),
    media: fc.oneof(fc.array(fc.record({ type: fc.constantFrom('image', 'video', 'x'), url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:,x')), alt: fc.option(fc.string()) })), json),
    sources: fc.oneof(fc.array(fc.record({ title: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()) })), json),
  },
  { requiredKeys: [] },
);
const documentLike = fc.record(
  { title: fc.oneof(fc.string(), json), groups: fc.oneof(fc.array(fc.record({ id: fc.constantFrom('g1', 'g2', 'g1'), label: fc.string(), color: fc.oneof(fc.constantFrom('#fff', 'red'), fc.string()) })), json), events: fc.oneof(fc.array(eventLike, { maxLength: 12 }), json) },
  { requiredKeys: [] },
);

describe('fuzz: parsers and adapters never throw', () => {
  it('parseTimeline(anything) returns a document and issues, keeps only valid unique events', () => {
    fc.assert(
      fc.property(fc.oneof(json, documentLike), (input) => {
        const { document, issues } = parseTimeline(input);
        expect(document.events).to.be.an('array');
        expect(issues).to.be.an('array');
        const ids = document.events.map((e) => e.id);
        expect(new Set(ids).size).to.equal(ids.length);
        // What survives passes again, unchanged and without errors.
        const again = parseTimeline(JSON.parse(JSON.stringify(document)));
        expect(again.errors).to.have.length(0);
        expect(again.document.events.map((e) => e.id)).to.deep.equal(ids);
      }),
      RUNS,
    );
  });

  it('fromTimelineJS(anything) returns a document parseTimeline accepts without throwing', () => {
    const tjsEvent = fc.record({ start_date: fc.oneof(fc.record({ year: fc.oneof(fc.integer({ min: -20000, max: 20000 }), fc.string()), month: fc.option(fc.oneof(fc.integer(), fc.string())), day: fc.option(fc.integer()) }), json), text: fc.oneof(fc.record({ headline: fc.string(), text: fc.string() }), json), group: fc.option(fc.string()), unique_id: fc.option(fc.string()), media: fc.option(fc.record({ url: fc.oneof(fc.webUrl(), fc.string()) })) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(json, fc.record({ events: fc.array(tjsEvent, { maxLength: 8 }), eras: fc.option(fc.array(json)), title: fc.option(json) }, { requiredKeys: [] })), (input) => {
        const { document, unmapped } = fromTimelineJS(input);
        expect(unmapped).to.be.an('array');
        expect(() => parseTimeline(document)).to.not.throw();
      }),
      RUNS,
    );
  });

  it('fromVisTimeline(anything) and fromCsv(any text) never throw', () => {
    fc.assert(
      fc.property(json, json, fc.string({ maxLength: 300 }), (items, groups, text) => {
        expect(() => parseTimeline(fromVisTimeline(items, groups).document)).to.not.throw();
        expect(() => parseTimeline(fromCsv(text).document)).to.not.throw();
        expect(() => parseTimeline(fromTimelineJSSheet(text).document)).to.not.throw();
      }),
      RUNS,
    );
  });

  it('fromCsv of generated rows keeps every row, with commas, quotes and newlines in cells', () => {
    const cell = fc.string({ maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 10 }), (rows) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const csv = `start,title\n${rows.map(([a, b]) => `${quote(a)},${quote(b)}`).join('\n')}\n`;
        const { document } = fromCsv(csv);
        expect(document.events).to.have.length(rows.length);
        rows.forEach(([, title], i) => expect(document.events[i]!.title ?? '').to.equal(title.trim()));
      }),
      RUNS,
    );
  });

  it('htmlToText never leaves a tag that a browser would parse as an element', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('<script>x</script>', '<img src=x onerror=y>', '<b>', '</p>', '<!-- c -->', '&lt;b&gt;'), (text, markup) => {
        const out = htmlToText(`${text}${markup}${text}`);
        const parsed = new DOMParser().parseFromString(`<body>${out.replace(/</g, '&lt;')}</body>`, 'text/html');
        expect(parsed.body.children).to.have.length(0);
        expect(out).to.not.match(/<script|onerror=/i.test(text) ? /$^/ : /<script|<img/i);
      }),
      RUNS,
    );
  });
});

describe('fuzz: EDTF dates', () => {
  const part = (digits: number) => fc.stringMatching(new RegExp(`^[0-9X]{${digits}}$`));
  const padded = (min: number, max: number, width: number) => fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));
  const edtfLike = fc.tuple(
    fc.oneof({ weight: 6, arbitrary: padded(0, 9999, 4) }, { weight: 1, arbitrary: part(4) }, { weight: 1, arbitrary: fc.constantFrom('-0499', '-0000', 'Y-13800000000', 'Y170000002', 'Y1234') }, { weight: 1, arbitrary: fc.integer({ min: -99999, max: 99999 }).map(String) }),
    fc.option(fc.oneof({ weight: 6, arbitrary: padded(1, 12, 2) }, { weight: 1, arbitrary: part(2) }, { weight: 1, arbitrary: fc.constantFrom('21', '24', '25', '13', '00') })),
    fc.option(fc.oneof({ weight: 6, arbitrary: padded(1, 31, 2) }, { weight: 1, arbitrary: part(2) })),
    fc.option(fc.constantFrom('T10:30', 'T23:59:59.999Z', 'T10:30+06', 'T24:00')),
    fc.option(fc.constantFrom('?', '~', '%', '??')),
  ).map(([y, m, d, t, q]) => `${y}${m !== null ? `-${m}` : ''}${m !== null && d !== null ? `-${d}` : ''}${m !== null && d !== null && t !== null ? t : ''}${q ?? ''}`);

  it('parseDate(s) is defined exactly when DATE_PATTERN accepts s, and then covers a finite, non-empty span that formats in every shipped language', async () => {
    const { DATE_PATTERN, parseDate } = await import('../../src/schema/date.js');
    const { formatDate } = await import('../../src/time/format.js');
    const { loadLocale, resolveLocale } = await import('../../src/time/locale.js');
    await Promise.all(['ru', 'ar', 'zh', 'kk', 'fr', 'de', 'es'].map((l) => loadLocale(l)));
    const locales = ['en-GB', 'ru', 'ar', 'zh', 'kk', 'fr', 'de', 'es'].map((l) => resolveLocale(l));
    let accepted = 0;
    fc.assert(
      fc.property(edtfLike, (s) => {
        const d = parseDate(s);
        expect(d !== undefined, s).to.equal(DATE_PATTERN.test(s));
        if (!d) return;
        accepted++;
        expect(Number.isFinite(d.start) && Number.isFinite(d.end), s).to.equal(true);
        expect(d.end, s).to.be.above(d.start);
        for (const locale of locales) expect(formatDate(d, locale), `${s} in ${locale.code}`).to.be.a('string').and.not.equal('');
      }),
      { numRuns: 1000 },
    );
    expect(accepted, 'enough generated dates are valid to matter').to.be.greaterThan(100);
  });
});
