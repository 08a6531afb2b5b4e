import type { TimelineNote } from '../../../schema/types.js';
import { lazyRegistry } from '../../../time/lazy-registry.js';

/** Every piece of UI text the element shows or announces. */
export interface TimelineStrings {
  loading: string;
  loadFailed: string;
  retry: string;
  noData: string;
  noEvents: string;
  invalidJson: string;
  fetchFailed: string;
  httpError: (status: number) => string;
  notJson: string;
  empty: string;
  tooLarge: string;
  timeout: string;
  leftOut: (events: number, others: number) => string;
  moreIssues: (count: number) => string;
  chartLabel: (title: string | undefined, count: number) => string;
  eventsLane: string;
  otherLane: string;
  close: string;
  place: string;
  actors: string;
  sources: string;
  displayDate: (wording: string) => string;
  zoomControls: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  zoomHint: string;
  listLabel: string;
  showing: (range: string) => string;
  previous: string;
  next: string;
  position: (index: number, count: number) => string;
  cluster: (count: number, span: string) => string;
  earlier: (count: number) => string;
  later: (count: number) => string;
  noteType: Record<TimelineNote['type'], string>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The English strings. */
export const DEFAULT_STRINGS: TimelineStrings = {
  loading: 'Loading the timeline…',
  loadFailed: 'The timeline could not be loaded.',
  retry: 'Try again',
  noData: 'No timeline data has been given.',
  noEvents: 'This timeline has no events to show.',
  invalidJson: 'The file is not valid JSON.',
  fetchFailed: 'The network request failed.',
  httpError: (status) => `The server answered with HTTP ${status}.`,
  notJson: 'The server sent a web page or another kind of file, not JSON.',
  empty: 'The file is empty.',
  tooLarge: 'The file is too large to show.',
  timeout: 'The server did not answer in time.',
  leftOut: (events, others) =>
    [events ? `${plural(events, 'event was', 'events were')} left out` : '', others ? `${plural(others, 'group or era was', 'groups or eras were')} left out` : '']
      .filter(Boolean)
      .join('; ') + ' because of errors in the data:',
  moreIssues: (count) => `…and ${count} more.`,
  chartLabel: (title, count) => `${title ? `${title}: ` : ''}timeline of ${plural(count, 'event', 'events')}`,
  eventsLane: 'Events',
  otherLane: 'Other',
  close: 'Close details',
  place: 'Place',
  actors: 'Who',
  sources: 'Sources',
  displayDate: (wording) => `“${wording}”`,
  zoomControls: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  zoomHint: 'Ctrl + scroll or pinch to zoom, drag to pan',
  listLabel: 'Events in time order',
  showing: (range) => `Showing ${range}`,
  previous: 'Previous',
  next: 'Next',
  position: (index, count) => `${index} of ${count}`,
  cluster: (count, span) => `${count} events, ${span}`,
  earlier: (count) => `Show earlier events (${count})`,
  later: (count) => `Show later events (${count})`,
  noteType: { correction: 'Correction', uncertainty: 'Uncertain', context: 'Context' },
};

const tables = lazyRegistry<TimelineStrings>([['en', DEFAULT_STRINGS]], {
  ar: () => import('./ar.js').then((m) => m.strings),
  de: () => import('./de.js').then((m) => m.strings),
  es: () => import('./es.js').then((m) => m.strings),
  fr: () => import('./fr.js').then((m) => m.strings),
  kk: () => import('./kk.js').then((m) => m.strings),
  ru: () => import('./ru.js').then((m) => m.strings),
  zh: () => import('./zh.js').then((m) => m.strings),
});
const language = (tag: string | null | undefined) => (tag ?? 'en').toLowerCase().split('-')[0]!;

/** The UI strings loaded so far for a language tag; English until the language's table has loaded. */
export function resolveStrings(tag: string | null | undefined): TimelineStrings {
  return tables.get(language(tag)) ?? DEFAULT_STRINGS;
}

/** Whether `resolveStrings(tag)` already gives that language (or it is not one that ships). */
export function stringsReady(tag: string | null | undefined): boolean {
  const lang = language(tag);
  return tables.has(lang) || !tables.canLoad(lang);
}

/**
 * Loads the UI strings shipped for a language (Arabic, Chinese, French, German, Kazakh, Russian,
 * Spanish; English is built in), on first use. Resolves to them, or `undefined`.
 */
export function loadStrings(tag: string): Promise<TimelineStrings | undefined> {
  return tables.load(language(tag));
}
