import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { drawMarks, type MarkStyle } from './draw-marks.js';
import { styleProps } from './style-props.js';
import { utcDay, utcMonth, utcYear, zoomIdentity, type ZoomTransform } from 'd3';
import { timeScale, type TimeScale } from '../../layout/time-scale.js';
import type { Locale } from 'date-fns';
import { parseTimeline, type ParseResult, type TimelineIssue } from '../../schema/parse.js';
import { parseDate, yearOf } from '../../schema/date.js';
import { mirrorLayout, mirrorTicks } from '../../layout/mirror.js';
import { isTimeZone } from '../../schema/time-zone.js';
import { fromZonedWall, readerZone } from '../../time/zone.js';
import type { TimelineDocument, TimelineEvent } from '../../schema/types.js';
import { formatDaySpan, formatRange, formatTick } from '../../time/format.js';
import { isLocaleReady, loadLocale, resolveLocale } from '../../time/locale.js';
import { layoutAxis, layoutAxisContext, tickStep, type AxisTick, type TickStep } from '../../layout/axis.js';
import { DEFAULT_LAYOUT_OPTIONS, DEFAULT_PALETTE, lanesFor, timeOrder, type ClusterLayout, type Lane, type MarkLayout, type Ordered, type TimelineLayout } from '../../layout/lanes.js';
import { buildLaneIndex, layoutFrame, maxFrameHeight, type LaneIndex } from '../../layout/frame.js';
import { orderedExtent } from '../../layout/scale.js';
import { layoutStory, type StoryItem } from '../../layout/story.js';
import { estimateText, textDirection, truncateText, type MeasureText } from '../../layout/text.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { ZoomController, MIN_SPAN } from '../../controllers/zoom-controller.js';
import { BrushController } from '../../controllers/brush-controller.js';
import { HashController } from '../../controllers/hash-controller.js';
import { TimelineSelectEvent } from '../../events/timeline-select.js';
import { TimelineErrorEvent, type TimelineErrorCode } from '../../events/timeline-error.js';
import { TimelineLoadEvent } from '../../events/timeline-load.js';
import { TimelineRangeChangeEvent } from '../../events/timeline-rangechange.js';
import { styles } from './news-timeline.styles.js';
import { safeHref } from './safe-url.js';
import { loadJson } from './load.js';
import { readChildren } from './read-children.js';
import { IDLE_SPARE, whenIdle } from './idle.js';
import { px, TickNodes } from './tick-nodes.js';
import { DEFAULT_STRINGS, loadStrings, resolveStrings, stringsReady, type TimelineStrings } from './strings/en.js';

const MARGIN = { left: 16, right: 16 };

/** A mark or cluster in view, for the arrow keys and the accessible list (its name made when needed). */
type NavItem = { id: string; name: string; x: number } & ({ mark: MarkLayout; cluster?: undefined } | { cluster: ClusterLayout; mark?: undefined });

/** What the chart draws at one zoom: see `NewsTimeline._frameAt`. */
type Frame = { layout: TimelineLayout; nav: NavItem[]; ticks: AxisTick[]; context: AxisTick[] };
const AXIS_HEIGHT = 44;
const ERA_HEIGHT = 20;
const OVERVIEW_HEIGHT = 40;
/**
 * Masks that fade a band out at both ends, at its end, or at its start: the possible range of an
 * approximate date, the run of an open end or start, the tail of an unknown end.
 */
const FADES = svg`${(['both', 'start', 'end'] as const).map((fade) => {
  const stops = fade === 'both' ? [0, 0.5, 0.5, 0] : fade === 'end' ? [0.55, 0.4, 0.2, 0] : [0, 0.2, 0.4, 0.55];
  return svg`<linearGradient id="fade-${fade}-g" x1="0" x2="1" y1="0" y2="0">
      ${stops.map((o, i) => svg`<stop offset=${i / 3} stop-color="#fff" stop-opacity=${o}></stop>`)}
    </linearGradient>
    <mask id="fade-${fade}" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#fade-${fade}-g)"></rect></mask>`;
})}`;

/** Colours a page may give the palette: hex, rgb(), hsl() or a name, never anything that could carry a url(). */
const COLOR = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([\d\s.,%/+-]+\)|[a-z]{3,20})$/i;

/** Languages written right to left: time runs right to left in them. */
const RTL_LANGUAGES = /^(ar|arc|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)(-|$)/i;

/** The idle layout warm-up's zoom step and its most levels (see `NewsTimeline._warmLayouts`). */
const WARM_ZOOM = 4;
const WARM_LEVELS = 4;

/** Up to this many events, the accessible list names every event; past it, what is in view. */
const LIST_ALL = 400;
/** Cards shown at once in the vertical story. */
const STORY_PAGE = 200;
/** Below this width (px, the element's own) `layout="auto"` tells the story vertically. */
export const VERTICAL_BREAKPOINT = 600;

type LoadState =
  | { kind: 'idle' }
  | { kind: 'loading'; url: string }
  | { kind: 'failed'; url: string; code: TimelineErrorCode; message: string; status?: number };

/** A date given to `zoomTo`: a `DateString`, a `Date` or epoch milliseconds. */
export type DateInput = string | Date | number;

/**
 * An interactive timeline of news events.
 *
 * Give it a document through the `data` property, an array through `events`, or a URL through
 * `src`. Invalid events are left out and reported in the element and through `timeline-error`;
 * the valid ones still render. Event text is always rendered as text.
 *
 * Readers zoom with Ctrl/⌘ + wheel, a trackpad pinch, a touch pinch, the zoom buttons or the
 * `+`, `-` and `0` keys; they pan by dragging the chart or the overview's window. A plain wheel
 * scrolls the page. Below 600 px of its own width the element tells the story vertically.
 *
 * Selecting an event writes `#<id>/<event-id>` to the URL (or `#event/<event-id>` when the
 * element has no `id`), so the link can be shared; `no-hash` turns this off.
 *
 * @tag news-timeline
 *
 * @event {TimelineSelectEvent} timeline-select - An event was selected, or the selection cleared. `detail: { id, event }`.
 * @event {TimelineRangeChangeEvent} timeline-rangechange - A zoom or pan ended. `detail: { start, end, byUser }`.
 * @event {TimelineLoadEvent} timeline-load - New data was validated and is about to render. `detail: { document, issues }`.
 * @event {TimelineErrorEvent} timeline-error - Data could not be loaded, or some of it was invalid. `detail: { code, message, issues, status? }`.
 *
 * @csspart base - The wrapper of everything inside.
 * @csspart caption - The document's title.
 * @csspart description - The document's description.
 * @csspart controls - The zoom buttons' toolbar.
 * @csspart zoom-in-button - The zoom-in button.
 * @csspart zoom-out-button - The zoom-out button.
 * @csspart fit-button - The button that shows the whole timeline.
 * @csspart status - The loading message.
 * @csspart error - The message shown when `src` cannot be loaded.
 * @csspart retry-button - The button that tries `src` again.
 * @csspart issues - The message listing data left out for errors.
 * @csspart chart - The SVG chart.
 * @csspart axis - The time axis.
 * @csspart lane - Each lane's group in the chart.
 * @csspart lane-label - Each lane's heading.
 * @csspart era - Each era's background band.
 * @csspart mark - Each event's mark (marker, bar and label).
 * @csspart overview - The overview strip under the chart.
 * @csspart story - The vertical story list (narrow layout).
 * @csspart card - Each event's card in the vertical story.
 * @csspart detail - The card that shows the selected event.
 * @csspart close-button - The detail card's close button.
 * @csspart previous-button - The detail card's "previous event" button.
 * @csspart next-button - The detail card's "next event" button.
 *
 * @cssproperty --timeline-font-family - Font of all text. Default: the system UI font.
 * @cssproperty --timeline-font-size - Base font size (labels, axis). Default: 13px.
 * @cssproperty --timeline-text-color - Text colour.
 * @cssproperty --timeline-muted-color - Secondary text: axis, dates, captions.
 * @cssproperty --timeline-background - Background of the element.
 * @cssproperty --timeline-surface-color - Background of the detail card and messages.
 * @cssproperty --timeline-border-color - Borders and lane rules.
 * @cssproperty --timeline-grid-color - Axis grid lines.
 * @cssproperty --timeline-era-color - Fill of era bands.
 * @cssproperty --timeline-accent-color - Highlight of the selected event.
 * @cssproperty --timeline-focus-color - Keyboard focus ring.
 * @cssproperty --timeline-link-color - Links in the detail card.
 * @cssproperty --timeline-error-color - Error messages.
 * @cssproperty --timeline-radius - Corner radius of cards, messages and buttons.
 * @cssproperty --timeline-brush-color - The overview's window.
 * @cssproperty --timeline-heading-font-family - Font of the title, card titles and the detail's title. Default: the base font.
 * @cssproperty --timeline-heading-font-weight - Weight of those headings. Default: 650 (title), 600 (cards), 700 (detail).
 * @cssproperty --timeline-title-font-size - Size of the document's title. Default: 1.15em.
 * @cssproperty --timeline-detail-title-font-size - Size of the detail card's title. Default: 1.2em.
 * @cssproperty --timeline-line-height - Line height of text. Default: 1.4.
 * @cssproperty --timeline-card-padding - Padding of the vertical story's cards. Default: 0.55rem 0.75rem.
 * @cssproperty --timeline-detail-padding - Padding of the detail card. Default: 0.9rem 1rem 1rem.
 * @cssproperty --timeline-detail-max-width - Widest the detail card grows. Default: 46rem.
 * @cssproperty --timeline-palette-1 - Colour of the first lane without a colour in the data (… up to `--timeline-palette-8`). Default: a colour-blind-safe palette (Okabe–Ito based).
 * @cssproperty --timeline-cluster-text-color - Colour of the counts on cluster marks. Default: #fff.
 */
export class NewsTimeline extends LitElement {
  static override styles = styles;

  /**
   * From how many marks in view a gesture that zooms (wheel, pinch) draws the marks on a canvas
   * instead of rewriting their SVG on every frame (120 by default); a pan moves the SVG cheaply and
   * keeps it. At rest the SVG marks, focusable and named, are back. `Infinity` keeps SVG
   * throughout; `0` uses the canvas at any density. Applies to every timeline on the page.
   */
  static canvasMarksFrom = 120;

  /** Also watches `lang` and `dir`: a new language re-renders the dates, strings and direction. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  static override properties = {
    data: { attribute: false },
    events: { attribute: false },
    src: { reflect: true },
    start: { reflect: true },
    end: { reflect: true },
    viewStart: { attribute: 'view-start', reflect: true },
    viewEnd: { attribute: 'view-end', reflect: true },
    locale: { reflect: true },
    selected: { reflect: true },
    layout: { reflect: true },
    noHash: { type: Boolean, attribute: 'no-hash', reflect: true },
    timeout: { type: Number },
    theme: { reflect: true },
    noJsonLd: { type: Boolean, attribute: 'no-json-ld' },
    _printing: { state: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeZone: { attribute: 'time-zone' },
    strings: { attribute: false },
    _fetched: { state: true },
    _children: { state: true },
    _load: { state: true },
    _focusId: { state: true },
    _live: { state: true },
  };

  /**
   * The timeline document (see `TimelineDocument`), or anything to be validated as one. A bare
   * array is read as the list of events. Ignored while `src` is set.
   */
  data: unknown = undefined;

  /** A list of events, for when there is no document around them. Wins over `data.events`. */
  events: readonly unknown[] | undefined = undefined;

  /** URL of a JSON timeline document to fetch and show. Wins over `data` and `events`. */
  src: string | undefined = undefined;

  /** The first date (a `DateString`) of the span shown when fitted; defaults to the data's first event. */
  start: string | undefined = undefined;

  /** The last date (a `DateString`) of the span shown when fitted; defaults to the data's last event. */
  end: string | undefined = undefined;

  /**
   * The first date of the span shown when the data arrives (a `DateString`). The reader can
   * still zoom out to the whole timeline. Use with `view-end`.
   */
  viewStart: string | undefined = undefined;

  /** The last date of the span shown when the data arrives (a `DateString`). Use with `view-start`. */
  viewEnd: string | undefined = undefined;

  /**
   * Language for dates and UI strings, as a BCP 47 tag. Defaults to the nearest `lang`
   * attribute, then the document's `locale`, then `en-GB`.
   */
  locale: string | undefined = undefined;

  /** The id of the selected event, or `null`. Setting it selects without firing `timeline-select`. */
  selected: string | null = null;

  /**
   * `horizontal` (a time axis with lanes), `vertical` (a story of cards in time order) or `auto`
   * (vertical when the element is narrower than 600 px). Default `auto`.
   */
  layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Leaves the URL hash alone (for pages that use it for something else). */
  noHash = false;

  /** How long to wait for `src` before showing an error with a retry button, in ms. Default 15 000. */
  timeout = 15_000;

