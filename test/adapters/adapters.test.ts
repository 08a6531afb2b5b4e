import { expect } from '@open-wc/testing';
import { fromTimelineJS, fromTimelineJSSheet } from '../../src/adapters/timelinejs.js';
import { fromVisTimeline } from '../../src/adapters/vis-timeline.js';
import { fromCsv } from '../../src/adapters/csv.js';
import { htmlToText, datePartsToString, slug } from '../../src/adapters/common.js';
import { parseTimeline } from '../../src/schema/parse.js';

/** Shaped like TimelineJS's own examples: a title slide, string and number date parts, eras, groups, HTML. */
const TIMELINEJS = {
  title: {
    media: { url: 'https://example.org/cover.jpg', caption: 'Astana' },
    text: { headline: 'Kazakhstan <i>between</i> Paris &amp; Moscow', text: '<p>Autumn 2023.</p>' },
  },
  events: [
    {
      start_date: { year: '2023', month: '11', day: '1' },
      text: { headline: 'Macron visits Astana', text: '<p>Talks with <b>Tokayev</b>.</p><script>alert(1)</script><p>A&nbsp;forum &#8212; and deals.</p>' },
      media: { url: 'https://example.org/macron.jpg', caption: 'At the Akorda', credit: 'Photo: <a href="x">Agency</a>' },
      group: 'France–Kazakhstan',
      unique_id: 'macron-astana',
    },
    { start_date: { year: 2023, month: 11, day: 9, hour: 9, minute: 30 }, end_date: { year: 2023, month: 11, day: 9, hour: 18 }, text: { headline: 'Putin in Astana' }, group: 'Russia–Kazakhstan', display_date: 'Thursday' },
    { start_date: { year: 1992 }, text: { headline: 'CSTO treaty' }, background: { color: '#000' } },
    { start_date: { year: -500 }, text: { headline: 'Deep past' } },
    { start_date: { year: 2023, month: 13 }, text: { headline: 'Impossible month' } },
    { start_date: { year: 2023, month: 10 }, end_date: { year: 'soon' }, text: { text: '<p>No headline, only text.</p>' }, media: { url: '<iframe src="x"></iframe>' } },
    { start_date: { year: 2023, month: 11, day: 12 }, text: { headline: 'Peskov interview' }, media: { url: 'https://www.youtube.com/watch?v=abc', caption: 'Rossiya-1' }, unique_id: 'Peskov Interview!' },
  ],
  eras: [{ start_date: { year: 2023, month: 10, day: 31 }, end_date: { year: 2023, month: 11, day: 2 }, text: { headline: "Macron's tour" } }],
};

