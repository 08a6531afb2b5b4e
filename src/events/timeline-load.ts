import type { TimelineIssue } from '../schema/parse.js';
import type { TimelineDocument } from '../schema/types.js';

/** What a {@link TimelineLoadEvent} carries. */
export interface TimelineLoadDetail {
  /** The validated document being shown. */
  readonly document: TimelineDocument;
  /** Every error and warning found in the input. */
  readonly issues: readonly TimelineIssue[];
}

/** Fired each time new data has been validated and is about to render. */
export class TimelineLoadEvent extends CustomEvent<TimelineLoadDetail> {
  constructor(detail: TimelineLoadDetail) {
    super('timeline-load', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-load': TimelineLoadEvent;
  }
}
