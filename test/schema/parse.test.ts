import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/schema/parse.js';
import { sampleDocument, storyDocument } from '../helpers.js';

const event = (over: Record<string, unknown> = {}) => ({ id: 'e', start: '2023-11-01', title: 'An event', ...over });
const codes = (input: unknown) => parseTimeline(input).issues.map((i) => `${i.severity}:${i.code}:${i.path}`);

describe('parseTimeline', () => {
  it('parseTimeline(story) keeps every event, with no errors and no warnings', async () => {
    const story = await storyDocument();
    const { document, issues } = parseTimeline(story);
    expect(issues.map((i) => i.message)).to.deep.equal([]);
    expect(document.events.length).to.equal(story.events.length);
    expect(document.events.length).to.be.greaterThan(20);
  });

  it('the story data gives every event at least one source', async () => {
    const { document } = parseTimeline(await storyDocument());
    for (const e of document.events) expect(e.sources?.length ?? 0, e.id).to.be.greaterThan(0);
  });

  it('reports an impossible date with its path and reason, and keeps the valid events', () => {
    const doc = { events: [event({ id: 'a' }), event({ id: 'b' }), event({ id: 'c' }), event({ id: 'd', start: '2023-13-01' })] };
    const { document, errors } = parseTimeline(doc);
    expect(document.events.map((e) => e.id)).to.deep.equal(['a', 'b', 'c']);
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('invalid-date');
    expect(errors[0]!.path).to.equal('events[3].start');
    expect(errors[0]!.message).to.match(/^events\[3\]\.start: "2023-13-01" is not a valid date/);
  });

  it('reports duplicate ids and keeps the first', () => {
    const { document, errors } = parseTimeline({ events: [event({ title: 'first' }), event({ title: 'second' })] });
    expect(document.events.map((e) => e.title)).to.deep.equal(['first']);
    expect(errors[0]!.code).to.equal('duplicate-id');
    expect(errors[0]!.message).to.equal('events[1].id: "e" is already the id of events[0]');
  });

  it('reports an end before the start', () => {
    const { document, errors } = parseTimeline({ events: [event({ start: '2023-11-09', end: '2023-11-01' })] });
    expect(document.events).to.have.length(0);
    expect(errors[0]!.code).to.equal('end-before-start');
    expect(errors[0]!.path).to.equal('events[0].end');
  });

  it('accepts an end inside a coarser start (start 2023-11, end 2023-11-15)', () => {
    expect(parseTimeline({ events: [event({ start: '2023-11', end: '2023-11-15' })] }).errors).to.have.length(0);
  });

  it('reports a missing title and an empty one', () => {
    expect(codes({ events: [{ id: 'a', start: '2023' }] })).to.deep.equal(['error:missing:events[0].title']);
    expect(codes({ events: [event({ title: '   ' })] })).to.deep.equal(['error:empty-title:events[0].title']);
  });

  it('reports wrong types with what was expected and what came', () => {
    const { errors } = parseTimeline({ events: [event({ importance: 'high' }), event({ id: 'x', tags: 'a,b' })] });
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-type', 'invalid-type']);
    expect(errors[0]!.message).to.equal('events[0].importance: expected a number, got "high"');
    expect(errors[1]!.path).to.equal('events[1].tags');
  });

  it('reports an image without alt text', () => {
    const { errors } = parseTimeline({ events: [event({ media: [{ type: 'image', url: 'https://example.com/a.jpg' }] })] });
    expect(errors.map((e) => `${e.code} ${e.path}`)).to.deep.equal(['missing-alt events[0].media[0].alt']);
    const blank = parseTimeline({ events: [event({ media: [{ type: 'image', url: 'https://example.com/a.jpg', alt: ' ' }] })] });
    expect(blank.errors[0]!.code).to.equal('missing-alt');
  });

  it('reports non-http(s) URLs in sources and media', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.com/x', '/relative/path', 'vbscript:msgbox']) {
      const { errors } = parseTimeline({ events: [event({ sources: [{ title: 's', url }] })] });
      expect(errors.map((e) => `${e.code} ${e.path}`), url).to.deep.equal(['invalid-url events[0].sources[0].url']);
    }
  });

  it('reports ids that are not URL-safe', () => {
    expect(codes({ events: [event({ id: 'Macron visit' })] })).to.deep.equal(['error:invalid-id:events[0].id']);
    expect(codes({ events: [event({ id: '-x' })] })).to.deep.equal(['error:invalid-id:events[0].id']);
  });

  it('warns about unknown fields at any depth and keeps the event', () => {
    const { document, issues } = parseTimeline({ colour: 'red', events: [event({ extra: 1, place: { name: 'Astana', country: 'KZ' } })] });
    expect(document.events).to.have.length(1);
    expect(issues.map((i) => `${i.severity}:${i.code}:${i.path}`)).to.deep.equal([
      'warning:unknown-field:colour',
      'warning:unknown-field:events[0].extra',
      'warning:unknown-field:events[0].place.country',
    ]);
  });

  it('warns about an event in a group the document does not define', () => {
    const { document, issues } = parseTimeline({ groups: [{ id: 'a', label: 'A' }], events: [event({ group: 'zzz' })] });
    expect(document.events).to.have.length(1);
    expect(issues.map((i) => i.code)).to.deep.equal(['unknown-group']);
  });

  it('warns about a time without an offset', () => {
    const { issues } = parseTimeline({ events: [event({ start: '2023-11-09T10:30' })] });
    expect(issues.map((i) => `${i.severity}:${i.code}`)).to.deep.equal(['warning:floating-time']);
  });

  it('drops an invalid group or era and keeps the rest', () => {
    const { document, errors } = parseTimeline({
      groups: [{ id: 'a', label: 'A', color: 'red;background:url(x)' }, { id: 'b', label: 'B' }],
      eras: [{ start: '2023-11-09', end: '2023-11-01', label: 'backwards' }, { start: '2023', end: '2024', label: 'ok' }],
      events: [event()],
    });
    expect(document.groups!.map((g) => g.id)).to.deep.equal(['b']);
    expect(document.eras!.map((e) => e.label)).to.deep.equal(['ok']);
    expect(errors.map((e) => `${e.code} ${e.path}`)).to.deep.equal(['invalid-color groups[0].color', 'end-before-start eras[0].end']);
  });

  it('reads a bare array as the list of events', () => {
    expect(parseTimeline([event()]).document.events).to.have.length(1);
  });

  it('never throws on input that is not a document', () => {
    for (const input of [null, undefined, 42, 'text', true, {}, { events: 'no' }, { events: [null, 1, 'x', []] }]) {
      const result = parseTimeline(input);
      expect(result.document.events).to.be.an('array');
      expect(result.errors.length, JSON.stringify(input)).to.be.greaterThan(0);
    }
  });

  it('returns a frozen document that does not share objects with the input', () => {
    const input = sampleDocument();
    const { document } = parseTimeline(input);
    expect(Object.isFrozen(document.events[0])).to.equal(true);
    expect(document.events[0]).to.not.equal(input.events[0]);
  });

  it('ignores prototype-pollution keys', () => {
    const hostile = JSON.parse('{"events":[{"id":"a","start":"2023","title":"t","__proto__":{"polluted":true}}],"__proto__":{"polluted":true}}');
    const { document } = parseTimeline(hostile);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((document.events[0] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('parseTimeline groups', () => {
  it('drops a group whose id is taken, reporting it at its own path', () => {
    const { document, errors } = parseTimeline({
      groups: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B', color: 'not a colour' }, { id: 'a', label: 'A again' }],
      events: [],
    });
    expect(document.groups!.map((g) => g.label)).to.deep.equal(['A']);
    expect(errors.map((e) => e.message)).to.deep.equal([
      'groups[1].color: "not a colour" is not a hex colour such as #1f6feb',
      'groups[2].id: "a" is already the id of groups[0]',
    ]);
  });
});

describe('parseTimeline limits', () => {
  it('reads at most MAX_EVENTS events and says so', async () => {
    const { MAX_EVENTS } = await import('../../src/schema/parse.js');
    const events = Array.from({ length: MAX_EVENTS + 3 }, () => 1);
    events[0] = { id: 'a', start: '2023', title: 'A' } as never;
    const { document, errors } = parseTimeline({ events });
    expect(document.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(errors[0]!.message).to.equal(`events: has ${MAX_EVENTS + 3} events; only the first ${MAX_EVENTS} are read`);
    // The rest of the errors are the non-objects within the limit, never past it.
    expect(errors.filter((e) => e.path.startsWith('events[')).length).to.equal(MAX_EVENTS - 1);
  });
});

describe('parseTimeline length limits', () => {
  it('shortens a title over TEXT_LIMITS.title, keeps the event and warns with the path', async () => {
    const { TEXT_LIMITS } = await import('../../src/schema/limits.js');
    const long = 'x'.repeat(1_000_000);
    const { document, issues, errors } = parseTimeline({ title: long, events: [event({ title: long, summary: 'short' }), event({ id: 'f' })] });
    expect(errors).to.have.length(0);
    expect(document.events.map((e) => e.id)).to.deep.equal(['e', 'f']);
    expect(document.events[0]!.title).to.have.length(TEXT_LIMITS.title!);
    expect(document.events[0]!.title.endsWith('…')).to.equal(true);
    expect(document.events[0]!.summary).to.equal('short');
    expect(document.title).to.have.length(TEXT_LIMITS.title!);
    expect(issues.map((i) => i.message)).to.deep.equal([
      'events[0].title: is 1,000,000 characters long; shortened to the first 1,000',
      'title: is 1,000,000 characters long; shortened to the first 1,000',
    ]);
  });

  it('shortens nested text and cuts long lists at their limits', async () => {
    const { LIST_LIMITS, TEXT_LIMITS } = await import('../../src/schema/limits.js');
    const { document, issues } = parseTimeline({
      groups: [{ id: 'g', label: 'L'.repeat(5000) }],
      events: [
        event({
          group: 'g',
          tags: Array.from({ length: 500 }, (_, i) => `t${i}`),
          sources: [{ title: 'S', publisher: 'P'.repeat(600) }],
          notes: [{ type: 'context', text: 'N'.repeat(20_000) }],
        }),
      ],
    });
    const e = document.events[0]!;
    expect(e.tags).to.have.length(LIST_LIMITS.tags!);
    expect(e.sources![0]!.publisher).to.have.length(TEXT_LIMITS.publisher!);
    expect(e.notes![0]!.text).to.have.length(TEXT_LIMITS.text!);
    expect(document.groups![0]!.label).to.have.length(TEXT_LIMITS.label!);
    expect(issues.map((i) => `${i.severity}:${i.code}:${i.path}`)).to.deep.equal([
      'warning:too-long:groups[0].label',
      'warning:too-long:events[0].tags',
      'warning:too-long:events[0].sources[0].publisher',
      'warning:too-long:events[0].notes[0].text',
    ]);
  });

  it('never splits a surrogate pair when shortening', async () => {
    const { shorten } = await import('../../src/schema/limits.js');
    // Three code units would end in half of the first emoji; it goes whole or not at all.
    expect(shorten('a' + '😀'.repeat(10), 3)).to.equal('a…');
    expect(shorten('a' + '😀'.repeat(10), 4)).to.equal('a😀…');
    expect(shorten('short', 10)).to.equal('short');
  });

  it('rejects a URL over MAX_URL_LENGTH as an error on that event', async () => {
    const { MAX_URL_LENGTH } = await import('../../src/schema/limits.js');
    const url = `https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`;
    const { document, errors } = parseTimeline({ events: [event({ sources: [{ title: 'S', url }] }), event({ id: 'f' })] });
    expect(document.events.map((e) => e.id)).to.deep.equal(['f']);
    expect(errors.map((e) => e.message)).to.deep.equal([`events[0].sources[0].url: is ${url.length.toLocaleString('en-US')} characters long; the limit is 2,048`]);
  });
});

describe('balanceBidi', () => {
  it('balanceBidi(text) closes unclosed overrides and isolates at the end, innermost first', async () => {
    const { balanceBidi } = await import('../../src/schema/limits.js');
    expect(balanceBidi('plain')).to.equal('plain');
    expect(balanceBidi('\u202Eevil')).to.equal('\u202Eevil\u202C');
    expect(balanceBidi('a\u2067b\u202Bc')).to.equal('a\u2067b\u202Bc\u202C\u2069');
    expect(balanceBidi('\u202Eclosed\u202C')).to.equal('\u202Eclosed\u202C');
    // A PDI closes its isolate and the embeddings opened inside it.
    expect(balanceBidi('\u2066\u202Ex\u2069\u202Ey')).to.equal('\u2066\u202Ex\u2069\u202Ey\u202C');
  });

  it('parseTimeline balances every text field, even when shortening it', async () => {
    const { TEXT_LIMITS } = await import('../../src/schema/limits.js');
    const { document } = parseTimeline({ groups: [{ id: 'g', label: '\u202Egnp' }], events: [event({ title: `${'x'.repeat(2000)}\u202E`, summary: `a\u202E${'y'.repeat(60_000)}` })] });
    expect(document.groups![0]!.label).to.equal('\u202Egnp\u202C');
    expect(document.events[0]!.summary!.endsWith('…\u202C')).to.equal(true);
    expect(document.events[0]!.summary!.length).to.be.at.most(TEXT_LIMITS.summary!);
    const again = parseTimeline(JSON.parse(JSON.stringify(document)));
    expect(again.issues).to.have.length(0);
    expect(again.document).to.deep.equal(document);
  });
});

describe('parseTimeline time zones', () => {
  it('accepts an IANA timeZone, and a time without an offset then draws no floating-time warning', () => {
    const { document, issues } = parseTimeline({ events: [event({ start: '2023-11-09T10:30', timeZone: 'Asia/Almaty' })] });
    expect(issues).to.deep.equal([]);
    expect(document.events[0]!.timeZone).to.equal('Asia/Almaty');
  });

  it('reports a malformed zone as an error and an unknown one as a warning that drops only the zone', () => {
    expect(codes({ events: [event({ timeZone: 'not a zone!' })] })).to.deep.equal(['error:invalid-time-zone:events[0].timeZone']);
    const { document, issues } = parseTimeline({ events: [event({ start: '2023-11-09T10:30', timeZone: 'Mars/Olympus_Mons' })] });
    expect(issues.map((i) => `${i.severity}:${i.code}:${i.path}`)).to.deep.equal(['warning:unknown-time-zone:events[0].timeZone', 'warning:floating-time:events[0].start']);
    expect(document.events[0]!.timeZone).to.equal(undefined);
  });
});