describe('fromTimelineJS', () => {
  const { document, unmapped } = fromTimelineJS(TIMELINEJS);

  it('carries the title slide, eras, groups and events over, as text', () => {
    expect(document.title).to.equal('Kazakhstan between Paris & Moscow');
    expect(document.description).to.equal('Autumn 2023.');
    expect(document.eras).to.deep.equal([{ start: '2023-10-31', end: '2023-11-02', label: "Macron's tour" }]);
    expect(document.groups).to.deep.equal([
      { id: 'france-kazakhstan', label: 'France–Kazakhstan' },
      { id: 'russia-kazakhstan', label: 'Russia–Kazakhstan' },
    ]);
    const macron = document.events.find((e) => e.id === 'macron-astana')!;
    expect(macron).to.deep.include({ start: '2023-11-01', title: 'Macron visits Astana', group: 'france-kazakhstan' });
    expect(macron.summary).to.equal('Talks with Tokayev.\nA forum — and deals.');
    expect(macron.media).to.deep.equal([{ type: 'image', url: 'https://example.org/macron.jpg', alt: 'At the Akorda', caption: 'At the Akorda', credit: 'Photo: Agency' }]);
  });

  it('keeps each date part\'s precision, numbers or strings', () => {
    const putin = document.events.find((e) => e.title === 'Putin in Astana')!;
    expect(putin).to.deep.include({ start: '2023-11-09T09:30Z', end: '2023-11-09T18:00Z', displayDate: 'Thursday' });
    expect(document.events.find((e) => e.title === 'CSTO treaty')!.start).to.equal('1992');
  });

  it('carries negative years over as EDTF years: -500 is "-0500" (501 BC)', () => {
    expect(document.events.find((e) => e.title === 'Deep past')!.start).to.equal('-0500');
  });

  it('reads a cosmological timeline: years past four digits become Y-years, and nothing is reported', () => {
    const cosmic = fromTimelineJS({
      scale: 'cosmological',
      events: [
        { start_date: { year: -13800000000 }, text: { headline: 'Big Bang' } },
        { start_date: { year: '-4540000000' }, text: { headline: 'Earth forms' } },
        { start_date: { year: -66000000, month: 6 }, text: { headline: 'Dinosaurs die out' } },
        { start_date: { year: 1969, month: 7, day: 20 }, text: { headline: 'Moon landing' } },
      ],
    });
    expect(cosmic.unmapped).to.deep.equal([]);
    expect(cosmic.document.events.map((e) => e.start)).to.deep.equal(['Y-13800000000', 'Y-4540000000', 'Y-66000000', '1969-07-20']);
    const parsed = parseTimeline(cosmic.document);
    expect(parsed.errors).to.deep.equal([]);
    expect(parsed.document.events).to.have.length(4);
  });

  it('lists what it could not map, with paths', () => {
    const reasons = unmapped.map((u) => `${u.path}: ${u.reason}`);
    expect(reasons.some((r) => r.startsWith('events[4].start_date:'))).to.equal(true);
    expect(reasons.some((r) => r.startsWith('events[5].end_date:'))).to.equal(true);
    expect(reasons.some((r) => r.startsWith('events[5].media.url:'))).to.equal(true);
    expect(reasons.some((r) => r.startsWith('events[2].background:'))).to.equal(true);
  });

  it('makes URL-safe ids from unique_id and headlines, and a title from text when there is no headline', () => {
    expect(document.events.map((e) => e.id)).to.deep.equal(['macron-astana', 'putin-in-astana', 'csto-treaty', 'deep-past', 'event-6', 'peskov-interview']);
    expect(document.events.find((e) => e.id === 'event-6')!.title).to.equal('No headline, only text.');
  });

  it('gives parseTimeline a document whose events all pass', () => {
    const parsed = parseTimeline(document);
    expect(parsed.errors.map((e) => e.message)).to.deep.equal([]);
    expect(parsed.document.events).to.have.length(6);
    expect(parsed.document.events.find((e) => e.id === 'peskov-interview')!.media![0]!.type).to.equal('video');
  });

  it('reports input that is not a TimelineJS document', () => {
    expect(fromTimelineJS('nope').unmapped[0]!.path).to.equal('');
    expect(fromTimelineJS({ title: {} }).unmapped.map((u) => u.path)).to.include('events');
  });
});

describe('fromTimelineJSSheet', () => {
  // As Google Sheets publishes the TimelineJS template to CSV: a BOM, quoted commas, a title row, an era row, gaps.
  const CSV =
    '\uFEFFYear,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n' +
    ',,,,,,,,,"Kazakhstan, 2023",<p>The story</p>,,,,,title,,\n' +
    '2023,10,31,,2023,11,2,,,Macron\'s tour,,,,,,era,,\n' +
    '2023,11,1,,,,,,,Macron visits Astana,"<p>Talks, a forum</p>",https://example.org/a.jpg,AFP,Akorda,,,France,\n' +
    '2023,11,9,9:30 AM,2023,11,9,6:00 PM,,Putin in Astana,,,,,,,Russia,#ff0000\n' +
    ',,,,,,,,,Row without a year,,,,,,,,\n' +
    '2023,11,12,,,,,,about 12 November,Peskov interview,,,,,,,Statements,\n';
  const { document, unmapped } = fromTimelineJSSheet(CSV);

  it('reads the events, the title row and the era rows', () => {
    expect(document.title).to.equal('Kazakhstan, 2023');
    expect(document.eras).to.have.length(1);
    expect(document.events.map((e) => e.title)).to.deep.equal(['Macron visits Astana', 'Putin in Astana', 'Peskov interview']);
    expect(document.events[0]).to.deep.include({ start: '2023-11-01', summary: 'Talks, a forum' });
    expect(document.events[1]).to.deep.include({ start: '2023-11-09T09:30Z', end: '2023-11-09T18:00Z' });
    expect(document.events[2]!.displayDate).to.equal('about 12 November');
    expect(document.groups!.map((g) => g.label)).to.deep.equal(['France', 'Russia', 'Statements']);
  });

  it('points what it could not map at spreadsheet rows', () => {
    expect(unmapped.map((u) => u.path)).to.include('row 6 (start_date)');
    expect(unmapped.some((u) => u.path === 'row 5 (background)')).to.equal(true);
  });

  it('passes parseTimeline', () => {
    expect(parseTimeline(document).errors).to.have.length(0);
  });
});

