import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { fastEvent } from '../../src/schema/fast.js';
import { parseTimeline } from '../../src/schema/parse.js';
import { EventSchema } from '../../src/schema/schema.js';

// Values near the edges of each rule: valid and invalid ids, dates, zones, titles, importances.
const anyValue = fc.oneof(
  fc.constantFrom('e1', 'a_b-c', '-x', '_x', '', ' ', 'x'.repeat(100), 'x'.repeat(101), 'has space', 'é'),
  fc.constantFrom('2023', '2023-11-01', '2023-13-01', '2023-02-30', '2023-10~', '199X', '2023-21', '..', '-0500', 'Y-13800000000', '2023-11-01T10:30+06:00', 'nope'),
  fc.constantFrom('Asia/Almaty', 'UTC', 'not a zone', 'A/B/C/D'),
  fc.constantFrom(0, 1, 3, 5, 6, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom(undefined, null, true, {}, [], ['a', 'b'], ['a', 1], [undefined]),
  fc.string({ maxLength: 12 }),
);
const key = fc.constantFrom('id', 'start', 'end', 'timeZone', 'title', 'summary', 'displayDate', 'group', 'tags', 'importance', 'place', 'sources', 'extra', '__proto__');
const nearEvent = fc.oneof(
  fc.dictionary(key, anyValue, { maxKeys: 8 }),
  // Mostly valid: a valid base with one field replaced or added.
  fc.record({ k: key, value: anyValue, base: fc.constantFrom(
    { id: 'a', start: '2023-11-01', title: 'T' },
    { id: 'b', start: '2023-11-01', end: '2023-11-05', title: 'Range', group: 'g', importance: 3, tags: ['x'], summary: 's', displayDate: 'Early November', timeZone: 'Asia/Almaty' },
  ) }).map(({ k, value, base }) => {
    const out: Record<string, unknown> = { ...base };
    Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    return out;
  }),
);

describe('fastEvent', () => {
  it('fastEvent(item) accepts only what EventSchema accepts, and returns the same output in the same key order', () => {
    let fast = 0;
    fc.assert(
      fc.property(nearEvent, (item) => {
        const out = fastEvent(item);
        if (out === undefined) return;
        fast++;
        const parsed = v.safeParse(EventSchema, item);
        expect(parsed.success, JSON.stringify(item)).to.equal(true);
        expect(JSON.stringify(out)).to.equal(JSON.stringify(parsed.output));
        expect(out).not.to.equal(item);
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: many generated items take the fast path.
    expect(fast).to.be.greaterThan(200);
  });

  it('fastEvent(item) takes every flat valid event, and copies its tags', () => {
    const item = { id: 'b', start: '2023-11-01', end: '2023-11-05', title: 'Range', group: 'g', importance: 3, tags: ['x'], summary: 's', displayDate: 'Early November', timeZone: 'Asia/Almaty' };
    const out = fastEvent(item)!;
    expect(out).to.deep.equal(item);
    expect(out.tags).not.to.equal(item.tags);
  });

  it('fastEvent(item) leaves nested, unknown, inherited and undefined fields to the full schema', () => {
    const base = { id: 'a', start: '2023-11-01', title: 'T' };
    expect(fastEvent({ ...base, place: { name: 'Astana' } })).to.equal(undefined);
    expect(fastEvent({ ...base, extra: 1 })).to.equal(undefined);
    expect(fastEvent({ ...base, end: undefined })).to.equal(undefined);
    expect(fastEvent(Object.assign(Object.create({ title: 'inherited' }), { id: 'a', start: '2023' }))).to.equal(undefined);
    expect(fastEvent([base])).to.equal(undefined);
  });

  it('parseTimeline gives the same document and issues whether events take the fast path or not', () => {
    // The same events, once flat and once with an empty place list that sends them through valibot.
    const events = [
      { id: 'a', start: '2023-11-01', title: 'T', tags: ['\u202Eevil'] },
      { id: 'b', start: '2023-11-05', end: '2023-11-01', title: 'Backwards' },
      { id: 'a', start: '2023-11-02', title: 'Duplicate' },
      { id: 'c', start: '2023-11-01T10:00', title: 'Floating' },
      { id: 'd', start: '2023-11-01', title: 'x'.repeat(1200), group: 'nowhere', timeZone: 'Mars/Olympus' },
    ];
    const flat = parseTimeline({ groups: [{ id: 'g', label: 'G' }], events });
    const slow = parseTimeline({ groups: [{ id: 'g', label: 'G' }], events: events.map((e) => ({ ...e, sources: [] })) });
    expect(flat.document.events.map((e) => JSON.stringify(e))).to.deep.equal(slow.document.events.map(({ sources: _, ...e }) => JSON.stringify(e)));
    expect(flat.issues.map((i) => i.message)).to.deep.equal(slow.issues.map((i) => i.message));
    expect(Object.isFrozen(flat.document.events[0])).to.equal(true);
    expect(Object.isFrozen(flat.document.events[0]!.tags)).to.equal(true);
  });
});
