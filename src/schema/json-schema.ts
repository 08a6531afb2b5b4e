/**
 * The document format as a JSON Schema (draft-07), generated from the same valibot schemas
 * that {@link parseTimeline} uses. The build writes it to `dist/news-timeline.schema.json`.
 *
 * JSON Schema cannot say rules that span fields; {@link RUNTIME_ONLY_RULES} lists them.
 * @module
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DocumentSchema } from './schema.js';
import { LIST_LIMITS, TEXT_LIMITS } from './limits.js';

/** Issue codes that only the runtime validator can raise. */
export const RUNTIME_ONLY_RULES = ['duplicate-id', 'end-before-start', 'unknown-group', 'unknown-field', 'floating-time', 'too-long', 'unknown-time-zone'] as const;

/** Returns the JSON Schema of a timeline document. */
export function timelineJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DocumentSchema) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/news-timeline/dist/news-timeline.schema.json',
    title: 'news-timeline document',
    description:
      'A timeline of news events for <news-timeline>. Dates are ISO 8601 strings at the precision known (2023, 2023-11, 2023-11-09, 2023-11-09T10:30+06:00). ' +
      `Also checked at run time, not here: ${RUNTIME_ONLY_RULES.join(', ')}. ` +
      `Text longer than its limit is shortened with a too-long warning (${Object.entries(TEXT_LIMITS).map(([k, n]) => `${k} ${n}`).join(', ')} characters; lists: ${Object.entries(LIST_LIMITS).map(([k, n]) => `${k} ${n}`).join(', ')} items).`,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