describe('fromVisTimeline', () => {
  const items = [
    { id: 1, content: '<b>Macron</b> visits Astana', start: new Date(Date.UTC(2023, 10, 1)), group: 'fr', title: 'Talks &amp; a forum' },
    { id: 2, content: 'Putin in Astana', start: Date.UTC(2023, 10, 9, 9, 30), end: '2023-11-09T18:00:00Z', group: 'ru', type: 'range' },
    { id: 3, content: 'Macron\'s tour', start: '2023-10-31', end: '2023-11-02', type: 'background' },
    { id: 4, content: 'No date', start: 'soon' },
    { id: 5, content: 'Styled', start: '2023-11-12', className: 'red', group: 'unknown-group' },
  ];
  const groups = [{ id: 'fr', content: 'France–Kazakhstan' }, { id: 'ru', content: '<i>Russia</i>–Kazakhstan' }, { content: 'no id' }];
  const { document, unmapped } = fromVisTimeline(items, groups);

  it('reads Dates, numbers and strings, HTML content as text, groups and background items as eras', () => {
    expect(document.groups!.map((g) => `${g.id}:${g.label}`)).to.deep.equal(['fr:France–Kazakhstan', 'ru:Russia–Kazakhstan', 'unknown-group:unknown-group']);
    expect(document.events[0]).to.deep.include({ id: '1', start: '2023-11-01', title: 'Macron visits Astana', summary: 'Talks & a forum', group: 'fr' });
    expect(document.events[1]).to.deep.include({ start: '2023-11-09T09:30:00Z', end: '2023-11-09T18:00:00Z' });
    expect(document.eras).to.deep.equal([{ start: '2023-10-31', end: '2023-11-02', label: "Macron's tour" }]);
  });

  it('lists what it could not map', () => {
    expect(unmapped.map((u) => u.path)).to.deep.equal(['groups[2]', 'items[3].start', 'items[4].className']);
  });

  it('accepts a vis DataSet-like object and passes parseTimeline', () => {
    const result = fromVisTimeline({ get: () => items });
    expect(result.document.events).to.have.length(3);
    expect(parseTimeline(result.document).errors).to.have.length(0);
  });
});

describe('fromCsv', () => {
  it('maps default columns, groups, tags and sources; leaves bad dates to parseTimeline', () => {
    const csv = 'id,start,end,title,group,tags,source,source url,importance\n' +
      'macron,2023-11-01,,Macron visits Astana,France,"visit, uranium",Astana Times,https://astanatimes.com/x,5\n' +
      ',2023-11-09,2023-11-10,"Putin, in Astana",Russia,,,,\n' +
      'bad,2023-13-01,,Bad date,,,,,\n';
    const { document, unmapped } = fromCsv(csv);
    expect(unmapped).to.deep.equal([]);
    expect(document.events[0]).to.deep.include({ id: 'macron', importance: 5, group: 'france', tags: ['visit', 'uranium'] });
    expect(document.events[0]!.sources).to.deep.equal([{ title: 'Astana Times', url: 'https://astanatimes.com/x' }]);
    expect(document.events[1]).to.deep.include({ id: 'putin-in-astana', end: '2023-11-10' });
    const parsed = parseTimeline(document);
    expect(parsed.document.events.map((e) => e.id)).to.deep.equal(['macron', 'putin-in-astana']);
    expect(parsed.errors[0]!.message).to.match(/^events\[2\]\.start: "2023-13-01" is not a valid date/);
  });

  it('uses a column mapping and reports missing required columns', () => {
    const csv = 'Date,Headline,Desk\n2023-11-01,Macron visits Astana,France\n';
    expect(fromCsv(csv, { start: 'date', title: 'headline', group: 'desk' }).document.events[0]).to.deep.include({ start: '2023-11-01', title: 'Macron visits Astana', group: 'france' });
    expect(fromCsv(csv).unmapped.map((u) => u.reason)).to.deep.equal(['the start column "start" is missing', 'the title column "title" is missing']);
  });
});

describe('adapter helpers', () => {
  it('htmlToText drops scripts and tags and decodes entities', () => {
    expect(htmlToText('<p>A &lt;b&gt; &amp; <img src=x onerror=alert(1)>B</p><script>evil()</script><style>p{}</style>C&#x2014;D')).to.equal('A <b> & B\nC—D');
    expect(htmlToText(undefined)).to.equal('');
  });

  it('datePartsToString keeps the precision given', () => {
    expect(datePartsToString({ year: 2023 })).to.deep.equal({ value: '2023' });
    expect(datePartsToString({ year: '2023', month: '2' })).to.deep.equal({ value: '2023-02' });
    expect(datePartsToString({ year: 2023, month: 2, day: 30 })).to.have.property('reason');
    expect(datePartsToString({ month: 2 })).to.deep.equal({ reason: 'has no year' });
  });

  it('slug makes unique URL-safe ids', () => {
    const taken = new Set<string>();
    expect([slug('France–Kazakhstan', taken), slug('France–Kazakhstan', taken), slug('!!!', taken), slug('Ёлка', taken)]).to.deep.equal([
      'france-kazakhstan',
      'france-kazakhstan-2',
      'item',
      'item-2',
    ]);
  });
});