  /** `light`, `dark`, or `auto` (default: follows the reader's `prefers-color-scheme`). */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * Leaves out the JSON-LD (a schema.org `ItemList` of `Event`s, written to the page's `<head>`
   * once the page is idle after the data is shown, so that search engines can read the story).
   * `false` by default: the JSON-LD is written.
   */
  noJsonLd = false;

  private _printing = false;
  private _jsonLd?: HTMLScriptElement;
  private readonly _onBeforePrint = () => (this._printing = true);
  private readonly _onAfterPrint = () => (this._printing = false);

  /**
   * Which time zone times are shown in: `event` (default: each event's own `timeZone`, named,
   * else the offset written), `reader` (the reader's zone), or an IANA name such as `Europe/Paris`.
   */
  timeZone = 'event';

  /** The level (1–6) of the detail card's heading, to fit the page's outline. Default 3. */
  headingLevel = 3;

  /** Replaces some or all of the element's UI strings (e.g. for another language). */
  strings: Partial<TimelineStrings> = {};

  /** The validated document being shown (frozen), or an empty one before data arrives. */
  get document(): TimelineDocument {
    return this._result?.document ?? { events: [] };
  }

  /** Every error and warning found in the current data. */
  get issues(): readonly TimelineIssue[] {
    return this._result?.issues ?? [];
  }

  /** The span in view, or `null` before the timeline has a size and data. */
  get visibleRange(): { start: Date; end: Date } | null {
    if (!this._result || this._width <= 0 || this._vertical) return null;
    const [start, end] = this._x.domain().map((ms) => new Date(ms)) as [Date, Date];
    return { start, end };
  }

  /** Whether the story is currently told vertically (see `layout`). */
  get isVertical(): boolean {
    return this._vertical;
  }

  private _fetched: unknown = undefined;
  /** What the light-DOM children describe (`<news-timeline-event>`s or inline JSON), if anything. */
  private _children: unknown = undefined;
  private _childObserver?: MutationObserver;
  private _load: LoadState = { kind: 'idle' };
  private _focusId: string | null = null;
  private _live = '';

  private readonly _resize = new ResizeController(this);
  private readonly _zoom = new ZoomController(this, {
    onEnd: (transform, byUser) => this._onZoomEnd(transform, byUser),
    animate: () => !matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
  private readonly _brush = new BrushController(this, (selection) => this._onBrush(selection));
  private readonly _hash = new HashController(this, {
    prefix: () => (this.id ? `${this.id}/` : 'event/'),
    enabled: () => !this.noHash,
    onNavigate: (id) => this._navigate(id),
  });

  private _abort?: AbortController;
  private _result?: ParseResult;
  private _ordered: Ordered[] = [];
  /**
   * Each event's place in `_ordered`, by id (see `_positions`), as far as it is made: the map, and
   * the next place to add. Made at idle moments after new data, a slice at a time, or at once when
   * first needed. At 100,000 events it takes 60–90 ms, which the first paint does not need, and
   * which in one piece would be a long task.
   */
  private _positionIndex?: { map: Map<string, number>; next: number };
  /** Cancels the pending idle slice of `_positionIndex`. */
  private _positionsCancel?: () => void;
  private _laneIndex: LaneIndex[] = [];
  private _storyStart = 0;
  /** What the vertical story was made from (data version, language, zone), to remake it when any changes. */
  private _storyKey = '';
  private _storyDataVersion = -1;
  private _nav: NavItem[] = [];
  private _overviewKey = '';
  /**
   * The accessible list: every event up to 400, else the marks in view. Refreshed when the data
   * changes and at the end of each zoom or pan, not on every frame of a gesture.
   */
  private _listNames: string[] = [];
  /** Accessible names of events and clusters; cleared when the data or the language changes. */
  private _names = new Map<string, string>();
  /** Whether the current layout kept rows from the one before (during a gesture). */
  private _hinted = false;
  /** Dates as worded by `_when`, per start, end and zones; cleared with the names. */
  private _whens = new Map<string, string>();
  private _dataVersion = 0;
  private _jsonLdVersion = -1;
  /** Cancels the pending JSON-LD write (see `_scheduleJsonLd`). */
  private _jsonLdCancel?: () => void;
  private _lanes: Lane[] = [];
  private _laneById = new Map<string, Lane>();
  private _layout?: TimelineLayout;
  private _story: StoryItem<Ordered>[] = [];
  private _ticks: AxisTick[] = [];
  private _context: AxisTick[] = [];
  private _base: TimeScale = timeScale();
  private _x: TimeScale = timeScale();
  private _transform: ZoomTransform = zoomIdentity;
  private _dateLocale: Locale = resolveLocale(undefined);
  private _strings: TimelineStrings = DEFAULT_STRINGS;
  private _baseStrings: TimelineStrings = DEFAULT_STRINGS;
  private _measure: MeasureText = estimateText();
  private _countFont = '700 11px sans-serif';
  /** The labels' font (the host's size and family), for measuring and for the marks canvas. */
  private _labelFont = '13px sans-serif';
  private _labelFontSize = 13;
  /** Theme colours the marks canvas draws in (see `_themeColors`). */
  private _markColors = { text: '#1a1a1a', background: '#ffffff', accent: '#b3261e' };
  /**
   * How the marks are drawn. `svg`: as SVG. `canvas`: once a gesture changes the zoom of a dense
   * chart ({@link NewsTimeline.canvasMarksFrom} marks or more), until it ends, on a canvas over
   * the chart, the SVG marks waiting, hidden, as they were. `settling`: the gesture has ended and the SVG marks are
   * being made again, {@link SETTLE_CHUNK} a frame, hidden under the canvas until all are in.
   */
  private _marksMode: 'svg' | 'canvas' | 'settling' = 'svg';
  /** While settling, the ids of the marks the SVG holds so far. */
  private _settledIds?: Set<string>;
  /** The layout whose marks the SVG last held in full. */
  private _svgLayout?: TimelineLayout;
  /** The zoom factor the SVG marks were last drawn at. */
  private _svgK = 1;
  /** The zoom transform's scale and offset when the scale last changed (see `_panShift`). */
  private _panOrigin = { k: 1, x: 0 };
  /** Counts the updates that drew SVG marks: the marks' part is left as it was while it stays. */
  private _svgMarks = 0;
  /** The animation frame that makes the next marks while settling, or 0. */
  private _settleFrame = 0;
  /**
   * What the marks canvas shows: it is drawn again only when the layout or the selection changed,
   * or when it was resized or hidden (its content is then unknown); a blank canvas stays untouched
   * while there are no marks to draw (see `_drawMarks`).
   */
  private _marksDrawn?: { canvas: HTMLCanvasElement; box: { width: number; height: number }; layout: TimelineLayout; selected: string | null; blank: boolean };
  /** The mark or cluster in view that the Tab key reaches: the focused one, else the first. */
  private _focusStop: string | null = null;
  /**
   * What the cluster buttons over the clusters canvas show: the current layout at rest (or while a
   * cluster has the keyboard focus, or in forced colours, where the buttons are the clusters
   * drawn); during a gesture, the last one at rest. The buttons are transparent, so they are left
   * as they were while the clusters under them move: a gesture neither removes them all nor
   * makes them all again, and at rest the same buttons take the new clusters. They are outside
   * the lane's marks, which are hidden while drawn on the canvas: hiding them would restyle every
   * button.
   */
  private _buttons?: { layout: TimelineLayout; focusStop: string | null };
  /**
   * The chart canvases' pixel size (CSS px × devicePixelRatio): as tall as the chart can get at
   * this width (`maxFrameHeight`), so that no zoom resizes them. Giving a canvas a new size
   * discards its bitmap, and the browser then allocates new ones over its next frames, about 6 ms
   * a canvas a frame on the machine we measure on. The part below the chart is clipped by the plot.
   */
  private _canvasBox = { width: 0, height: 0 };
  /**
   * The plot's height as drawn, px: the layout's, except that it does not shrink while the view
   * moves (a gesture, or an animated zoom), so that the chart, and the page under it, keep still
   * while the reader zooms or pans; it settles when the view does. A height that changed with
   * every wheel step made the browser lay out the chart again each time: 3–5 ms a step at 1,000
   * events.
   */
  private _plotHeight = 0;
  /**
   * Whether the marks canvas and the clusters canvas are in the chart (hidden when unused): each
   * is made once it is used, the marks canvas ahead for data that could fill it, and then kept
   * while the data stays, since a canvas made again costs new bitmaps over its first frames. New
   * data that does not need one lets it go.
   */
  private _keptCanvases = { marks: false, clusters: false };
  /** The axis ticks' nodes, in the chart's `.axis .ticks` group. */
  private _tickNodes?: TickNodes;
  /** The data and width the layout code was last warmed for, and how to stop the warm-up (see `_warmLayouts`). */
  private _warmLayoutKey = '';
  private _warmLayoutCancel?: () => void;
  /** The canvases (size and kinds) last warmed, the frames still to warm, and how to stop it. */
  private _warmKey = '';
  private _warming = 0;
  private _warmCancel?: () => void;
  private _width = 0;
  private _vertical = false;
  /** Time runs right to left (Arabic, Hebrew, Persian, Urdu… or `dir="rtl"` on the element or an ancestor). */
  private _rtl = false;
  private _scheme?: MediaQueryList;
  private readonly _onScheme = () => {
    if (this._result) {
      this._computeLanes();
      this._overviewKey = '';
      this.requestUpdate();
    }
  };
  /** From `timeZone`: the zone all times are shown in, or undefined to use each event's own. */
  private _displayZone?: string;
  /** The colour of cluster counts on the canvas (`--timeline-cluster-text-color`). */
  private _countColor = '#fff';
  private _announce: Event[] = [];
  private _focusAfterUpdate: 'detail' | 'mark' | null = null;
  /** The event the focus last followed (see `_followFocus`), while the focus stays where it went. */
  private _focusAnchor?: { focusId: string; id: string; lane: string; start: number };
  /** Whether a mark or cluster had the keyboard focus when this update began. */
  private _markFocused = false;
  private _lastRange = '';
  private _pendingHash: string | null = null;

  /** Selects the event with this id, reveals it, opens its detail and fires `timeline-select`. Returns whether it exists. */
  select(id: string): boolean {
    if (!this._findEvent(id)) return false;
    this._setSelection(id, { notify: true, focus: 'detail' });
    return true;
  }

  /** Clears the selection and closes the detail, firing `timeline-select` with `id: null`. */
  clearSelection(): void {
    if (this.selected === null) return;
    this._setSelection(null, { notify: true, focus: 'mark' });
  }

  /** Selects the event after the selected (or focused) one in time order. Returns its id, or `null` at the end. */
  next(): string | null {
    return this._step(1);
  }

  /** Selects the event before the selected (or focused) one in time order. Returns its id, or `null` at the start. */
  previous(): string | null {
    return this._step(-1);
  }

  /** Shows the span from `start` to `end` (each a `DateString`, a `Date` or epoch ms), within the zoom limits. */
  zoomTo(start: DateInput, end: DateInput, animate = false): void {
    const a = toMs(start, 'start');
    const b = toMs(end, 'end');
    if (a === undefined || b === undefined) return;
    this._zoom.set(this._transformFor(Math.min(a, b), Math.max(a, b)), animate);
  }

  /** Shows the whole timeline again. */
  fit(animate = false): void {
    this._zoom.reset(animate);
  }

  /** Fetches `src` again (after a network failure, say). */
  reload(): void {
    if (this.src) this._fetch(this.src);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onAfterPrint);
    // The reader switching between light and dark changes the default lane colours.
    this._scheme = matchMedia('(prefers-color-scheme: dark)');
    this._scheme.addEventListener('change', this._onScheme);
    // Children a CMS wrote: read now, and again whenever they change.
    this._children = readChildren(this);
    this._childObserver = new MutationObserver((records) => {
      // The host's own reflected attributes (selected, src…) are not content; heading and description are.
      const content = records.some((r) => r.target !== this || r.type !== 'attributes' || r.attributeName === 'heading' || r.attributeName === 'description');
      if (content) this._children = readChildren(this);
    });
    this._childObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    // A fetch aborted by a detach is started again on re-attach.
    if (this.src && this._load.kind === 'loading') this._fetch(this.src);
    if (!this.noHash) this._pendingHash = this._hash.read();
    // The JSON-LD, removed by a detach, is written again.
    if (this.hasUpdated) this._scheduleJsonLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onAfterPrint);
    this._scheme?.removeEventListener('change', this._onScheme);
    this._scheme = undefined;
    this._jsonLdCancel?.();
    this._jsonLdCancel = undefined;
    this._positionsCancel?.();
    this._positionsCancel = undefined;
    this._jsonLd?.remove();
    this._jsonLd = undefined;
    this._childObserver?.disconnect();
    this._childObserver = undefined;
    cancelAnimationFrame(this._settleFrame);
    this._settleFrame = 0;
    this._stopWarming();
    this._warmLayoutCancel?.();
    this._warmLayoutCancel = undefined;
    this._warmLayoutKey = '';
    this._abort?.abort();
    this._abort = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) {
      if (this.src) this._fetch(this.src);
      else {
        this._abort?.abort();
        this._fetched = undefined;
        this._load = { kind: 'idle' };
      }
    }

