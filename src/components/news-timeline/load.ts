import type { TimelineErrorCode } from '../../events/timeline-error.js';
import type { AdapterResult } from '../../adapters/common.js';

/**
 * Turns what a URL held into timeline input: a news-timeline document as is; a TimelineJS 3
 * document (events with `start_date`) through its adapter; CSV through the TimelineJS-sheet
 * adapter when it has Year and Headline columns, else the generic CSV adapter. What an adapter
 * could not map is reported on the console.
 */
export async function fromData(body: string, kind: 'json' | 'csv'): Promise<unknown> {
  const report = (result: AdapterResult) => {
    for (const u of result.unmapped) console.warn(`<news-timeline>: ${u.path ? `${u.path}: ` : ''}${u.reason}`);
    return result.document;
  };
  if (kind === 'csv') {
    const header = body.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.toLowerCase();
    // Adapters load on first use, so pages that only ever show JSON do not pay for them.
    if (/(^|,)"?year"?(,|$)/.test(header) && header.includes('headline')) return report((await import('../../adapters/timelinejs.js')).fromTimelineJSSheet(body));
    return report((await import('../../adapters/csv.js')).fromCsv(body));
  }
  const json: unknown = JSON.parse(body);
  const events = (json as { events?: unknown })?.events;
  if (Array.isArray(events) && events.some((e) => typeof e === 'object' && e !== null && 'start_date' in e)) {
    return report((await import('../../adapters/timelinejs.js')).fromTimelineJS(json));
  }
  return json;
}

/** What {@link loadJson} found. */
export type LoadResult = { ok: true; json: unknown } | { ok: false; code: Exclude<TimelineErrorCode, 'invalid-data'>; status?: number };

/** Limits for {@link loadJson}. */
export interface LoadOptions {
  /** Aborts the request (a newer `src`, or the element leaving the page). */
  signal: AbortSignal;
  /** Gives up after this many ms. Default 15 000. */
  timeout?: number;
  /** Refuses bodies larger than this many bytes. Default 20 MB. */
  maxBytes?: number;
}

/**
 * Fetches a timeline (JSON, TimelineJS JSON, or CSV by content type or `.csv` extension; see
 * {@link fromData}) and says plainly what went wrong: `http-error` (with the status),
 * `not-json` (an HTML page or other non-JSON type), `empty` (no body), `too-large`, `invalid-json`,
 * `timeout` or `fetch-failed`. Resolves to `null` when `signal` aborted it: nobody is waiting.
 */
export async function loadJson(url: string, options: LoadOptions): Promise<LoadResult | null> {
  const timeout = options.timeout ?? 15_000;
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    if (!response.ok) return { ok: false, code: 'http-error', status: response.status };
    const type = response.headers.get('Content-Type') ?? '';
    if (/^\s*(text\/html|application\/xhtml|image\/|video\/|audio\/)/i.test(type)) return { ok: false, code: 'not-json' };
    const csv = /^\s*text\/(csv|tab-separated-values)/i.test(type) || /\.csv(\?|#|$)/i.test(url);
    const length = Number(response.headers.get('Content-Length'));
    if (length > maxBytes) return { ok: false, code: 'too-large' };
    const text = await response.text();
    if (text.length > maxBytes) return { ok: false, code: 'too-large' };
    if (!text.trim()) return { ok: false, code: 'empty' };
    if (/^\s*</.test(text)) return { ok: false, code: 'not-json' };
    try {
      return { ok: true, json: await fromData(text, csv ? 'csv' : 'json') };
    } catch {
      return { ok: false, code: 'invalid-json' };
    }
  } catch (error) {
    if (timedOut) return { ok: false, code: 'timeout' };
    if (options.signal.aborted || (error as Error)?.name === 'AbortError') return null;
    return { ok: false, code: 'fetch-failed' };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}
