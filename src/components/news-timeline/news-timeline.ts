import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { scaleUtc } from 'd3';
import type { Locale } from 'date-fns';
import { parseTimeline, type ParseResult, type TimelineIssue } from '../../schema/parse.js';
import { parseDate } from '../../schema/date.js';
import type { TimelineDocument, TimelineEvent } from '../../schema/types.js';
import { formatRange, formatTick, tickUnit } from '../../time/format.js';
import { resolveLocale } from '../../time/locale.js';
import { layoutAxis, type AxisTick } from '../../layout/axis.js';
import { layoutTimeline, type LaneLayout, type MarkLayout, type TimelineLayout } from '../../layout/lanes.js';
import { timeExtent } from '../../layout/scale.js';
import { estimateText, truncateText, type MeasureText } from '../../layout/text.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { TimelineSelectEvent } from '../../events/timeline-select.js';
import { TimelineErrorEvent, type TimelineErrorCode } from '../../events/timeline-error.js';
import { TimelineLoadEvent } from '../../events/timeline-load.js';
import { styles } from './news-timeline.styles.js';
import { safeHref } from './safe-url.js';
import { DEFAULT_STRINGS, type TimelineStrings } from './strings.js';

const MARGIN = { left: 16, right: 16 };
const AXIS_HEIGHT = 30;
const ERA_HEIGHT = 20;

type LoadState =
  | { kind: 'idle' }
  | { kind: 'loading'; url: string }
  | { kind: 'failed'; url: string; code: TimelineErrorCode; message: string; status?: number };

/**
 * An interactive timeline of news events.
 *
 * Give it a document through the `data` property, an array through `events`, or a URL through
 * `src`. Invalid events are left out and reported in the element and through `timeline-error`;
 * the valid ones still render. Event text is always rendered as text.
 *
 * @tag news-timeline
 *
 * @event {TimelineSelectEvent} timeline-select - An event was selected, or the selection cleared. `detail: { id, event }`.
 * @event {TimelineLoadEvent} timeline-load - New data was validated and is about to render. `detail: { document, issues }`.
 * @event {TimelineErrorEvent} timeline-error - Data could not be loaded, or some of it was invalid. `detail: { code, message, issues, status? }`.
 *
 * @csspart base - The wrapper of everything inside.
 * @csspart caption - The document's title.
 * @csspart description - The document's description.
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
 * @csspart detail - The card that shows the selected event.
 * @csspart close-button - The detail card's close button.
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
 */
export class NewsTimeline extends LitElement {
  static override styles = styles;

