/**
 * The vertical "story" layout for narrow screens: events as cards in time order, with the space
 * between them growing with the time between them (compressed, so gaps stay visible without
 * sending a reader scrolling past empty years).
 * @module
 */
import type { Interval } from '../time/interval.js';

/** One card's place in the story. */
export interface StoryItem<T> {
  readonly item: T;
  /** Extra space above the card, px: grows with the time since the previous event. */
  readonly gapBefore: number;
  /** Whether the card starts a new date heading. */
  readonly heading: boolean;
}

const DAY = 86_400_000;

/**
 * Spaces time-ordered items: the gap before each is `minGap` plus a share of `maxGap − minGap`
 * that grows with the logarithm of the days since the previous item, so a day and a decade
 * differ visibly but both stay on screen. `dateKey` decides where date headings go.
 */
export function layoutStory<T>(
  items: readonly { item: T; interval: Interval }[],
  dateKey: (item: T) => string,
  options: { minGap?: number; maxGap?: number } = {},
): StoryItem<T>[] {
  const minGap = options.minGap ?? 4;
  const maxGap = options.maxGap ?? 72;
  const maxDays = Math.log1p(365 * 30);
  let previousKey: string | undefined;
  return items.map(({ item, interval }, i) => {
    const prev = items[i - 1];
    const days = prev ? Math.max(0, interval.start - prev.interval.start) / DAY : 0;
    const share = prev ? Math.min(1, Math.log1p(days) / maxDays) : 0;
    const key = dateKey(item);
    const heading = key !== previousKey;
    previousKey = key;
    return { item, gapBefore: Math.round(minGap + (maxGap - minGap) * share), heading };
  });
}
