/** What a {@link TimelineRangeChangeEvent} carries. */
export interface TimelineRangeChangeDetail {
  /** The first instant in view. */
  readonly start: Date;
  /** The last instant in view. */
  readonly end: Date;
  /** True when the reader changed the range (wheel, drag, pinch, buttons, keys, overview). */
  readonly byUser: boolean;
}

/** Fired at the end of each zoom or pan (not on every frame), with the visible time range. */
export class TimelineRangeChangeEvent extends CustomEvent<TimelineRangeChangeDetail> {
  constructor(detail: TimelineRangeChangeDetail) {
    super('timeline-rangechange', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-rangechange': TimelineRangeChangeEvent;
  }
}