  static override properties = {
    data: { attribute: false },
    events: { attribute: false },
    src: { reflect: true },
    start: { reflect: true },
    end: { reflect: true },
    locale: { reflect: true },
    selected: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: { attribute: false },
    _fetched: { state: true },
    _load: { state: true },
    _focusId: { state: true },
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

  /** Shows the time from this date (a `DateString`) instead of the data's first event. */
  start: string | undefined = undefined;

  /** Shows the time up to this date (a `DateString`) instead of the data's last event. */
  end: string | undefined = undefined;

  /**
   * Language for dates and UI strings, as a BCP 47 tag. Defaults to the nearest `lang`
   * attribute, then the document's `locale`, then `en-GB`.
   */
  locale: string | undefined = undefined;

  /** The id of the selected event, or `null`. Setting it selects without firing `timeline-select`. */
  selected: string | null = null;

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

  private _fetched: unknown = undefined;
  private _load: LoadState = { kind: 'idle' };
  private _focusId: string | null = null;

  private readonly _resize = new ResizeController(this);
  private _abort?: AbortController;
  private _result?: ParseResult;
  private _layout?: TimelineLayout;
  private _ticks: AxisTick[] = [];
  private _x = scaleUtc();
  private _dateLocale: Locale = resolveLocale(undefined);
  private _strings: TimelineStrings = DEFAULT_STRINGS;
  private _measure: MeasureText = estimateText();
  private _width = 0;
  private _announce: Event[] = [];
  private _restoreFocus = false;
  private _fetchCount = 0;

  /** Selects the event with this id, reveals its detail and fires `timeline-select`. Returns whether it exists. */
  select(id: string): boolean {
    const mark = this._layout?.marks.find((m) => m.id === id) ?? this._findEvent(id);
    if (!mark) return false;
    this._setSelection(id, true);
    return true;
  }

  /** Clears the selection and closes the detail, firing `timeline-select` with `id: null`. */
  clearSelection(): void {
    if (this.selected === null) return;
    this._setSelection(null, true);
  }

  /** Fetches `src` again (after a network failure, say). */
  reload(): void {
    if (this.src) this._fetch(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._abort?.abort();
    this._abort = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A fetch aborted by a detach is started again on re-attach.
    if (this.src && this._load.kind === 'loading') this._fetch(this.src);
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
    if (changed.has('strings')) this._strings = { ...DEFAULT_STRINGS, ...this.strings };

    const inputChanged = changed.has('data') || changed.has('events') || changed.has('_fetched' as keyof NewsTimeline) || changed.has('src');
    if (inputChanged || !this._result) this._parse();

    const width = Math.max(0, this._resize.width - MARGIN.left - MARGIN.right);
    const lang = this.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? this._result?.document.locale;
    const dateLocale = resolveLocale(lang);
    if (inputChanged || width !== this._width || dateLocale !== this._dateLocale || changed.has('start') || changed.has('end') || !this._layout) {
      this._width = width;
      this._dateLocale = dateLocale;
      this._measure = this._textMeasurer();
      this._computeLayout();
    }
    if (this._focusId === null || !this._layout?.marks.some((m) => m.id === this._focusId)) {
      this._focusId = this.selected ?? this._layout?.marks[0]?.id ?? null;
    }
  }

  protected override updated(): void {
    const queued = this._announce;
    this._announce = [];
    for (const event of queued) this.dispatchEvent(event);
    if (this._restoreFocus) {
      this._restoreFocus = false;
      const target = this.selected
        ? this.renderRoot.querySelector<HTMLElement>('.detail')
        : this.renderRoot.querySelector<SVGElement>(`.mark[data-id="${CSS.escape(this._focusId ?? '')}"]`);
      target?.focus();
    }
  }

  private _parse(): void {
    let input: unknown;
    if (this.src) input = this._fetched;
    else if (this.events !== undefined) {
      const base = typeof this.data === 'object' && this.data !== null && !Array.isArray(this.data) ? this.data : {};
      input = { ...base, events: this.events };
    } else input = this.data;
    if (input === undefined) {
      this._result = undefined;
      return;
    }
    const result = parseTimeline(input);
    this._result = result;
    this._announce.push(new TimelineLoadEvent({ document: result.document, issues: result.issues }));
    if (result.errors.length) {
      this._announce.push(new TimelineErrorEvent({ code: 'invalid-data', message: this._issuesSummary(result), issues: result.errors }));
    }
    for (const warning of result.issues) if (warning.severity === 'warning') console.warn(`<news-timeline>: ${warning.message}`);
    if (this.selected !== null && !result.document.events.some((e) => e.id === this.selected)) this.selected = null;
  }

  private _computeLayout(): void {
    const doc = this._result?.document;
    if (!doc || this._width <= 0) {
      this._layout = undefined;
      this._ticks = [];
      return;
    }
    const extent = timeExtent(doc) ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
    const from = parseDate(this.start)?.start ?? extent[0];
    const to = parseDate(this.end)?.end ?? extent[1];
    this._x = scaleUtc().domain([new Date(from), new Date(Math.max(to, from + 1))]).range([0, this._width]);
    const x = (ms: number) => this._x(ms);
    const lo = from;
    const hi = to;
    const inView = doc.events.filter((e) => {
      const s = parseDate(e.start)!;
      const en = e.end ? parseDate(e.end)! : s;
      return en.end >= lo && s.start <= hi;
    });
    this._layout = layoutTimeline({
      events: inView,
      groups: doc.groups,
      x,
      width: this._width,
      measure: this._measure,
      otherLabel: this._strings.otherLane,
    });
    const locale = this._dateLocale;
    this._ticks = layoutAxis({
      ticks: (count) => this._x.ticks(count).map((d) => d.getTime()),
      x,
      label: (ms) => formatTick(ms, tickUnit(ms), locale),
      width: this._width,
      measure: (t) => this._measure(t) * 0.92,
    });
  }

  private _textMeasurer(): MeasureText {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) return estimateText();
    const style = getComputedStyle(this);
    ctx.font = `${style.fontSize} ${style.fontFamily}`;
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
    const fetchId = ++this._fetchCount;
    this._load = { kind: 'loading', url };
    this._fetched = undefined;
    const fail = (code: TimelineErrorCode, message: string, status?: number) => {
      if (fetchId !== this._fetchCount) return;
      this._load = { kind: 'failed', url, code, message, ...(status !== undefined && { status }) };
      this._announce.push(new TimelineErrorEvent({ code, message, issues: [], ...(status !== undefined && { status }) }));
      this.requestUpdate();
    };
    fetch(url, { signal: abort.signal, headers: { Accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) return fail('http-error', this._strings.httpError(response.status), response.status);
        const text = await response.text();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return fail('invalid-json', this._strings.invalidJson);
        }
        if (fetchId !== this._fetchCount) return;
        this._load = { kind: 'idle' };
        this._fetched = json;
      })
      .catch((error: unknown) => {
        if ((error as Error)?.name === 'AbortError') return;
        fail('fetch-failed', this._strings.fetchFailed);
      });
  }

