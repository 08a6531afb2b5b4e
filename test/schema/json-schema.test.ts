import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { timelineJsonSchema, RUNTIME_ONLY_RULES } from '../../src/schema/json-schema.js';
import { parseTimeline } from '../../src/schema/parse.js';
import { sampleDocument, storyDocument } from '../helpers.js';

const validator = () => new Validator(timelineJsonSchema() as never, '7', false);
const ev = (over: Record<string, unknown>) => ({ id: 'e', start: '2023-11-01', title: 'An event', ...over });

/** Documents that both validators must reject, one per field rule. */
const INVALID: Record<string, unknown> = {
  'impossible month': { events: [ev({ start: '2023-13-01' })] },
  '31 April': { events: [ev({ start: '2023-04-31' })] },
  '29 February 2023': { events: [ev({ start: '2023-02-29' })] },
  'hour 24': { events: [ev({ start: '2023-11-01T24:00Z' })] },
  'missing title': { events: [{ id: 'a', start: '2023' }] },
  'blank title': { events: [ev({ title: ' ' })] },
  'missing start': { events: [{ id: 'a', title: 't' }] },
  'number as title': { events: [ev({ title: 5 })] },
  'string importance': { events: [ev({ importance: 'high' })] },
  'importance 9': { events: [ev({ importance: 9 })] },
  'image without alt': { events: [ev({ media: [{ type: 'image', url: 'https://example.com/a.png' }] })] },
  'unknown media type': { events: [ev({ media: [{ type: 'hologram', url: 'https://example.com/a' }] })] },
  'javascript: URL': { events: [ev({ sources: [{ title: 's', url: 'javascript:alert(1)' }] })] },
  'data: URL in media': { events: [ev({ media: [{ type: 'video', url: 'data:video/mp4;base64,AAAA' }] })] },
  'id with spaces': { events: [ev({ id: 'two words' })] },
  'CSS in a colour': { groups: [{ id: 'g', label: 'G', color: 'red;x:expression(1)' }], events: [] },
  'latitude 91': { events: [ev({ place: { name: 'N', lat: 91 } })] },
  'no events': { title: 'x' },
  'events not an array': { events: {} },
  'bad locale': { locale: 'english please', events: [] },
};

describe('timelineJsonSchema', () => {
  it('accepts the story data, as parseTimeline does', async () => {
    const story = await storyDocument();
    const result = validator().validate(story);
    expect(result.errors.map((e) => `${e.instanceLocation} ${e.error}`)).to.deep.equal([]);
    expect(parseTimeline(story).errors).to.have.length(0);
  });

  it('accepts a sample document with every kind of date, as parseTimeline does', () => {
    expect(validator().validate(sampleDocument()).valid).to.equal(true);
    expect(parseTimeline(sampleDocument()).errors).to.have.length(0);
  });

  for (const [name, doc] of Object.entries(INVALID)) {
    it(`rejects a document with ${name}, as parseTimeline does`, () => {
      expect(validator().validate(doc).valid, 'JSON Schema').to.equal(false);
      expect(parseTimeline(doc).errors.length, 'parseTimeline').to.be.greaterThan(0);
    });
  }

  it('leaves the cross-field rules to parseTimeline, and names them in its description', () => {
    const duplicate = { events: [ev({}), ev({})] };
    const backwards = { events: [ev({ start: '2023-11-09', end: '2023-11-01' })] };
    expect(validator().validate(duplicate).valid).to.equal(true);
    expect(validator().validate(backwards).valid).to.equal(true);
    expect(parseTimeline(duplicate).errors[0]!.code).to.equal('duplicate-id');
    expect(parseTimeline(backwards).errors[0]!.code).to.equal('end-before-start');
    for (const rule of RUNTIME_ONLY_RULES) expect(timelineJsonSchema().description).to.contain(rule);
  });
});
