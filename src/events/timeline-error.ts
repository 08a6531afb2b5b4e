import type { TimelineIssue } from '../schema/parse.js';

/**
 * Machine-readable reasons for a {@link TimelineErrorEvent}:
 * `invalid-data` (some or all of the document failed validation; see `issues`),
 * `http-error` (the server answered with an error status; see `status`), `not-json` (the server
 * sent a web page or another type), `empty` (an empty body), `too-large` (over the size limit),
 * `invalid-json` (the body is not valid JSON), `timeout` (no answer in time) and `fetch-failed`
 * (the network request failed).
 */
export type TimelineErrorCode = 'invalid-data' | 'http-error' | 'not-json' | 'empty' | 'too-large' | 'invalid-json' | 'timeout' | 'fetch-failed';

/** What a {@link TimelineErrorEvent} carries. */
export interface TimelineErrorDetail {
  readonly code: TimelineErrorCode;
  /** A readable sentence, as shown in the element. */
  readonly message: string;
  /** The validation errors, for `invalid-data`; empty otherwise. */
  readonly issues: readonly TimelineIssue[];
  /** The HTTP status, for `http-error`. */
  readonly status?: number;
}

/** Fired when data cannot be loaded, or when some of it is invalid and was left out. */
export class TimelineErrorEvent extends CustomEvent<TimelineErrorDetail> {
  constructor(detail: TimelineErrorDetail) {
    super('timeline-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-error': TimelineErrorEvent;
  }
}