    const inputChanged =
      changed.has('data') ||
      changed.has('events') ||
      changed.has('_fetched' as keyof NewsTimeline) ||
      changed.has('_children' as keyof NewsTimeline) ||
      changed.has('src') ||
      !this._result;
    if (inputChanged) this._parse();
    // UI strings: the language's table (loaded on first use), then the page's own.
    const lang = this.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? this._result?.document.locale;
    const baseStrings = resolveStrings(lang);
    if (!stringsReady(lang)) void loadStrings(lang!).then((loaded) => loaded && this.requestUpdate());
    const stringsChanged = changed.has('strings') || baseStrings !== this._baseStrings;
    if (stringsChanged) {
      this._baseStrings = baseStrings;
      this._strings = { ...baseStrings, ...this.strings };
      this._names.clear();
    }
    // Lanes once, after the strings (their labels are in the UI language): for new data, a new
    // language or a new theme (the default colours).
    if ((inputChanged || stringsChanged || changed.has('theme')) && this._result) {
      this._computeLanes();
      this._overviewKey = '';
    }

    const width = Math.max(0, this._resize.width - MARGIN.left - MARGIN.right);
    const dateLocale = resolveLocale(lang);
    if (!isLocaleReady(lang)) void loadLocale(lang!).then((loaded) => loaded && this.requestUpdate());
    const vertical = this.layout === 'vertical' || (this.layout !== 'horizontal' && this._resize.width > 0 && this._resize.width < VERTICAL_BREAKPOINT);
    const baseChanged =
      inputChanged || width !== this._width || changed.has('start') || changed.has('end') || changed.has('viewStart' as keyof NewsTimeline);
    const transformChanged = this._zoom.transform !== this._transform;
    const localeChanged = dateLocale !== this._dateLocale || stringsChanged || changed.has('timeZone' as keyof NewsTimeline);
    if (changed.has('timeZone' as keyof NewsTimeline)) {
      // The zone every time is shown in, or undefined for each event's own.
      const mode = this.timeZone;
      this._displayZone = mode === 'reader' ? readerZone() : mode && mode !== 'event' && isTimeZone(mode) ? mode : undefined;
    }
    this._width = width;
    this._dateLocale = dateLocale;
    this._vertical = vertical;
    // Its own dir wins; otherwise a right-to-left language, or a right-to-left page, runs time leftwards.
    const ownDir = this.getAttribute('dir');
    const rtl = ownDir === 'rtl' || (ownDir !== 'ltr' && (RTL_LANGUAGES.test(lang ?? '') || this.parentElement?.closest('[dir]')?.getAttribute('dir') === 'rtl'));
    const rtlChanged = rtl !== this._rtl;
    this._rtl = rtl;
    if (localeChanged || inputChanged) {
      this._measure = this._textMeasurer();
      this._names.clear();
      this._whens.clear();
    }
    // The focused mark or cluster as it was, to follow if this update takes it out of view.
    const focusedBefore = inputChanged ? undefined : this._nav.find((i) => i.id === this._focusId);
    const firstSized = baseChanged && this._width > 0 && this._base.range()[1] === 1;
    if (baseChanged) this._computeBase(inputChanged || firstSized || changed.has('start') || changed.has('end') || changed.has('viewStart' as keyof NewsTimeline));
    this._transform = this._zoom.transform;
    this._x = this._transform.rescaleX(this._base);
    if (vertical) {
      // The story is made only while it shows, so it may be older than the data or the language.
      const storyKey = `${this._dataVersion}|${dateLocale.code}|${this.timeZone}|${this._strings.otherLane}`;
      if (storyKey !== this._storyKey) {
        if (this._storyDataVersion !== this._dataVersion) this._storyStart = 0;
        this._storyKey = storyKey;
        this._storyDataVersion = this._dataVersion;
        this._computeStory();
        if (this.selected !== null) this._showInStory(this.selected);
      }
      this._layout = undefined;
    } else if (baseChanged || transformChanged || localeChanged || rtlChanged || changed.has('layout') || !this._layout || (this._hinted && !this._zoom.gesture)) {
      this._computeLayout();
    }
    if (this._transform.k !== this._panOrigin.k) this._panOrigin = { k: this._transform.k, x: this._transform.x };
    // While the reader zooms a dense chart, its marks are drawn on a canvas (drawMarks);
    // not while a mark or a cluster has the keyboard focus (hiding it would lose the focus), nor in
    // forced colours.
    const active = (this.renderRoot as ShadowRoot | undefined)?.activeElement;
    const markFocused = !!active?.matches('.mark, .cluster');
    this._markFocused = markFocused;
    const marks = this._layout?.marks ?? [];
    const allowed = !vertical && !markFocused && !forcedColors().matches;
    // Only a change of zoom moves every mark: a pan moves one group per lane, which SVG does cheaply.
    const zooming = Math.abs(this._transform.k - this._svgK) > 1e-9 * this._svgK;
    // Once on the canvas, the marks stay there until the gesture ends, however few remain: going
    // back to SVG in the middle of it would make them all at once.
    const dense = allowed && ((zooming && marks.length >= NewsTimeline.canvasMarksFrom) || (this._marksMode === 'canvas' && this._zoom.gesture));
    if (dense && this._zoom.gesture) this._marksMode = 'canvas';
    else if (dense && this._marksMode !== 'svg') {
      // The gesture has ended: the SVG marks are made a few at a time, so that no frame makes
      // hundreds at once, and the canvas stays over them until the last are in. Those the SVG
      // still holds from before the gesture are kept from the first frame.
      let have = this._settledIds;
      if (this._marksMode === 'canvas') {
        const before = new Set(this._svgLayout?.marks.map((m) => m.id));
        have = new Set(marks.filter((m) => before.has(m.id)).map((m) => m.id));
      }
      let added = 0;
      for (let i = 0; i < marks.length && added < SETTLE_CHUNK; i++) {
        if (!have!.has(marks[i]!.id)) {
          have!.add(marks[i]!.id);
          added++;
        }
      }
      this._marksMode = have!.size >= marks.length ? 'svg' : 'settling';
      this._settledIds = have;
    } else this._marksMode = 'svg';
    if (this._marksMode === 'svg') {
      this._settledIds = undefined;
      this._svgLayout = this._layout;
    }
    if (this._marksMode !== 'canvas') {
      this._svgMarks++;
      this._svgK = this._transform.k;
    }
    // New data keeps only the canvases it needs: the others, each a bitmap of megabytes, go.
    if (inputChanged && this._marksMode === 'svg') this._keptCanvases = { marks: false, clusters: false };
    if (this._layout && !vertical) {
      this._sizeCanvases(this._layout);
      this._plotHeight = this._zoom.moving ? Math.max(this._plotHeight, this._layout.height) : this._layout.height;
    }
    if (inputChanged || localeChanged || (this._ordered.length > LIST_ALL && (baseChanged || changed.has('layout')))) this._refreshList();

