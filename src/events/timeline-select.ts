import type { TimelineEvent } from '../schema/types.js';

/** What a {@link TimelineSelectEvent} carries. */
export interface TimelineSelectDetail {
  /** The id of the selected event, or `null` when the selection was cleared. */
  readonly id: string | null;
  /** The selected event, or `null` when the selection was cleared. */
  readonly event: TimelineEvent | null;
}

/** Fired when the reader selects an event (click, Enter or Space) or clears the selection. */
export class TimelineSelectEvent extends CustomEvent<TimelineSelectDetail> {
  constructor(detail: TimelineSelectDetail) {
    super('timeline-select', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-select': TimelineSelectEvent;
  }
}
