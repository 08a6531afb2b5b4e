import type { TimelineErrorCode } from '../../events/timeline-error.js';

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
 * Fetches a JSON document and says plainly what went wrong: `http-error` (with the status),
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
    const length = Number(response.headers.get('Content-Length'));
    if (length > maxBytes) return { ok: false, code: 'too-large' };
    const text = await response.text();
    if (text.length > maxBytes) return { ok: false, code: 'too-large' };
    if (!text.trim()) return { ok: false, code: 'empty' };
    if (/^\s*</.test(text)) return { ok: false, code: 'not-json' };
    try {
      return { ok: true, json: JSON.parse(text) };
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
