import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clip, flatNeedsClip, TEXT_LIMITS } from '../../src/schema/limits.js';

// Texts near their limits, with and without bidirectional controls (openers and closers).
const text = (limit: number) =>
  fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('x'.repeat(limit), 'x'.repeat(limit + 1), 'é'.repeat(limit + 3), 'a\u202Eb', 'a\u2067b\u2069', 'closer only \u202C', '\u202Ax\u202C'),
  );
const flatEvent = fc.record(
  {
    id: fc.constantFrom('e1', 'macron-astana'),
    start: fc.constantFrom('2023-11-01', '2023-11-01T10:30+06:00', '..'),
    end: fc.constantFrom('2023-11-09', '..', ''),
    timeZone: fc.constantFrom('Asia/Almaty'),
    title: text(TEXT_LIMITS.title!),
    summary: text(TEXT_LIMITS.summary!),
    displayDate: text(TEXT_LIMITS.displayDate!),
    group: fc.constantFrom('g1'),
    tags: fc.oneof(fc.array(text(TEXT_LIMITS.tags!), { maxLength: 5 }), fc.array(fc.constant('t'), { minLength: 49, maxLength: 52 })),
    importance: fc.integer({ min: 1, max: 5 }),
  },
  { requiredKeys: ['id', 'start', 'title'] },
);

describe('flatNeedsClip', () => {
  it('flatNeedsClip(event) is true whenever clip(event) would change it or note something', () => {
    let skipped = 0;
    fc.assert(
      fc.property(flatEvent, (event) => {
        const copy = structuredClone(event) as Record<string, unknown>;
        const notes = clip(copy, 'events[0]');
        const changes = notes.length > 0 || JSON.stringify(copy) !== JSON.stringify(event);
        if (!flatNeedsClip(event)) {
          skipped++;
          expect(changes, JSON.stringify(event)).to.equal(false);
        }
      }),
      { numRuns: 1000 },
    );
    // The quick test lets most ordinary events through.
    expect(skipped).to.be.greaterThan(100);
  });

  it('flatNeedsClip finds a long title, a bidi override, too many tags and a long tag', () => {
    const base = { id: 'a', start: '2023-11-01', title: 'Macron visits Astana' };
    expect(flatNeedsClip(base)).to.equal(false);
    expect(flatNeedsClip({ ...base, title: 'x'.repeat(1001) })).to.equal(true);
    expect(flatNeedsClip({ ...base, summary: 'a\u202Eb' })).to.equal(true);
    expect(flatNeedsClip({ ...base, displayDate: 'x'.repeat(201) })).to.equal(true);
    expect(flatNeedsClip({ ...base, tags: Array(51).fill('t') })).to.equal(true);
    expect(flatNeedsClip({ ...base, tags: ['ok', 'x'.repeat(101)] })).to.equal(true);
    expect(flatNeedsClip({ ...base, tags: Array(50).fill('t') })).to.equal(false);
  });
});