    if (this._pendingHash !== null && this._result) {
      const id = this._pendingHash;
      this._pendingHash = null;
      if (this._findEvent(id)) this._setSelection(id, { notify: true, focus: null, writeHash: false, reveal: true });
    }
    const inView = (id: string | null) => this._nav.some((i) => i.id === id);
    if (focusedBefore && !inView(this._focusId)) {
      // A zoom or pan took the focused mark or cluster away: the focus stays with its events.
      this._focusId = this._followFocus(focusedBefore);
    } else {
      // The marks and clusters in view first: they answer without the index by id.
      if (this._focusId === null || (!inView(this._focusId) && !this._findEvent(this._focusId))) {
        this._focusId = this.selected ?? this._ordered[0]?.event.id ?? null;
      }
      // An event hidden in a cluster hands its focus to that cluster.
      if (!this._vertical && this._layout?.clusters.length && this._focusId !== null && !inView(this._focusId)) {
        const event = this._ordered[this._indexOf(this._focusId)];
        if (event) this._focusId = this._clusterHolding(event.event.group ?? '', event.interval.start)?.id ?? this._focusId;
      }
    }
    this._focusStop = inView(this._focusId) ? this._focusId : this._nav[0]?.id ?? null;
    if (this._layout && (!this._zoom.gesture || active?.classList.contains('cluster') || forcedColors().matches || !this._buttons)) {
      const old = this._buttons;
      if (old?.layout !== this._layout || old.focusStop !== this._focusStop) this._buttons = { layout: this._layout, focusStop: this._focusStop };
    }
  }

  /**
   * Where the focus goes when the focused mark or cluster leaves the chart: to the cluster that now
   * holds its (first) event, else to that event, shown or not. Needs no index by id. Over the
   * frames of one zoom the focus keeps to the event it first followed: the cluster it went to may
   * go in turn, and that cluster's first event may be an earlier one.
   */
  private _followFocus(item: NavItem): string {
    const kept = this._focusAnchor?.focusId === item.id ? this._focusAnchor : undefined;
    const { id, lane, start } = kept ?? (item.cluster ? { id: item.cluster.firstId, lane: item.cluster.lane, start: item.cluster.firstStart } : { id: item.id, lane: item.mark.lane, start: item.mark.interval.start });
    const to = this._clusterHolding(lane, start)?.id ?? id;
    this._focusAnchor = { focusId: to, id, lane, start };
    return to;
  }

  /** The cluster of the horizontal chart whose events' starts span `start` in `lane`, if any. */
  private _clusterHolding(lane: string, start: number): ClusterLayout | undefined {
    if (this._vertical) return undefined;
    return this._layout?.clusters.find((c) => c.lane === lane && c.firstStart <= start && start <= c.lastStart);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('noJsonLd' as keyof NewsTimeline) || this._jsonLdVersion !== this._dataVersion) this._scheduleJsonLd();
    if (!this._vertical && this._layout) {
      const ticks = this.renderRoot.querySelector<SVGGElement>('.axis .ticks');
      if (ticks && this._tickNodes?.group !== ticks) this._tickNodes = new TickNodes(ticks, AXIS_HEIGHT - 10);
      this._tickNodes?.update(this._ticks, this._panShift(), AXIS_HEIGHT - 6, this._chartTop() + this._plotHeight);
      const surface = this.renderRoot.querySelector<SVGGElement>('.zoom-surface');
      const span = this._base.domain()[1]! - this._base.domain()[0]!;
      if (surface) this._zoom.attach(surface, this._width, span);
      this._drawOverview();
      this._drawClusters();
      if (this._marksMode !== 'svg') this._drawMarks();
      else this._marksDrawn = undefined;
      if (this._marksMode === 'svg' && !this._zoom.gesture) {
        this._warmCanvases();
        this._warmLayouts();
      }
      if (this._marksMode === 'settling' && !this._settleFrame) {
        this._settleFrame = requestAnimationFrame(() => {
          this._settleFrame = 0;
          this.requestUpdate();
        });
      }
      const brush = this.renderRoot.querySelector<SVGGElement>('.brush');
      if (brush) {
        this._brush.attach(brush, this._width, OVERVIEW_HEIGHT);
        this._brush.move([this._transform.invertX(0), this._transform.invertX(this._width)]);
      }
    }
    const queued = this._announce;
    this._announce = [];
    for (const event of queued) this.dispatchEvent(event);
    const focus = this._focusAfterUpdate;
    this._focusAfterUpdate = null;
    // A zoom from the keyboard (+ and −) can take the focused mark or cluster away, or give its
    // element to another cluster: the keyboard follows the focus to where it went (see `_followFocus`).
    const moved = this._markFocused && (this.renderRoot as ShadowRoot).activeElement?.getAttribute('data-id') !== this._focusId;
    if (focus === 'detail') this.renderRoot.querySelector<HTMLElement>('.detail')?.focus();
    else if (focus === 'mark' || moved) this._markElement(this._focusId)?.focus();
  }

  // ——— data ———

  private _parse(): void {
    let input: unknown;
    if (this.src) input = this._fetched;
    else if (this.events !== undefined) {
      const base = typeof this.data === 'object' && this.data !== null && !Array.isArray(this.data) ? this.data : {};
      input = { ...base, events: this.events };
    } else input = this.data ?? this._children;
    if (input === undefined) {
      this._result = undefined;
      this._ordered = [];
      this._positionIndex = undefined;
      this._laneIndex = [];
      this._lanes = [];
      this._laneById.clear();
      return;
    }
    const result = parseTimeline(input);
    this._result = result;
    this._dataVersion++;
    const doc = result.document;
    this._ordered = timeOrder(doc.events);
    this._positionIndex = undefined;
    this._focusAnchor = undefined;
    this._positionsCancel?.();
    const slice = () => {
      this._positionsCancel = undefined;
      if (!this._extendPositions(POSITIONS_SLICE)) this._positionsCancel = whenIdle(slice, 1000, IDLE_SPARE);
    };
    this._positionsCancel = whenIdle(slice, 1000, IDLE_SPARE);
    this._announce.push(new TimelineLoadEvent({ document: doc, issues: result.issues }));
    if (result.errors.length) {
      this._announce.push(new TimelineErrorEvent({ code: 'invalid-data', message: this._issuesSummary(result), issues: result.errors }));
    }
    for (const warning of result.issues) if (warning.severity === 'warning') console.warn(`<news-timeline>: ${warning.message}`);
    if (this.selected !== null && !this._findEvent(this.selected)) this.selected = null;
  }

  /**
   * The colours the page or the theme sets: lane colours for groups without one of their own
   * (`--timeline-palette-1` … `-8`, else the theme's colour-blind-safe default) and the cluster
   * counts' colour. Read when the data, the language or the theme changes.
   */
  private _themeColors(): { palette: string[]; count: string; marks: NewsTimeline['_markColors'] } {
    const style = this.isConnected ? getComputedStyle(this) : undefined;
    const read = (property: string, fallback: string) => {
      const value = style?.getPropertyValue(property).trim();
      return value && COLOR.test(value) ? value : fallback;
    };
    // The private property resolves the page's --timeline-palette-N, or the theme's default.
    return {
      palette: DEFAULT_PALETTE.map((fallback, i) => read(`--_palette-${i + 1}`, fallback)),
      count: read('--timeline-cluster-text-color', '#fff'),
      marks: { text: read('--_text', '#1a1a1a'), background: read('--_bg', '#ffffff'), accent: read('--_accent', '#b3261e') },
    };
  }

  /** Lanes (their labels depend on the UI language) and the per-lane index. */
  private _computeLanes(): void {
    const doc = this._result!.document;
    const { palette, count, marks } = this._themeColors();
    this._countColor = count;
    this._markColors = marks;
    this._lanes = lanesFor(doc.events, doc.groups, this._strings.otherLane, palette);
    this._laneById = new Map(this._lanes.map((l) => [l.id, l]));
    this._laneIndex = buildLaneIndex(this._ordered, this._lanes);
  }

  private _computeBase(resetZoom: boolean): void {
    const doc = this._result?.document;
    const extent = (doc && orderedExtent(this._ordered, doc.eras)) ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
    const from = parseDate(this.start)?.start ?? extent[0];
    const to = parseDate(this.end)?.end ?? extent[1];
    this._base = timeScale([from, Math.max(to, from + MIN_SPAN)], [0, Math.max(1, this._width)]);
    if (!resetZoom || this._width <= 0) return;
    const a = parseDate(this.viewStart);
    const b = parseDate(this.viewEnd);
    const initial = a && b ? this._transformFor(a.start, b.end) : zoomIdentity;
    if (this._zoom.transform !== initial) this._zoom.set(initial, false);
  }

  private _computeLayout(): void {
    const doc = this._result?.document;
    if (!doc || this._width <= 0) {
      this._layout = undefined;
      this._ticks = [];
      this._context = [];
      return;
    }
    // While the reader zooms or pans, events keep the rows they had (where they still fit), so
    // rows do not reshuffle under the pointer; at rest they are packed afresh.
    const previous = this._zoom.gesture ? this._layout : undefined;
    this._hinted = previous !== undefined;
    const frame = this._frameAt(this._x, previous);
    this._layout = frame.layout;
    this._nav = frame.nav;
    this._ticks = frame.ticks;
    this._context = frame.context;
  }

  /**
   * The chart's frame at `scale`: the layout of marks, clusters and labels (mirrored right to
   * left), the marks and clusters in view in reading order, and the axis. Reads the element's
   * data and settings and changes nothing.
   */
  private _frameAt(scale: TimeScale, previous?: TimelineLayout): Frame {
    const [d0, d1] = scale.domain() as [number, number];
    const x = (ms: number) => scale(ms);
    const layout = layoutFrame({
      ordered: this._ordered,
      lanes: this._laneIndex,
      domain: [d0, d1],
      x,
      invert: (px: number) => scale.invert(px),
      width: this._width,
      measure: this._measure,
      ...(previous && { options: { rowHints: new Map(previous.marks.map((m) => [m.id, m.row])) } }),
    });
    const laneOrder = new Map(this._lanes.map((l, i) => [l.id, i]));
    const nav = [
      ...layout.marks.map((m) => ({ id: m.id, name: '', x: m.x, lane: laneOrder.get(m.lane)!, mark: m })),
      ...layout.clusters.map((c) => ({ id: c.id, name: '', x: c.x, lane: laneOrder.get(c.lane)!, cluster: c })),
    ]
      .filter((i) => i.x >= -8 && i.x <= this._width + 8)
      .sort((a, b) => a.x - b.x || a.lane - b.lane)
      .map(({ lane: _lane, ...item }) => item);
    const locale = this._dateLocale;
    let step: TickStep = 'year';
    let ticks = layoutAxis({
      ticks: (count) => {
        const values = scale.ticks(count);
        step = tickStep(values);
        return values;
      },
      x,
      label: (ms) => formatTick(ms, step, locale),
      width: this._width,
      measure: (t) => this._measure(t) * 0.92,
    });
    step = tickStep(ticks.map((t) => t.value));
    const contextOf: Record<TickStep, { range: (a: Date, b: Date) => Date[]; unit: 'year' | 'month' | 'day' } | undefined> = {
      year: undefined,
      month: { range: (a, b) => utcYear.range(a, b), unit: 'year' },
      day: { range: (a, b) => utcMonth.range(a, b), unit: 'month' },
      hour: { range: (a, b) => utcDay.range(a, b), unit: 'day' },
      minute: { range: (a, b) => utcDay.range(a, b), unit: 'day' },
    };
    const ctx = contextOf[step];
    let context = ctx
      ? layoutAxisContext({
          domain: [d0, d1],
          boundaries: ctx.range(new Date(d0), new Date(d1)).map((d) => d.getTime()),
          x,
          label: (ms) => formatRange(isoOf(ms, ctx.unit), undefined, locale),
          width: this._width,
          measure: (t) => this._measure(t) * 0.92,
        })
      : [];
    if (this._rtl) {
      ticks = mirrorTicks(ticks, this._width);
      context = mirrorTicks(context, this._width);
    }
    return { layout: this._rtl ? mirrorLayout(layout, this._width) : layout, nav, ticks, context };
  }

  private _computeStory(): void {
    const key = (o: Ordered) => this._when(o.event);
    this._story = layoutStory(this._ordered.map((o) => ({ item: o, interval: o.interval })), key);
  }

  private _textMeasurer(): MeasureText {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) return estimateText();
    const style = getComputedStyle(this);
    ctx.font = `${style.fontSize} ${style.fontFamily}`;
    this._labelFont = ctx.font;
    this._labelFontSize = parseFloat(style.fontSize) || 13;
    this._countFont = `700 ${parseFloat(style.fontSize) * 0.85}px ${style.fontFamily}`;
    const cache = new Map<string, number>();
    return (text) => {
      let w = cache.get(text);
      if (w === undefined) {
        w = ctx.measureText(text).width;
        cache.set(text, w);
      }
      return w;
    };
  }

  private _fetch(url: string): void {
    this._abort?.abort();
    const abort = new AbortController();
    this._abort = abort;
    this._load = { kind: 'loading', url };
    this._fetched = undefined;
    void loadJson(url, { signal: abort.signal, timeout: this.timeout }).then((result) => {
      // Aborted, or overtaken by a newer src: the last one set wins.
      if (!result || abort.signal.aborted || this._abort !== abort) return;
      if (result.ok) {
        this._load = { kind: 'idle' };
        this._fetched = result.json;
        return;
      }
      const s = this._strings;
      const messages: Record<typeof result.code, string> = {
        'http-error': s.httpError(result.status ?? 0),
        'not-json': s.notJson,
        empty: s.empty,
        'too-large': s.tooLarge,
        'invalid-json': s.invalidJson,
        timeout: s.timeout,
        'fetch-failed': s.fetchFailed,
      };
      const status = result.status;
      this._load = { kind: 'failed', url, code: result.code, message: messages[result.code], ...(status !== undefined && { status }) };
      this._announce.push(new TimelineErrorEvent({ code: result.code, message: messages[result.code], issues: [], ...(status !== undefined && { status }) }));
      this.requestUpdate();
    });
  }

  /**
   * Removes the JSON-LD at once when there is none to give; otherwise writes it once the browser
   * is idle. It is for crawlers, not readers: built during the first update, its up to 1,000 items
   * took 6–17 ms of the first paint at 10,000 events.
   */
  private _scheduleJsonLd(): void {
    this._jsonLdVersion = this._dataVersion;
    this._jsonLdCancel?.();
    this._jsonLdCancel = undefined;
    if (this.noJsonLd || !this._result?.document.events.length) {
      this._jsonLd?.remove();
      this._jsonLd = undefined;
      return;
    }
    this._jsonLdCancel = whenIdle(() => {
      this._jsonLdCancel = undefined;
      this._writeJsonLd();
    }, 1000, IDLE_SPARE);
  }

  /**
   * Writes the story as schema.org JSON-LD into the page's head (not the element, so that
   * search engines that ignore shadow roots still read it), through a Trusted Types policy where
   * the page requires one.
   */
  private _writeJsonLd(): void {
    const doc = this._result?.document;
    if (this.noJsonLd || !doc || !doc.events.length || !this.isConnected) return;
    const text = JSON.stringify(timelineJsonLd(doc, (id) => `${location.href.split('#')[0]}#${this.id ? `${this.id}/` : 'event/'}${encodeURIComponent(id)}`, this._ordered)).replace(/</g, '\\u003c');
    if (!this._jsonLd) {
      this._jsonLd = document.createElement('script');
      this._jsonLd.type = 'application/ld+json';
      this._jsonLd.dataset.newsTimeline = this.id || '';
      document.head.append(this._jsonLd);
    }
    this._jsonLd.textContent = trustedScript(text) as string;
  }

  // ——— selection, navigation, zoom ———

  /** Each event's place in `_ordered`, by id. */
  private _positions(): Map<string, number> {
    this._extendPositions(Infinity);
    return this._positionIndex!.map;
  }

  /**
   * Adds events to the index by id for about `budget` ms, in steps of a thousand. Returns whether
   * every event is in.
   */
  private _extendPositions(budget: number): boolean {
    const index = (this._positionIndex ??= { map: new Map(), next: 0 });
    const ordered = this._ordered;
    if (index.next === ordered.length) return true;
    const stop = performance.now() + budget;
    while (index.next < ordered.length) {
      const end = Math.min(ordered.length, index.next + 1000);
      for (let i = index.next; i < end; i++) index.map.set(ordered[i]!.event.id, i);
      index.next = end;
      if (end < ordered.length && performance.now() > stop) return false;
    }
    return true;
  }

  private _findEvent(id: string): TimelineEvent | undefined {
    return this._ordered[this._indexOf(id)]?.event;
  }

  /**
   * The event's place in `_ordered`, or -1. The first event, where the keyboard focus starts, is
   * found without the index by id, so that the first paint need not make it.
   */
  private _indexOf(id: string | null): number {
    if (id === null) return -1;
    if (id === this._ordered[0]?.event.id) return 0;
    return this._positions().get(id) ?? -1;
  }

  private _setSelection(
    id: string | null,
    options: { notify: boolean; focus: 'detail' | 'mark' | null; writeHash?: boolean; reveal?: boolean },
  ): void {
    if (id !== null) {
      this._focusId = id;
      if (options.reveal ?? true) this._reveal(id);
    }
    this.selected = id;
    this._focusAfterUpdate = options.focus;
    if (id !== null) this._showInStory(id);
    if (options.writeHash ?? true) this._hash.write(id);
    if (options.notify) {
      const event = id === null ? null : this._findEvent(id) ?? null;
      this._announce.push(new TimelineSelectEvent({ id, event }));
    }
  }

  private _navigate(id: string | null): void {
    if (id === null) {
      if (this.selected !== null) this._setSelection(null, { notify: true, focus: null, writeHash: false });
    } else if (this._findEvent(id) && id !== this.selected) {
      this._setSelection(id, { notify: true, focus: null, writeHash: false });
    }
  }

  private _step(direction: 1 | -1): string | null {
    const index = this._indexOf(this.selected ?? this._focusId);
    const next = this._ordered[index === -1 ? (direction === 1 ? 0 : this._ordered.length - 1) : index + direction];
    if (!next) return null;
    this._setSelection(next.event.id, { notify: true, focus: this.selected !== null ? 'detail' : 'mark' });
    return next.event.id;
  }

  /** Pans (keeping the zoom) so that an event out of view comes into the middle of the view. */
  private _reveal(id: string): void {
    if (this._vertical || this._width <= 0) return;
    const o = this._ordered[this._indexOf(id)];
    if (!o) return;
    const [d0, d1] = this._x.domain() as [number, number];
    const pad = (d1 - d0) * 0.05;
    if (o.interval.start >= d0 + pad && o.interval.end <= d1 - pad) return;
    const span = Math.max(d1 - d0, o.interval.end - o.interval.start);
    const mid = (o.interval.start + o.interval.end) / 2;
    this._zoom.set(this._transformFor(mid - span / 2, mid + span / 2), false);
    this._transform = this._zoom.transform;
    this._x = this._transform.rescaleX(this._base);
    this._computeLayout();
  }

  /** Moves the vertical story's page to the one holding an event. */
  private _showInStory(id: string): void {
    const index = this._indexOf(id);
    if (index === -1) return;
    if (index < this._storyStart || index >= this._storyStart + STORY_PAGE) this._storyStart = Math.floor(index / STORY_PAGE) * STORY_PAGE;
  }

  private _turnStoryPage(direction: 1 | -1): void {
    const start = Math.max(0, Math.min(this._storyStart + direction * STORY_PAGE, Math.floor((this._ordered.length - 1) / STORY_PAGE) * STORY_PAGE));
    this._storyStart = start;
    this._focusId = this._ordered[direction === 1 ? start : Math.min(start + STORY_PAGE, this._ordered.length) - 1]?.event.id ?? null;
    this._focusAfterUpdate = 'mark';
    this.requestUpdate();
  }

  private _transformFor(start: number, end: number): ZoomTransform {
    const [b0, b1] = this._base.domain() as [number, number];
    const span = Math.max(end - start, MIN_SPAN);
    const k = Math.max(1, Math.min((b1 - b0) / span, (b1 - b0) / MIN_SPAN));
    const x0 = this._base(start + (end - start) / 2 - (b1 - b0) / k / 2);
    const tx = Math.min(0, Math.max(-x0 * k, this._width - this._width * k));
    return zoomIdentity.translate(tx, 0).scale(k);
  }

  private _refreshList(): void {
    this._listNames =
      this._ordered.length <= LIST_ALL ? this._ordered.map((o) => this._accessibleName(o.event)) : this._navItems().map((i) => i.name);
  }

  private _onZoomEnd(transform: ZoomTransform, byUser: boolean): void {
    if (this._ordered.length > LIST_ALL) this._refreshList();
    // Cluster buttons, left as they were during the gesture, take the new clusters now, rows kept
    // in place during it are packed afresh, and the plot takes the layout's height.
    if (this._ordered.length > LIST_ALL || this._layout?.clusters.length || this._hinted || this._marksMode !== 'svg' || this._plotHeight !== this._layout?.height) this.requestUpdate();
    const range = this._x.domain() as [number, number];
    const key = `${transform.k.toFixed(6)}/${transform.x.toFixed(2)}/${this._width}`;
    if (key === this._lastRange) return;
    this._lastRange = key;
    const [start, end] = range;
    this._live = this._strings.showing(formatSpan(start, end, this._dateLocale));
    this.dispatchEvent(new TimelineRangeChangeEvent({ start: new Date(start), end: new Date(end), byUser }));
  }

  private _onBrush(selection: [number, number]): void {
    const [x0, x1] = selection;
    const k = Math.min(this._width / Math.max(1, x1 - x0), this._zoomMaxK());
    this._zoom.set(zoomIdentity.translate(-x0 * k, 0).scale(k), false);
  }

  private _zoomMaxK(): number {
    const [b0, b1] = this._base.domain() as [number, number];
    return Math.max(1, (b1 - b0) / MIN_SPAN);
  }

  private _zoomAround(factor: number, id?: string | null): void {
    const mark = id ? this._layout?.marks.find((m) => m.id === id) ?? this._layout?.clusters.find((c) => c.id === id) : undefined;
    const at = mark ? (mark.x + mark.x2) / 2 : undefined;
    // The zoom works in left-to-right coordinates; a mirrored layout is reflected back.
    this._zoom.scaleBy(factor, at !== undefined && this._rtl ? this._width - at : at);
  }

  private _markElement(id: string | null): HTMLElement | SVGElement | null {
    if (id === null) return null;
    return this.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-id="${CSS.escape(id)}"]`);
  }

  /** The marks and clusters in view, in reading order (time, then lane), with their accessible names. */
  private _navItems() {
    for (const item of this._nav) if (!item.name) item.name = item.cluster ? this._clusterName(item.cluster) : this._accessibleName(item.mark.event);
    return this._nav;
  }

  private _clusterName(cluster: ClusterLayout): string {
    let name = this._names.get(cluster.id);
    if (name === undefined) {
      name = this._strings.cluster(cluster.count, formatDaySpan(cluster.firstStart, cluster.lastStart, this._dateLocale));
      this._names.set(cluster.id, name);
    }
    return name;
  }

  /** Zooms into a cluster's span, and moves focus to its first event. */
  private _openCluster(cluster: ClusterLayout): void {
    const pad = Math.max((cluster.end - cluster.start) * 0.1, MIN_SPAN);
    this._focusId = cluster.firstId;
    this._focusAfterUpdate = 'mark';
    this.zoomTo(cluster.start - pad, cluster.end + pad);
  }

  /**
   * Keys on a mark or cluster. The arrows walk every event in time order, panning to reveal each
   * (or, while some events are clustered, the marks and clusters in view); Home/End go to the ends;
   * Enter/Space select an event or open a cluster; Escape closes the detail; + − 0 zoom.
   */
  private _onKeydown(event: KeyboardEvent, id: string): void {
    const clustered = !!this._layout?.clusters.length && !this._vertical;
    const items = clustered ? this._nav : undefined;
    const count = items ? items.length : this._ordered.length;
    const index = items ? items.findIndex((i) => i.id === id) : this._indexOf(id);
    const idAt = (i: number) => (items ? items[i]?.id : this._ordered[i]?.event.id);
    let next: string | undefined;
    switch (event.key) {
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const cluster = items?.[index]?.cluster;
        if (cluster) this._openCluster(cluster);
        else if (this.selected === id) this._setSelection(null, { notify: true, focus: 'mark' });
        else this._setSelection(id, { notify: true, focus: 'detail', reveal: !clustered });
        return;
      }
      case 'Escape':
        if (this.selected !== null) {
          event.preventDefault();
          this._setSelection(null, { notify: true, focus: 'mark' });
        }
        return;
      case '+':
      case '=':
        event.preventDefault();
        this._zoomAround(2, id);
        return;
      case '-':
      case '_':
        event.preventDefault();
        this._zoomAround(0.5, id);
        return;
      case '0':
        event.preventDefault();
        this.fit();
        return;
      case 'ArrowRight':
      case 'ArrowLeft': {
        // The arrow that points the way time runs goes to the next event: right, or left in RTL.
        const later = (event.key === 'ArrowRight') !== this._rtl;
        next = idAt(index + (later ? 1 : -1));
        break;
      }
      case 'ArrowDown':
        next = idAt(index + 1);
        break;
      case 'ArrowUp':
        next = idAt(index - 1);
        break;
      case 'Home':
        next = idAt(0);
        break;
      case 'End':
        next = idAt(count - 1);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next === undefined) return;
    this._focusId = next;
    if (clustered) {
      this._markElement(next)?.focus();
      return;
    }
    this._reveal(next);
    this._showInStory(next);
    this._focusAfterUpdate = 'mark';
    this.requestUpdate();
  }

  private _onDetailKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this._setSelection(null, { notify: true, focus: 'mark' });
    }
  }

  /** The mark or cluster an event happened in, and its id. */
  private _itemOf(event: Event): { id: string; cluster: boolean } | undefined {
    const item = (event.target as Element | null)?.closest?.('.mark, .cluster') as SVGGElement | null;
    const id = item?.dataset.id;
    return id === undefined ? undefined : { id, cluster: item!.classList.contains('cluster') };
  }

  private readonly _onChartClick = (event: MouseEvent) => {
    const item = this._itemOf(event);
    if (!item) return;
    if (!item.cluster) this._onMarkClick(item.id);
    else {
      const cluster = this._layout?.clusters.find((c) => c.id === item.id);
      if (cluster) this._openCluster(cluster);
    }
  };

  private readonly _onChartKeydown = (event: KeyboardEvent) => {
    const item = this._itemOf(event);
    if (item) this._onKeydown(event, item.id);
  };

  private readonly _onChartFocus = (event: FocusEvent) => {
    const item = this._itemOf(event);
    if (item) this._focusId = item.id;
  };

  private _onMarkClick(id: string): void {
    if (this.selected === id) this._setSelection(null, { notify: true, focus: 'mark' });
    else this._setSelection(id, { notify: true, focus: 'detail', reveal: false });
  }

  private _issuesSummary(result: ParseResult): string {
    const dropped = new Set(result.errors.map((e) => /^(events|groups|eras)\[\d+\]/.exec(e.path)?.[0] ?? e.path));
    const events = [...dropped].filter((p) => p.startsWith('events')).length;
    const others = dropped.size - events;
    return this._strings.leftOut(events, others);
  }

  /** An event's date in words, in the time zone the `time-zone` attribute asks for. */
  private _when(event: TimelineEvent): string {
    const source = event.timeZone;
    const display = this._displayZone ?? source;
    // Many events share their dates (100,000 events over five years share about 2,000 days):
    // each pair is worded once per language and zone.
    const key = `${event.start}|${event.end ?? ''}|${event.end === undefined ? 1 : 0}|${source ?? ''}|${display ?? ''}`;
    let when = this._whens.get(key);
    if (when === undefined) {
      when = formatRange(event.start, event.end, this._dateLocale, { ...(source && { source }), ...(display && { display }) });
      this._whens.set(key, when);
    }
    return when;
  }

  /**
   * "1 November 2023, France–Kazakhstan: Macron visits Astana", cached per event and language.
   * The author's `displayDate` wording ("late July 2023") wins over the formatted date.
   */
  private _accessibleName(event: TimelineEvent): string {
    let name = this._names.get(event.id);
    if (name === undefined) {
      const lane = this._laneById.get(event.group ?? '');
      const date = event.displayDate ?? this._when(event);
      name = lane?.label ? `${date}, ${lane.label}: ${event.title}` : `${date}: ${event.title}`;
      this._names.set(event.id, name);
    }
    return name;
  }

  // ——— rendering: a thin last step over the layout computed in willUpdate ———

  protected override render(): TemplateResult {
    const doc = this._result?.document;
    const showChart = !!this._result && this._result.document.events.length > 0 && this._width > 0;
    return html`
      <div part="base" class="base ${this._vertical ? 'vertical' : 'horizontal'}" dir=${this._rtl ? 'rtl' : 'ltr'}>
        ${doc?.title ? html`<p part="caption" class="caption" dir="auto">${doc.title}</p>` : nothing}
        ${doc?.description ? html`<p part="description" class="description" dir="auto">${doc.description}</p>` : nothing}
        ${this._renderStatus()}
        ${showChart && !this._vertical && this._layout ? this._renderHorizontal(this._layout) : nothing}
        ${showChart && this._vertical ? this._renderStory() : nothing}
        ${this._printing ? this._renderPrintList() : nothing}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this._live}</div>
      </div>
    `;
  }

  private _renderStatus(): TemplateResult | typeof nothing {
    const s = this._strings;
    const load = this._load;
    if (load.kind === 'loading') return html`<p part="status" class="status" role="status">${s.loading}</p>`;
    if (load.kind === 'failed') {
      return html`<div part="error" class="error" role="alert">
        <p><strong>${s.loadFailed}</strong> ${load.message}</p>
        <p><button part="retry-button" type="button" @click=${() => this.reload()}>${s.retry}</button></p>
      </div>`;
    }
    const result = this._result;
    if (!result) return this.src ? nothing : html`<p part="status" class="status" role="status">${s.noData}</p>`;
    if (result.errors.length) {
      return html`<div part="issues" class="issues" role="status">
        <p><strong>${this._issuesSummary(result)}</strong></p>
        <ul>
          ${result.errors.slice(0, 50).map((i) => html`<li>${i.message}</li>`)}
          ${result.errors.length > 50 ? html`<li>${s.moreIssues(result.errors.length - 50)}</li>` : nothing}
        </ul>
      </div>`;
    }
    if (!result.document.events.length) return html`<p part="status" class="status" role="status">${s.noEvents}</p>`;
    return nothing;
  }

  private _renderHorizontal(layout: TimelineLayout): TemplateResult {
    const s = this._strings;
    const zoomed = this._transform.k > 1.0001;
    const atMax = this._transform.k >= this._zoomMaxK() - 1e-6;
    return html`
      <div part="controls" class="controls" role="toolbar" aria-label=${s.zoomControls}>
        <button part="zoom-in-button" type="button" aria-label=${s.zoomIn} title=${s.zoomIn} ?disabled=${atMax} @click=${() => this._zoomAround(2, this.selected)}>+</button>
        <button part="zoom-out-button" type="button" aria-label=${s.zoomOut} title=${s.zoomOut} ?disabled=${!zoomed} @click=${() => this._zoomAround(0.5, this.selected)}>−</button>
        <button part="fit-button" type="button" ?disabled=${!zoomed} @click=${() => this.fit(true)}>${s.fit}</button>
        <span class="hint">${s.zoomHint}</span>
      </div>
      ${this._renderChart(layout)} ${this._renderOverview()}
      ${this._renderDetail()}
      <ol class="visually-hidden reading-list" role="list" aria-label=${s.listLabel}>
        ${this._listNames.map((name) => html`<li>${name}</li>`)}
      </ol>
    `;
  }

  /** Derives `_canvasBox` and `_keptCanvases` for the layout about to be drawn. */
  private _sizeCanvases(layout: TimelineLayout): void {
    const ratio = devicePixelRatio;
    const width = Math.round((this._width + MARGIN.left + MARGIN.right) * ratio);
    // As tall as the chart can get at any zoom, so that no zoom has to resize them.
    const height = Math.round((this._chartTop() + Math.max(layout.height, maxFrameHeight(layout.lanes.length))) * ratio);
    if (width !== this._canvasBox.width || height !== this._canvasBox.height) this._canvasBox = { width, height };
    // The marks canvas is made ahead for any chart whose events could fill it.
    if (this._marksMode !== 'svg' || (this._ordered.length >= NewsTimeline.canvasMarksFrom && !forcedColors().matches)) this._keptCanvases.marks = true;
    if (layout.clusters.length) this._keptCanvases.clusters = true;
  }

  /**
   * A canvas's first frames cost the browser a new bitmap each (about 6 ms a canvas on the machine
   * we measure on, for the first three frames it is shown and drawn in). Once the chart is idle,
   * its canvases are shown and touched for that many frames, so that a gesture starts warm.
   */
  private _warmCanvases(): void {
    const key = `${this._canvasBox.width}x${this._canvasBox.height} ${this._keptCanvases.marks} ${this._keptCanvases.clusters}`;
    if (key === this._warmKey || this._warmCancel) return;
    this._warmKey = key;
    const touch = () => {
      for (const canvas of this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas.marks:not([hidden]), canvas.clusters:not([hidden])')) canvas.getContext('2d')?.clearRect(0, 0, 1, 1);
      if (--this._warming > 0) {
        const frame = requestAnimationFrame(touch);
        this._warmCancel = () => cancelAnimationFrame(frame);
      } else {
        this._warmCancel = undefined;
        this.requestUpdate();
      }
    };
    const start = () => {
      this._warming = WARM_FRAMES;
      this.requestUpdate();
      const frame = requestAnimationFrame(touch);
      this._warmCancel = () => cancelAnimationFrame(frame);
    };
    this._warmCancel = whenIdle(start, 1000, IDLE_SPARE);
  }

  private _stopWarming(): void {
    this._warmCancel?.();
    this._warmCancel = undefined;
    this._warming = 0;
    this._warmKey = '';
  }

  /** The plot's top: the axis, and the era band when there are eras. */
  private _chartTop(): number {
    return AXIS_HEIGHT + (this._result?.document.eras?.length ? ERA_HEIGHT : 0);
  }

  /** A canvas over or under the chart, `_canvasBox` in size. */
  private _renderCanvas(kind: 'clusters' | 'marks', hidden: boolean): TemplateResult {
    const { width, height } = this._canvasBox;
    const ratio = devicePixelRatio;
    return html`<canvas class=${kind} aria-hidden="true" ?hidden=${hidden} width=${width} height=${height}
      style=${styleProps({ width: `${width / ratio}px`, height: `${height / ratio}px` })}></canvas>`;
  }

  private _renderChart(layout: TimelineLayout): TemplateResult {
    const doc = this._result!.document;
    const width = this._width + MARGIN.left + MARGIN.right;
    const eraBand = doc.eras?.length ? ERA_HEIGHT : 0;
    const top = AXIS_HEIGHT + eraBand;
    const height = top + this._plotHeight;
    const chartLabel = this._strings.chartLabel(doc.title, this._ordered.length);
    return html`
      <div class="plot">
        ${this._keptCanvases.clusters ? this._renderCanvas('clusters', !layout.clusters.length) : nothing}
        <svg part="chart" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group" aria-label=${chartLabel}>
          <defs>
            <clipPath id="plot-clip"><rect x="-8" y="0" width=${this._width + 16} height=${height}></rect></clipPath>
            ${FADES}
          </defs>
          <!-- Right to left, the zoom surface is reflected so that d3-zoom's pointer coordinates stay
               left-to-right; the group inside reflects back, and the mirrored layout is drawn there. -->
          <g class="zoom-surface" transform=${this._rtl ? `translate(${MARGIN.left + this._width},0) scale(-1,1)` : `translate(${MARGIN.left},0)`}>
            <rect class="zoom-bg" x=${this._rtl ? -MARGIN.right : -MARGIN.left} y="0" width=${width} height=${height}></rect>
            <g transform=${this._rtl ? `translate(${this._width},0) scale(-1,1)` : nothing}>
            <g clip-path="url(#plot-clip)">
              ${this._renderEras(height, eraBand)} ${this._renderAxis()}
              <g class=${this._marksMode === 'svg' ? 'lanes' : 'lanes canvas-marks'} transform="translate(0,${top})" @click=${this._onChartClick} @keydown=${this._onChartKeydown} @focusin=${this._onChartFocus}>
                ${repeat(layout.lanes, (l) => l.id, (lane) => this._renderLane(lane, layout))}
              </g>
            </g>
            </g>
          </g>
        </svg>
        ${this._keptCanvases.marks ? this._renderCanvas('marks', this._marksMode === 'svg' && !this._warming) : nothing}
      </div>
    `;
  }

  /**
   * Draws the cluster marks (box and count) on a canvas under the chart. Dense lanes can hold
   * hundreds of clusters whose bins shift on every zoom frame: as SVG that is hundreds of elements
   * rewritten per frame, more than a frame allows. The chart keeps a transparent, focusable, named
   * button over each cluster while the view is at rest (see `_renderLane`), so the keyboard and
   * screen readers reach every cluster as before.
   */
  private _drawClusters(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.clusters');
    const layout = this._layout;
    if (!canvas || !layout) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const ratio = devicePixelRatio;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const top = this._chartTop();
    const visible = layout.clusters.filter((c) => c.x2 >= -8 && c.x <= this._width + 8);
    // The same bounds as the chart's own clip path (plot-clip).
    ctx.save();
    ctx.beginPath();
    ctx.rect((MARGIN.left - 8) * ratio, 0, (this._width + 16) * ratio, canvas.height);
    ctx.clip();
    ctx.globalAlpha = 0.85;
    // One path and one fill per lane, not per cluster.
    let lane: string | undefined;
    for (const c of visible) {
      if (c.lane !== lane) {
        if (lane !== undefined) ctx.fill();
        lane = c.lane;
        ctx.fillStyle = this._laneById.get(c.lane)?.color ?? DEFAULT_PALETTE[0];
        ctx.beginPath();
      }
      ctx.roundRect((MARGIN.left + c.x) * ratio, (top + c.y - CLUSTER_HEIGHT / 2) * ratio, (c.x2 - c.x) * ratio, CLUSTER_HEIGHT * ratio, 4 * ratio);
    }
    if (lane !== undefined) ctx.fill();
    ctx.globalAlpha = 1;
    // Each distinct count is drawn once into a shared sheet and then copied, one copy per
    // cluster: drawing text is far slower than copying pixels, and one canvas serves them all.
    // New counts are all drawn before the first copy: a canvas drawn from after it changed is
    // copied whole again.
    const slotsOf = () => visible.map((c) => this._countSlot(compactCount(c.count), ratio));
    let slots = slotsOf();
    // A sheet that filled up and started over in this pass has lost the earlier counts: once more.
    if (slots.some((s) => s.generation !== this._sheet!.generation)) slots = slotsOf();
    for (const [i, c] of visible.entries()) {
      const { sheet, slot } = slots[i]!;
      const room = (c.x2 - c.x - 2) * ratio;
      const scale = Math.min(1, room / slot.w);
      const w = slot.w * scale;
      const h = slot.h * scale;
      ctx.drawImage(sheet, slot.x, slot.y, slot.w, slot.h, Math.round((MARGIN.left + (c.x + c.x2) / 2) * ratio - w / 2), Math.round((top + c.y) * ratio - h / 2), w, h);
    }
    ctx.restore();
  }

  /** Draws the frame's marks on the marks canvas while the reader zooms (see `_marksMode`). */
  private _drawMarks(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.marks');
    const layout = this._layout;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !layout || !ctx) return;
    const drawn = this._marksDrawn;
    const same = drawn?.canvas === canvas && drawn.box === this._canvasBox;
    if (same && drawn.layout === layout && drawn.selected === this.selected) return;
    const blank = !layout.marks.length;
    this._marksDrawn = { canvas, box: this._canvasBox, layout, selected: this.selected, blank };
    // Zoomed out to clusters alone, the canvas stays blank: cleared again, it would cost the
    // browser about 1 ms of its next commit without a GPU (bench/canvas-commit.mjs).
    if (same && blank && drawn.blank) return;
    this._paintMarks(canvas, ctx, layout);
  }

  /** Clears `canvas` and draws `layout`'s marks and labels on it. */
  private _paintMarks(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, layout: TimelineLayout): void {
    const ratio = devicePixelRatio;
    const top = this._chartTop();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(ratio, 0, 0, ratio, MARGIN.left * ratio, top * ratio);
    const style: MarkStyle = { ...this._markColors, font: this._labelFont, fontSize: this._labelFontSize, radius: DEFAULT_LAYOUT_OPTIONS.markRadius };
    drawMarks(ctx, layout.marks, style, {
      width: this._width,
      colorOf: (m) => this._laneById.get(m.lane)?.color ?? DEFAULT_PALETTE[0]!,
      selected: this.selected,
      labelSetting: (m) => ({ direction: this._ownDir(m.event.title), align: this._anchorFor(m.event.title, m.labelAnchor) }),
      rtl: this._rtl,
    });
  }

  /**
   * Once the chart is at rest and on screen (two frames after it was drawn), at the browser's next
   * idle moments, lays it out at deeper zooms around the middle of the view (each
   * {@link WARM_ZOOM}× the last, one per idle callback, until no cluster is left, at most
   * {@link WARM_LEVELS}), draws the deepest on the hidden marks canvas and clears it, and throws
   * all of it away. The first wheel steps where clusters open into marks used to run the layout's
   * code for marks and labels, and the canvas drawing, for the first time: at 100,000 events their
   * layout took 10–15 ms, and 2–4 ms once warmed. Unlike the element's other idle work, it does
   * not wait for a long idle period: a reader may zoom at once. Put off while the reader zooms or
   * pans: the gesture's own frames warm the code then.
   */
  private _warmLayouts(): void {
    const key = `${this._dataVersion}/${this._width}/${this._rtl}`;
    if (key === this._warmLayoutKey || !this._layout?.clusters.length) return;
    // A warm-up still pending for other data or another width is no longer of use.
    this._warmLayoutCancel?.();
    this._warmLayoutKey = key;
    const maxK = this._zoomMaxK();
    let level = 0;
    const next = () => {
      this._warmLayoutCancel = undefined;
      if (!this.isConnected || key !== `${this._dataVersion}/${this._width}/${this._rtl}`) return;
      if (this._zoom.gesture) {
        this._warmLayoutCancel = whenIdle(next, 2000);
        return;
      }
      level++;
      const t = this._transform;
      const k = Math.min(maxK, t.k * WARM_ZOOM ** level);
      const mid = this._width / 2;
      // The zoom around the middle: the time at the middle stays there.
      const deeper = zoomIdentity.translate(mid - ((mid - t.x) * k) / t.k, 0).scale(k);
      const frame = this._frameAt(deeper.rescaleX(this._base));
      const last = level >= WARM_LEVELS || k >= maxK || !frame.layout.clusters.length;
      if (!last) {
        this._warmLayoutCancel = whenIdle(next, 2000);
        return;
      }
      const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.marks[hidden]');
      const ctx = canvas?.getContext('2d');
      if (canvas && ctx && frame.layout.marks.length) {
        // Drawn and cleared in one task: never shown.
        this._paintMarks(canvas, ctx, frame.layout);
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        this._marksDrawn = undefined;
      }
    };
    // Two frames: the chart drawn is then on screen.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => (this._warmLayoutCancel = whenIdle(next, 2000)));
    });
    this._warmLayoutCancel = () => cancelAnimationFrame(frame);
  }

  private _sheet?: { key: string; canvas: HTMLCanvasElement | OffscreenCanvas; ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D; slots: Map<string, CountSlot>; x: number; y: number; h: number; generation: number };

  /**
   * Where a count is drawn in the count sheet (at device pixels, in the count font and colour),
   * drawing it on first use. The sheet starts over when the font, colour or pixel ratio change,
   * or when it is full.
   */
  private _countSlot(text: string, ratio: number): { sheet: HTMLCanvasElement | OffscreenCanvas; slot: CountSlot; generation: number } {
    const key = `${ratio}|${this._countFont}|${this._countColor}`;
    let sheet = this._sheet;
    if (sheet?.key !== key) {
      // An OffscreenCanvas where there is one: copying from a canvas element, even one outside the
      // page, made the first copy recalculate the page's style (about 20 ms at first paint).
      const canvas = sheet?.canvas ?? (typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas'));
      canvas.width = Math.ceil(COUNT_SHEET[0] * ratio);
      canvas.height = Math.ceil(COUNT_SHEET[1] * ratio);
      sheet = this._sheet = { key, canvas, ctx: canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, slots: new Map(), x: 0, y: 0, h: 0, generation: (sheet?.generation ?? 0) + 1 };
    }
    let slot = sheet.slots.get(text);
    if (!slot) {
      const ctx = sheet.ctx;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.font = this._countFont;
      const w = Math.ceil((ctx.measureText(text).width + 2) * ratio);
      const h = Math.ceil(parseFloat(this._countFont.split(' ')[1] ?? '11') * 1.4 * ratio);
      if (sheet.x + w > sheet.canvas.width) {
        sheet.x = 0;
        sheet.y += sheet.h;
        sheet.h = 0;
      }
      if (sheet.y + h > sheet.canvas.height) {
        ctx.clearRect(0, 0, sheet.canvas.width, sheet.canvas.height);
        sheet.slots.clear();
        sheet.x = sheet.y = sheet.h = 0;
        sheet.generation++;
      }
      slot = { x: sheet.x, y: sheet.y, w, h };
      sheet.x += w + 1;
      sheet.h = Math.max(sheet.h, h + 1);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = this._countColor;
      ctx.fillText(text, (slot.x + w / 2) / ratio, (slot.y + h / 2) / ratio);
      sheet.slots.set(text, slot);
    }
    return { sheet: sheet.canvas, slot, generation: sheet.generation };
  }

  private _renderEras(height: number, band: number) {
    const eras = this._result?.document.eras ?? [];
    if (!eras.length) return nothing;
    return svg`<g class="eras" aria-hidden="true">
      ${eras.map((era) => {
        const s = parseDate(era.start)!;
        const e = parseDate(era.end)!;
        let x1 = Math.max(0, this._x(s.start));
        let x2 = Math.min(this._width, this._x(e.end));
        if (x2 <= x1) return nothing;
        if (this._rtl) [x1, x2] = [this._width - x2, this._width - x1];
        const label = truncateText(era.label, x2 - x1 - 8, this._measure);
        return svg`<g class="era" part="era">
          <rect x=${x1} y=${AXIS_HEIGHT} width=${x2 - x1} height=${height - AXIS_HEIGHT}></rect>
          ${label ? svg`<text x=${this._rtl ? x2 - 4 : x1 + 4} y=${AXIS_HEIGHT + band - 6} direction=${this._ownDir(label)} text-anchor=${this._anchorFor(label, 'start')}>${label}</text>` : nothing}
        </g>`;
      })}
    </g>`;
  }

  private _renderAxis() {
    // As the marks are, ticks are placed relative to the pan offset, in a group that carries it; the
    // ticks themselves are kept by `_tickNodes` (see `updated`), not by this template.
    const shift = this._panShift();
    return svg`<g class="axis" part="axis" aria-hidden="true">
      <line class="domain" x1="0" x2=${this._width} y1=${AXIS_HEIGHT - 0.5} y2=${AXIS_HEIGHT - 0.5}></line>
      <g class="ticks" transform="translate(${shift},0)"></g>
      ${this._context.map((t) => svg`<text class="context" x=${t.x} y="14">${t.label}</text>`)}
    </g>`;
  }

  private _renderLane(lane: TimelineLayout['lanes'][number], layout: TimelineLayout) {
    const settled = this._settledIds;
    const marks = layout.marks.filter((m) => m.lane === lane.id && (!settled || settled.has(m.id)));
    // While the reader zooms or pans, the clusters move on the canvas alone: their transparent
    // buttons are brought up to date when the view settles (see `_buttons`).
    const buttons = this._buttons!;
    // Marks are placed relative to the pan offset, inside one group that carries it: a pan step
    // moves that group and leaves every mark's own attributes as they were.
    const shift = this._panShift();
    return svg`<g class="lane" part="lane" role="group" aria-label=${lane.label || this._strings.eventsLane}>
      <line class="lane-rule" x1="0" x2=${this._width} y1=${lane.y + 0.5} y2=${lane.y + 0.5}></line>
      ${lane.label
        ? svg`<g aria-hidden="true"><rect x=${this._rtl ? this._width - 10 : 0} y=${lane.y + 7} width="10" height="10" rx="2" fill=${lane.color}></rect>
            <text class="lane-label" part="lane-label" x=${this._rtl ? this._width - 16 : 16} y=${lane.y + 16} direction=${this._ownDir(lane.label)} text-anchor=${this._anchorFor(lane.label, 'start')}>${lane.label}</text></g>`
        : nothing}
      ${guard(
        [buttons],
        () => svg`<g class="lane-clusters">
          ${repeat(buttons.layout.clusters.filter((c) => c.lane === lane.id), (_, k) => k, (c) => this._renderCluster(c, c.id === buttons.focusStop))}
        </g>`,
      )}
      ${guard(
        [this._svgMarks],
        // While the marks are on the canvas, the SVG marks stay as they were, hidden.
        // The marks sit in a group of their own inside the one that carries the pan offset: a
        // change of a group's transform restyles its children, so a pan step restyles one group
        // per lane, not every mark.
        () => svg`<g class="lane-content" transform="translate(${shift},0)"><g>
          ${repeat(marks, (m) => m.id, (m) => this._renderMark(m, lane.color, m.id === this._focusStop, shift))}
        </g></g>`,
      )}
    </g>`;
  }

  /**
   * How far the view has panned since the zoom last changed, px: marks and ticks are placed
   * relative to it, in groups that carry it, so a position minus it does not change while the
   * reader pans at one zoom level (time runs leftwards right to left, so the offset changes sign).
   * Measured from `_panOrigin`, not from the span's start: deep in a long span the offset from
   * the start runs to tens of millions of px, beyond what SVG's single-precision coordinates
   * place to the pixel.
   */
  private _panShift(): number {
    const shift = this._transform.x - this._panOrigin.x;
    return this._rtl ? -shift : shift;
  }

  private _renderCluster(cluster: ClusterLayout, focusable: boolean) {
    const h = CLUSTER_HEIGHT;
    // Listeners are delegated to the lanes' group (see _onChartClick): none per cluster. The box and
    // count are drawn on the canvas under the chart (_drawClusters); this is the button over them.
    return svg`<g class="cluster" part="cluster" role="button" data-id=${cluster.id}
        tabindex=${focusable ? 0 : -1}
        aria-label=${this._clusterName(cluster)}>
      <rect class="hit" x=${px(cluster.x)} y=${cluster.y - h / 2} width=${cluster.x2 - cluster.x} height=${h} rx="4"></rect>
    </g>`;
  }

  /**
   * One event's mark. The group is placed with one `transform`, relative to the pan offset that
   * its lane's group carries, and everything inside is drawn relative to the mark: a zoom step
   * rewrites one attribute per point mark (ranges also their length), a pan step none.
   * Listeners are delegated to the lanes' group.
   */
  private _renderMark(mark: MarkLayout, color: string, focusable: boolean, shift: number) {
    const selected = this.selected === mark.id;
    const { x, y } = mark;
    // Relative to the pan offset, to 1/100 px: the same from one pan step to the next.
    const at = px(x - shift);
    const h = 26;
    const spread = mark.spread;
    const clampX = (v: number) => Math.max(-this._width, Math.min(2 * this._width, v)) - x;
    return svg`<g class="mark ${mark.certainty ?? ''}" part="mark" role="button" data-id=${mark.id} transform="translate(${at},${y})"
        tabindex=${focusable ? 0 : -1}
        aria-label=${this._accessibleName(mark.event)}
        aria-expanded=${selected ? 'true' : 'false'}
        aria-controls=${selected ? 'detail' : nothing}>
      <rect class="hit" x=${px(mark.left - x - 3)} y=${-h / 2} width=${px(mark.right - mark.left + 6)} height=${h} rx="4"></rect>
      ${spread
        ? svg`<rect class="spread" x=${px(clampX(spread.x))} y="-7" width=${px(Math.max(2, clampX(spread.x2) - clampX(spread.x)))} height="14" rx="3" fill=${color} mask="url(#fade-${spread.fade})"></rect>`
        : nothing}
      ${mark.kind === 'range'
        ? svg`<rect class="range" x="0" y="-5" width=${px(mark.x2 - x)} height="10" rx="2" fill=${color}></rect>
              <rect class="range-edge" x=${this._rtl ? px(mark.x2 - x - 3) : 0} y="-7" width="3" height="14" fill=${color}></rect>`
        : svg`<circle class="point" cx="0" cy="0" r=${DEFAULT_LAYOUT_OPTIONS.markRadius} fill=${color}></circle>`}
      ${mark.label ? this._renderLabel(mark) : nothing}
    </g>`;
  }

  /**
   * A mark's label in its own text direction: an English title in a right-to-left chart (or an
   * Arabic one in a left-to-right chart) is set left to right and anchored at its other end, so
   * it keeps its place beside the mark and its "…" at its own end.
   */
  private _renderLabel(mark: MarkLayout) {
    const title = mark.event.title;
    return svg`<text class="label" x=${px(mark.labelX - mark.x)} y="0" dy="0.35em" text-anchor=${this._anchorFor(title, mark.labelAnchor)} direction=${this._ownDir(title)}>${mark.label}</text>`;
  }

  /** A text's own direction, or the chart's when it has no letters. */
  private _ownDir(text: string): 'ltr' | 'rtl' {
    return textDirection(text) ?? (this._rtl ? 'rtl' : 'ltr');
  }

  /** The anchor that keeps a text where the layout put it (`anchor`, in the chart's direction) when set in its own direction. */
  private _anchorFor(text: string, anchor: 'start' | 'end'): 'start' | 'end' {
    return this._ownDir(text) === (this._rtl ? 'rtl' : 'ltr') ? anchor : anchor === 'start' ? 'end' : 'start';
  }

  private _renderOverview() {
    const width = this._width + MARGIN.left + MARGIN.right;
    return html`<div part="overview" class="overview ${this._rtl ? 'rtl' : ''}" aria-hidden="true">
      <canvas class="density" width=${Math.round(this._width * devicePixelRatio)} height=${Math.round(OVERVIEW_HEIGHT * devicePixelRatio)}
        style=${styleProps({ width: `${this._width}px`, height: `${OVERVIEW_HEIGHT}px`, left: `${MARGIN.left}px` })}></canvas>
      <svg width=${width} height=${OVERVIEW_HEIGHT}>
        <g transform=${this._rtl ? `translate(${MARGIN.left + this._width},0) scale(-1,1)` : `translate(${MARGIN.left},0)`}><g class="brush"></g></g>
      </svg>
    </div>`;
  }

  /**
   * Draws every event into the overview's canvas once per data or size change: one pixel column
   * per lane row, so the strip costs one element at any number of events.
   */
  private _drawOverview(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('.overview canvas');
    const key = `${this._ordered.length}/${this._width}/${this._base.domain().map(Number).join()}/${this._lanes.length}/${this._dataVersion}`;
    if (!canvas || key === this._overviewKey) return;
    this._overviewKey = key;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const ratio = devicePixelRatio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, this._width, OVERVIEW_HEIGHT);
    const rows = Math.max(1, this._lanes.length);
    const rowHeight = (OVERVIEW_HEIGHT - 8) / rows;
    // How many events cover each px column of each lane, through a difference array: one pass over
    // each lane's starts and ends (typed arrays, see buildLaneIndex), then one rectangle per run of
    // columns at the same density (not one per event). `_base` is written out inline: at 100,000
    // events, two calls per event took a third of the time.
    const cols = Math.ceil(this._width) + 1;
    const [d0, d1] = this._base.domain() as [number, number];
    const [r0, r1] = this._base.range() as [number, number];
    const span = d1 - d0 || 1;
    const cover = this._laneIndex.map(({ starts, ends }) => {
      const diff = new Int32Array(cols + 1);
      for (let i = 0; i < starts.length; i++) {
        const x1 = r0 + ((starts[i]! - d0) / span) * (r1 - r0);
        const x2 = r0 + ((ends[i]! - d0) / span) * (r1 - r0);
        const a = Math.max(0, Math.min(cols, Math.floor(x1)));
        const b = Math.max(0, Math.min(cols, Math.ceil(Math.max(x1 + 1.5, x2))));
        if (b <= a) continue;
        diff[a]!++;
        diff[b]!--;
      }
      return diff;
    });
    const level = (depth: number) => (depth <= 0 ? 0 : depth === 1 ? 1 : depth < 4 ? 2 : depth < 16 ? 3 : 4);
    const alpha = [0, 0.45, 0.6, 0.8, 1];
    cover.forEach((diff, li) => {
      ctx.fillStyle = this._lanes[li]!.color;
      const y = 4 + li * rowHeight;
      const h = Math.max(2, rowHeight - 2);
      let depth = 0;
      let runStart = 0;
      let runLevel = 0;
      for (let c = 0; c <= cols; c++) {
        depth += c < cols ? diff[c]! : -depth;
        const l = c < cols ? level(depth) : 0;
        if (l === runLevel) continue;
        if (runLevel > 0) {
          ctx.globalAlpha = alpha[runLevel]!;
          ctx.fillRect(runStart, y, c - runStart, h);
        }
        runStart = c;
        runLevel = l;
      }
    });
    ctx.globalAlpha = 1;
  }

  /** The whole story as a list, for print (rendered only while the page prints). */
  private _renderPrintList(): TemplateResult {
    const s = this._strings;
    return html`<ol class="print-list">
      ${this._ordered.map(({ event }) => {
        const lane = this._laneById.get(event.group ?? '');
        return html`<li>
          <p class="print-date">${this._when(event)}${lane?.label ? ` · ${lane.label}` : ''}${event.displayDate ? ` · ${s.displayDate(event.displayDate)}` : ''}</p>
          <p class="print-title">${event.title}</p>
          ${event.summary ? html`<p>${event.summary}</p>` : nothing}
          ${event.notes?.map((n) => html`<p><strong>${s.noteType[n.type]}:</strong> ${n.text}</p>`)}
          ${event.sources?.length
            ? html`<p class="print-sources">${s.sources}: ${event.sources.map((src, i) => `${i ? '; ' : ''}${src.title}${src.publisher ? `, ${src.publisher}` : ''}${src.url && safeHref(src.url) ? ` <${safeHref(src.url)}>` : ''}`)}</p>`
            : nothing}
        </li>`;
      })}
    </ol>`;
  }

  private _renderStory(): TemplateResult {
    const s = this._strings;
    const focusIndex = this._indexOf(this._focusId);
    const focusable =
      focusIndex >= this._storyStart && focusIndex < this._storyStart + STORY_PAGE ? this._focusId : this._ordered[this._storyStart]?.event.id;
    const paged = this._story.length > STORY_PAGE;
    const page = paged ? this._story.slice(this._storyStart, this._storyStart + STORY_PAGE) : this._story;
    return html`
      ${paged && this._storyStart > 0
        ? html`<button part="story-more-button" class="story-more" type="button" @click=${() => this._turnStoryPage(-1)}>${s.earlier(this._storyStart)}</button>`
        : nothing}
      <ol part="story" class="story" aria-label=${s.listLabel} start=${this._storyStart + 1}>
      ${repeat(
        page,
        (item) => item.item.event.id,
        ({ item, gapBefore, heading }) => {
          const event = item.event;
          const lane = this._laneById.get(event.group ?? '');
          const selected = this.selected === event.id;
          return html`<li class="story-item" style=${styleProps({ '--_gap': `${gapBefore}px`, '--_lane-color': lane?.color ?? 'currentColor' })}>
            ${heading
              ? html`<p class="story-date" aria-hidden="true">${this._when(event)}</p>`
              : nothing}
            <button part="card" class="card" type="button" data-id=${event.id}
              tabindex=${event.id === focusable ? 0 : -1}
              aria-expanded=${selected ? 'true' : 'false'}
              aria-controls=${selected ? 'detail' : nothing}
              @click=${() => this._onMarkClick(event.id)}
              @keydown=${(e: KeyboardEvent) => {
                if (e.key !== 'Enter' && e.key !== ' ') this._onKeydown(e, event.id);
              }}
              @focus=${() => (this._focusId = event.id)}>
              <span class="visually-hidden">${this._when(event)}, </span>
              ${lane?.label ? html`<span class="card-lane"><bdi>${lane.label}</bdi><span class="visually-hidden">: </span></span>` : nothing}
              <span class="card-title" dir="auto">${event.title}</span>
              ${event.displayDate ? html`<span class="card-display-date" dir="auto">${s.displayDate(event.displayDate)}</span>` : nothing}
            </button>
            ${selected ? this._renderDetail() : nothing}
          </li>`;
        },
      )}
    </ol>
      ${paged && this._storyStart + STORY_PAGE < this._story.length
        ? html`<button part="story-more-button" class="story-more" type="button" @click=${() => this._turnStoryPage(1)}>${s.later(this._story.length - this._storyStart - STORY_PAGE)}</button>`
        : nothing}`;
  }

  private _renderDetail(): TemplateResult | typeof nothing {
    const id = this.selected;
    const event = id === null ? undefined : this._findEvent(id);
    if (!event) return nothing;
    const s = this._strings;
    const lane = this._laneById.get(event.group ?? '');
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    const index = this._indexOf(event.id);
    const image = event.media?.find((m) => m.type === 'image');
    const imageUrl = image ? safeHref(image.url, ['http:', 'https:']) : undefined;
    return html`<section id="detail" part="detail" class="detail" tabindex="-1" aria-labelledby="detail-title"
        style=${styleProps(lane ? { '--_lane-color': lane.color } : {})}
        @keydown=${this._onDetailKeydown}>
      <button part="close-button" class="close" type="button" aria-label=${s.close} title=${s.close} @click=${() => this.clearSelection()}>×</button>
      <p class="date">
        ${lane?.label ? html`<bdi class="lane-name">${lane.label}</bdi> · ` : nothing}
        <time datetime=${event.start}>${this._when(event)}</time>
        ${event.displayDate ? html` · <bdi class="display-date">${s.displayDate(event.displayDate)}</bdi>` : nothing}
      </p>
      <div id="detail-title" class="title" role="heading" aria-level=${level} dir="auto">${event.title}</div>
      ${imageUrl && image
        ? html`<figure>
            <img src=${imageUrl} alt=${image.alt ?? ''} loading="lazy" decoding="async" referrerpolicy="no-referrer" />
            ${image.caption || image.credit
              ? html`<figcaption dir="auto">${image.caption ?? ''}${image.credit ? html` <bdi class="credit">${image.credit}</bdi>` : nothing}</figcaption>`
              : nothing}
          </figure>`
        : nothing}
      ${event.summary ? html`<p class="summary" dir="auto">${event.summary}</p>` : nothing}
      ${event.place || event.actors?.length
        ? html`<dl class="meta">
            ${event.place ? html`<div><dt>${s.place}:</dt> <dd dir="auto">${event.place.name}</dd></div>` : nothing}
            ${event.actors?.length
              ? html`<div><dt>${s.actors}:</dt> <dd dir="auto">${event.actors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ')}</dd></div>`
              : nothing}
          </dl>`
        : nothing}
      ${event.notes?.length
        ? html`<ul class="notes">
            ${event.notes.map((n) => html`<li class="note-${n.type}"><strong>${s.noteType[n.type]}:</strong> <bdi>${n.text}</bdi></li>`)}
          </ul>`
        : nothing}
      ${event.media?.filter((m) => m.type !== 'image').length
        ? html`<ul class="media">
            ${event.media
              .filter((m) => m.type !== 'image')
              .map((m) => {
                const href = safeHref(m.url, ['http:', 'https:']);
                return href ? html`<li><a href=${href} target="_blank" rel="noopener noreferrer" dir="auto">${m.alt || m.caption || href}</a>${m.credit ? html` (<bdi>${m.credit}</bdi>)` : nothing}</li>` : nothing;
              })}
          </ul>`
        : nothing}
      ${event.sources?.length
        ? html`<div class="sources-heading" role="heading" aria-level=${Math.min(6, level + 1)}>${s.sources}</div>
            <ol class="sources">
              ${event.sources.map((src) => {
                const href = src.url ? safeHref(src.url) : undefined;
                return html`<li>
                  ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer" dir="auto">${src.title}</a>` : html`<bdi>${src.title}</bdi>`}${src.publisher ? html`, <bdi>${src.publisher}</bdi>` : nothing}${src.published
                    ? html`, <time datetime=${src.published}>${formatRange(src.published, undefined, this._dateLocale)}</time>`
                    : nothing}
                </li>`;
              })}
            </ol>`
        : nothing}
      <div class="walk">
        <button part="previous-button" type="button" ?disabled=${index <= 0} @click=${() => this.previous()}>${this._rtl ? '→' : '←'} ${s.previous}</button>
        <span class="position">${s.position(index + 1, this._ordered.length)}</span>
        <button part="next-button" type="button" ?disabled=${index >= this._ordered.length - 1} @click=${() => this.next()}>${s.next} ${this._rtl ? '←' : '→'}</button>
      </div>
    </section>`;
  }
}

type TrustedTypesWindow = { trustedTypes?: { createPolicy(name: string, rules: { createScript(input: string): string }): { createScript(input: string): unknown } } };
let scriptPolicy: { createScript(input: string): unknown } | null | undefined;

/** JSON-LD text as a TrustedScript where Trusted Types exist (the text is JSON, never run). */
function trustedScript(text: string): unknown {
  if (scriptPolicy === undefined) {
    const tt = (window as unknown as TrustedTypesWindow).trustedTypes;
    try {
      scriptPolicy = tt ? tt.createPolicy('news-timeline-json-ld', { createScript: (input) => input }) : null;
    } catch {
      scriptPolicy = null; // The page's policy list does not allow ours; fall back to plain text.
    }
  }
  return scriptPolicy ? scriptPolicy.createScript(text) : text;
}

/**
 * A date as schema.org reads it (plain ISO 8601): EDTF qualifiers are dropped (`2023-10~` →
 * `2023-10`), unspecified parts and seasons fall back to what is certain (`1985-04-XX` →
 * `1985-04`, `2023-21` → `2023`), a time in an event's zone becomes UTC; open or unknown ends,
 * decades, and years outside 1–9999 give no date at all.
 */
function schemaDate(value: string, zone: string | undefined): string | undefined {
  const d = parseDate(value);
  if (!d || d.year < 1 || d.year > 9999 || d.precision === 'decade' || d.precision === 'century') return undefined;
  const plain = value.replace(/[?~%]$/, '').replace(/(-XX)+$/, '');
  if (d.precision === 'season') return plain.slice(0, 4);
  if (d.offset === undefined && plain.includes('T')) return new Date(zone ? fromZonedWall(d.start, zone) : d.start).toISOString();
  return plain;
}

const withDate = (key: string, value: string | undefined) => (value === undefined ? {} : { [key]: value });

/** The story as a schema.org ItemList of Events (at most 1,000, in time order). */
export function timelineJsonLd(
  doc: TimelineDocument,
  url: (id: string) => string,
  ordered: readonly { event: TimelineEvent }[] = timeOrder(doc.events),
): Record<string, unknown> {
  const events = ordered.slice(0, 1000);
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    ...(doc.title && { name: doc.title }),
    ...(doc.description && { description: doc.description }),
    numberOfItems: events.length,
    itemListElement: events.map(({ event }, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: {
        '@type': 'Event',
        name: event.title,
        ...withDate('startDate', schemaDate(event.start, event.timeZone)),
        ...withDate('endDate', event.end === undefined ? undefined : schemaDate(event.end, event.timeZone)),
        ...(event.summary && { description: event.summary }),
        ...(event.place && { location: { '@type': 'Place', name: event.place.name } }),
        url: url(event.id),
      },
    })),
  };
}

let forcedColorsQuery: MediaQueryList | undefined;
/** `(forced-colors: active)`: the system's colours, which only the SVG marks follow. */
const forcedColors = () => (forcedColorsQuery ??= matchMedia('(forced-colors: active)'));

/** How many SVG marks are made per frame when a gesture over a dense chart ends. */
const SETTLE_CHUNK = 40;
/** How many frames a new canvas is shown and touched for before a gesture needs it (`_warmCanvases`). */
const WARM_FRAMES = 3;
/** How long one idle slice of the index by id may take, ms: well within an idle period. */
const POSITIONS_SLICE = 8;

/** Height of a cluster's box (on the canvas) and of its button (in the chart), px. */
const CLUSTER_HEIGHT = 22;

/** Where one count sits in the count sheet, device px. */
type CountSlot = { x: number; y: number; w: number; h: number };
/** The count sheet's size in CSS px: room for several hundred distinct counts. */
const COUNT_SHEET = [512, 256] as const;


/** 1234 → "1.2k", for counts in cluster marks. */
function compactCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.round(n / 1000)}k`;
}

function toMs(value: DateInput, edge: 'start' | 'end'): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const parsed = parseDate(value);
  return parsed ? (edge === 'start' ? parsed.start : parsed.end) : undefined;
}

/** The date string of the unit that starts at `ms` (negative years included), for formatting a label. */
function isoOf(ms: number, unit: 'year' | 'month' | 'day'): string {
  const year = yearOf(ms);
  if (year > 9999 || year < -9999) return `Y${year}`;
  const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  if (unit === 'year') return y;
  const d = new Date(ms);
  const month = String(d.getUTCMonth() + 1).padStart(2, '0');
  return unit === 'month' ? `${y}-${month}` : `${y}-${month}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** A visible span in words, at a precision that suits its length. */
function formatSpan(start: number, end: number, locale: Locale): string {
  const days = (end - start) / 86_400_000;
  const unit = days > 3 * 365 ? 'year' : days > 90 ? 'month' : 'day';
  return formatRange(isoOf(start, unit), isoOf(end - 1, unit), locale);
}