  private _findEvent(id: string): TimelineEvent | undefined {
    return this._result?.document.events.find((e) => e.id === id);
  }

  private _setSelection(id: string | null, notify: boolean): void {
    if (id !== null) this._focusId = id;
    this.selected = id;
    this._restoreFocus = true;
    if (notify) {
      const event = id === null ? null : this._findEvent(id) ?? null;
      this._announce.push(new TimelineSelectEvent({ id, event }));
    }
  }

  private _issuesSummary(result: ParseResult): string {
    const dropped = new Set(result.errors.map((e) => /^(events|groups|eras)\[\d+\]/.exec(e.path)?.[0] ?? e.path));
    const events = [...dropped].filter((p) => p.startsWith('events')).length;
    const others = dropped.size - events;
    return this._strings.leftOut(events, others);
  }

  private _laneOf(mark: MarkLayout): LaneLayout | undefined {
    return this._layout?.lanes.find((l) => l.id === mark.lane);
  }

  private _accessibleName(mark: MarkLayout): string {
    const lane = this._laneOf(mark);
    const date = formatRange(mark.event.start, mark.event.end, this._dateLocale);
    return lane?.label ? `${date}, ${lane.label}: ${mark.event.title}` : `${date}: ${mark.event.title}`;
  }

  private _onMarkKeydown(event: KeyboardEvent, mark: MarkLayout): void {
    const marks = this._layout?.marks ?? [];
    const index = marks.indexOf(mark);
    let next: MarkLayout | undefined;
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        this._setSelection(this.selected === mark.id ? null : mark.id, true);
        return;
      case 'Escape':
        if (this.selected !== null) {
          event.preventDefault();
          this._setSelection(null, true);
        }
        return;
      case 'ArrowRight':
      case 'ArrowDown':
        next = marks[index + 1];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = marks[index - 1];
        break;
      case 'Home':
        next = marks[0];
        break;
      case 'End':
        next = marks[marks.length - 1];
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) {
      this._focusId = next.id;
      this.updateComplete.then(() => {
        this.renderRoot.querySelector<SVGElement>(`.mark[data-id="${CSS.escape(next!.id)}"]`)?.focus();
      });
    }
  }

  private _onDetailKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this._setSelection(null, true);
    }
  }

  protected override render(): TemplateResult {
    const doc = this._result?.document;
    const s = this._strings;
    return html`
      <div part="base" class="base">
        ${doc?.title ? html`<p part="caption" class="caption">${doc.title}</p>` : nothing}
        ${doc?.description ? html`<p part="description" class="description">${doc.description}</p>` : nothing}
        ${this._renderStatus()}
        ${this._layout ? this._renderChart(this._layout) : nothing}
        ${this._renderDetail()}
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

  private _renderChart(layout: TimelineLayout): TemplateResult {
    const doc = this._result!.document;
    const width = this._width + MARGIN.left + MARGIN.right;
    const eraBand = doc.eras?.length ? ERA_HEIGHT : 0;
    const top = AXIS_HEIGHT + eraBand;
    const height = top + layout.height;
    const chartLabel = this._strings.chartLabel(doc.title, layout.marks.length);
    return html`
      <div class="plot">
        <svg part="chart" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group" aria-label=${chartLabel}>
          <g transform="translate(${MARGIN.left},0)">
            ${this._renderEras(height, eraBand)}
            ${this._renderAxis(height)}
            <g transform="translate(0,${top})">
              ${repeat(layout.lanes, (l) => l.id, (lane) => this._renderLane(lane, layout))}
            </g>
          </g>
        </svg>
      </div>
    `;
  }

  private _renderEras(height: number, band: number) {
    const eras = this._result?.document.eras ?? [];
    if (!eras.length) return nothing;
    return svg`<g class="eras" aria-hidden="true">
      ${eras.map((era) => {
        const s = parseDate(era.start)!;
        const e = parseDate(era.end)!;
        const x1 = Math.max(0, this._x(s.start));
        const x2 = Math.min(this._width, this._x(e.end));
        if (x2 <= x1) return nothing;
        const label = truncateText(era.label, x2 - x1 - 8, this._measure);
        return svg`<g class="era" part="era">
          <rect x=${x1} y=${AXIS_HEIGHT} width=${x2 - x1} height=${height - AXIS_HEIGHT}></rect>
          ${label ? svg`<text x=${x1 + 4} y=${AXIS_HEIGHT + band - 6}>${label}</text>` : nothing}
        </g>`;
      })}
    </g>`;
  }

  private _renderAxis(height: number) {
    return svg`<g class="axis" part="axis" aria-hidden="true">
      <line class="domain" x1="0" x2=${this._width} y1=${AXIS_HEIGHT - 0.5} y2=${AXIS_HEIGHT - 0.5}></line>
      ${this._ticks.map(
        (t) => svg`<line x1=${t.x} x2=${t.x} y1=${AXIS_HEIGHT - 6} y2=${height}></line>
          <text x=${t.x} y=${AXIS_HEIGHT - 10} text-anchor="middle">${t.label}</text>`,
      )}
    </g>`;
  }

  private _renderLane(lane: LaneLayout, layout: TimelineLayout) {
    const marks = layout.marks.filter((m) => m.lane === lane.id);
    return svg`<g class="lane" part="lane" role="group" aria-label=${lane.label || this._strings.eventsLane}>
      <line class="lane-rule" x1="0" x2=${this._width} y1=${lane.y + 0.5} y2=${lane.y + 0.5}></line>
      ${lane.label
        ? svg`<g aria-hidden="true"><rect x="0" y=${lane.y + 7} width="10" height="10" rx="2" fill=${lane.color}></rect>
            <text class="lane-label" part="lane-label" x="16" y=${lane.y + 16}>${lane.label}</text></g>`
        : nothing}
      ${repeat(marks, (m) => m.id, (m) => this._renderMark(m, lane))}
    </g>`;
  }

  private _renderMark(mark: MarkLayout, lane: LaneLayout) {
    const selected = this.selected === mark.id;
    const r = 6;
    const left = mark.labelAnchor === 'start' ? mark.x - r : Math.min(mark.x - r, mark.labelX - mark.labelWidth);
    const right = mark.labelAnchor === 'start' ? Math.max(mark.x2 + (mark.kind === 'point' ? r : 0), mark.labelX + mark.labelWidth) : mark.x + r;
    const h = 24;
    return svg`<g class="mark" part="mark" role="button" data-id=${mark.id}
        tabindex=${this._focusId === mark.id ? 0 : -1}
        aria-label=${this._accessibleName(mark)}
        aria-expanded=${selected ? 'true' : 'false'}
        aria-controls=${selected ? 'detail' : nothing}
        @click=${() => this._setSelection(selected ? null : mark.id, true)}
        @keydown=${(e: KeyboardEvent) => this._onMarkKeydown(e, mark)}
        @focus=${() => (this._focusId = mark.id)}>
      <rect class="hit selection" x=${left - 3} y=${mark.y - h / 2} width=${right - left + 6} height=${h} rx="4"></rect>
      ${mark.kind === 'range'
        ? svg`<rect class="range" x=${mark.x} y=${mark.y - 5} width=${mark.x2 - mark.x} height="10" rx="2" fill=${lane.color}></rect>
              <rect class="range-edge" x=${mark.x} y=${mark.y - 7} width="3" height="14" fill=${lane.color}></rect>`
        : svg`<circle class="point" cx=${mark.x} cy=${mark.y} r=${r} fill=${lane.color}></circle>`}
      <text class="label" x=${mark.labelX} y=${mark.y} dy="0.35em" text-anchor=${mark.labelAnchor}>${mark.label}</text>
      <rect class="ring" x=${left - 3} y=${mark.y - h / 2} width=${right - left + 6} height=${h} rx="4"></rect>
    </g>`;
  }

  private _renderDetail(): TemplateResult | typeof nothing {
    const id = this.selected;
    const event = id === null ? undefined : this._findEvent(id);
    if (!event) return nothing;
    const s = this._strings;
    const mark = this._layout?.marks.find((m) => m.id === id);
    const lane = mark ? this._laneOf(mark) : undefined;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    const image = event.media?.find((m) => m.type === 'image');
    const imageUrl = image ? safeHref(image.url, ['http:', 'https:']) : undefined;
    return html`<section id="detail" part="detail" class="detail" tabindex="-1" aria-labelledby="detail-title"
        style=${styleMap(lane ? { '--_lane-color': lane.color } : {})}
        @keydown=${this._onDetailKeydown}>
      <button part="close-button" class="close" type="button" aria-label=${s.close} @click=${() => this.clearSelection()}>×</button>
      <p class="date">
        ${lane?.label ? html`<span class="lane-name">${lane.label}</span> · ` : nothing}
        <time datetime=${event.start}>${formatRange(event.start, event.end, this._dateLocale)}</time>
        ${event.displayDate ? html` · <span class="display-date">${s.displayDate(event.displayDate)}</span>` : nothing}
      </p>
      <div id="detail-title" class="title" role="heading" aria-level=${level}>${event.title}</div>
      ${imageUrl && image
        ? html`<figure>
            <img src=${imageUrl} alt=${image.alt ?? ''} loading="lazy" decoding="async" referrerpolicy="no-referrer" />
            ${image.caption || image.credit ? html`<figcaption>${image.caption ?? ''}${image.credit ? html` <span class="credit">${image.credit}</span>` : nothing}</figcaption>` : nothing}
          </figure>`
        : nothing}
      ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
      ${event.place || event.actors?.length
        ? html`<dl class="meta">
            ${event.place ? html`<div><dt>${s.place}:</dt> <dd>${event.place.name}</dd></div>` : nothing}
            ${event.actors?.length
              ? html`<div><dt>${s.actors}:</dt> <dd>${event.actors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ')}</dd></div>`
              : nothing}
          </dl>`
        : nothing}
      ${event.notes?.length
        ? html`<ul class="notes">
            ${event.notes.map((n) => html`<li><strong>${s.noteType[n.type]}:</strong> ${n.text}</li>`)}
          </ul>`
        : nothing}
      ${event.sources?.length
        ? html`<div class="sources-heading" role="heading" aria-level=${Math.min(6, level + 1)}>${s.sources}</div>
            <ol class="sources">
              ${event.sources.map((src) => {
                const href = src.url ? safeHref(src.url) : undefined;
                const published = src.published ? parseDate(src.published) : undefined;
                return html`<li>
                  ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${src.title}</a>` : src.title}${src.publisher ? html`, ${src.publisher}` : nothing}${published
                    ? html`, <time datetime=${src.published!}>${formatRange(src.published!, undefined, this._dateLocale)}</time>`
                    : nothing}
                </li>`;
              })}
            </ol>`
        : nothing}
    </section>`;
  }
}
