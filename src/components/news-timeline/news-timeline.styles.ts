import { css } from 'lit';

/** The dark theme's defaults: used with theme="dark", and with theme="auto" on a dark system. */
const dark = css`
  --_text: var(--timeline-text-color, #ececea);
  --_muted: var(--timeline-muted-color, #b5b5b0);
  --_bg: var(--timeline-background, #161616);
  --_surface: var(--timeline-surface-color, #222221);
  --_border: var(--timeline-border-color, #48484a);
  --_grid: var(--timeline-grid-color, #2c2c2b);
  --_era: var(--timeline-era-color, rgba(200, 200, 190, 0.08));
  --_accent: var(--timeline-accent-color, #ff8a80);
  --_focus: var(--timeline-focus-color, #8ab4f8);
  --_link: var(--timeline-link-color, #8ab4f8);
  --_error: var(--timeline-error-color, #ff8a80);
  --_palette-1: var(--timeline-palette-1, #56B4E9);
  --_palette-2: var(--timeline-palette-2, #F08A4B);
  --_palette-3: var(--timeline-palette-3, #2BC79A);
  --_palette-4: var(--timeline-palette-4, #DB8FBC);
  --_palette-5: var(--timeline-palette-5, #C9BC3A);
  --_palette-6: var(--timeline-palette-6, #9BA6F0);
  --_palette-7: var(--timeline-palette-7, #D9A441);
  --_palette-8: var(--timeline-palette-8, #5FB7C7);
  color-scheme: dark;
`;

export const styles = css`
  :host {
    --_text: var(--timeline-text-color, #1a1a1a);
    --_muted: var(--timeline-muted-color, #595959);
    --_bg: var(--timeline-background, #ffffff);
    --_surface: var(--timeline-surface-color, #f5f5f3);
    --_border: var(--timeline-border-color, #d0d0cc);
    --_grid: var(--timeline-grid-color, #e6e6e2);
    --_era: var(--timeline-era-color, rgba(120, 120, 110, 0.09));
    --_accent: var(--timeline-accent-color, #b3261e);
    --_focus: var(--timeline-focus-color, #0b57d0);
    --_link: var(--timeline-link-color, #0b57d0);
    --_error: var(--timeline-error-color, #b3261e);
    --_radius: var(--timeline-radius, 6px);
    --_font-size: var(--timeline-font-size, 13px);
    --_heading-font: var(--timeline-heading-font-family, inherit);
    /* Lane colours for groups without one (colour-blind-safe; 4.5:1 on the background). */
    --_palette-1: var(--timeline-palette-1, #0072B2);
    --_palette-2: var(--timeline-palette-2, #C04F00);
    --_palette-3: var(--timeline-palette-3, #007A5A);
    --_palette-4: var(--timeline-palette-4, #A3367A);
    --_palette-5: var(--timeline-palette-5, #6E6200);
    --_palette-6: var(--timeline-palette-6, #4F5BB0);
    --_palette-7: var(--timeline-palette-7, #8A5A00);
    --_palette-8: var(--timeline-palette-8, #2F7D8C);

    display: block;
    position: relative;
    box-sizing: border-box;
    min-height: 4rem;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--timeline-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--_font-size);
    line-height: var(--timeline-line-height, 1.4);
    contain: layout paint;
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .caption {
    margin: 0 0 0.5rem;
    font-family: var(--_heading-font);
    font-size: var(--timeline-title-font-size, 1.15em);
    font-weight: var(--timeline-heading-font-weight, 650);
  }

  .description {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }

  .plot {
    position: relative;
    width: 100%;
    overflow: hidden;
  }

  svg {
    display: block;
    overflow: visible;
    font: inherit;
  }

  text {
    fill: var(--_text);
    font-size: var(--_font-size);
  }

  .axis .context {
    fill: var(--_text);
    font-weight: 600;
  }

  .zoom-surface {
    cursor: grab;
  }

  .zoom-surface:active {
    cursor: grabbing;
  }

  .zoom-bg {
    fill: transparent;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    margin: 0 0 0.4rem;
  }

  .controls button {
    min-width: 32px;
    min-height: 32px;
    font-size: 1em;
    line-height: 1;
  }

  .controls button[disabled] {
    opacity: 0.45;
    cursor: default;
  }

  .controls .hint {
    color: var(--_muted);
    font-size: 0.85em;
    margin-inline-start: 0.4rem;
  }

  .overview {
    position: relative;
    margin-top: 0.25rem;
    height: 40px;
  }

  .overview canvas {
    position: absolute;
    top: 0;
    background: var(--_surface);
  }

  /* Right to left, the overview's drawing is reflected like the chart (its brush is reflected in SVG). */
  .overview.rtl canvas {
    transform: scaleX(-1);
  }

  .overview svg {
    position: absolute;
    top: 0;
    left: 0;
    display: block;
    /* Sideways drags brush the window; an upward or downward swipe still scrolls the page. */
    touch-action: pan-y;
  }

  .story-more {
    display: block;
    width: 100%;
    margin: 0.5rem 0;
    min-height: 44px;
  }

  .overview .selection {
    fill: var(--timeline-brush-color, var(--_focus));
    fill-opacity: 0.15;
    stroke: var(--timeline-brush-color, var(--_focus));
    stroke-width: 1.5;
  }

  .story {
    list-style: none;
    margin: 0;
    padding: 0 0 0 1.1rem;
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 0.4rem;
  }

  .story-item {
    position: relative;
    padding-top: var(--_gap, 4px);
  }

  .story-item::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-1.1rem - 7px);
    margin-top: 0.9rem;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_lane-color);
    border: 2px solid var(--_bg);
  }

  .story-date {
    margin: 0 0 0.2rem;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }

  .card {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.15rem;
    width: 100%;
    min-height: 44px;
    padding: var(--timeline-card-padding, 0.55rem 0.75rem);
    text-align: start;
    border-inline-start: 4px solid var(--_lane-color);
    background: var(--_surface);
  }

  .card[aria-expanded='true'] {
    border-color: var(--_lane-color);
    box-shadow: 0 0 0 1px var(--_lane-color);
  }

  .card-lane {
    color: var(--_muted);
    font-size: 0.85em;
  }

  .card-title {
    font-family: var(--_heading-font);
    font-weight: var(--timeline-heading-font-weight, 600);
    font-size: 1.05em;
  }

  .card-display-date {
    color: var(--_muted);
    font-size: 0.9em;
    font-style: italic;
  }

  .vertical .detail {
    margin-top: 0.4rem;
  }

  .walk {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 0.8rem;
  }

  .walk button {
    min-height: 36px;
  }

  .walk button[disabled] {
    opacity: 0.45;
    cursor: default;
  }

  .walk .position {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .detail .media {
    margin: 0 0 0.6rem;
    padding-inline-start: 1.2rem;
  }

  .axis text {
    fill: var(--_muted);
    font-size: 0.92em;
    font-variant-numeric: tabular-nums;
  }

  .axis line,
  .grid line {
    stroke: var(--_grid);
    shape-rendering: crispEdges;
  }

  .axis .domain {
    stroke: var(--_border);
    shape-rendering: crispEdges;
  }

  .era rect {
    fill: var(--_era);
  }

  .era text {
    fill: var(--_muted);
    font-size: 0.85em;
    font-style: italic;
  }

  .lane-label {
    font-weight: 650;
    font-size: 0.92em;
    letter-spacing: 0.01em;
  }

  .lane-rule {
    stroke: var(--_border);
    shape-rendering: crispEdges;
  }

  .mark {
    cursor: pointer;
    outline: none;
  }

  .mark .hit {
    fill: transparent;
  }

  .mark .range {
    fill-opacity: 0.22;
  }

  .mark .range-edge {
    fill-opacity: 1;
  }

  .mark:focus-visible .label {
    text-decoration: underline;
  }

  .mark .point {
    stroke: var(--_bg);
    stroke-width: 1.5;
  }

  /* Uncertain dates (EDTF ? or %): a hollow, dashed marker. */
  .mark.uncertain .point,
  .mark.both .point,
  .mark.uncertain .range-edge,
  .mark.both .range-edge {
    fill-opacity: 0.3;
    stroke: var(--_text);
    stroke-width: 1.25;
    stroke-dasharray: 2 2;
  }

  .mark .spread {
    pointer-events: none;
  }

  .mark:hover .label {
    text-decoration: underline;
  }

  .mark:focus-visible .hit,
  .cluster:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 2;
  }

  .cluster {
    cursor: zoom-in;
    outline: none;
  }

  /* The box and count are drawn on the canvas under the chart; this is the button's hit area. */
  .cluster .hit {
    fill: transparent;
  }

  canvas.clusters {
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: none;
  }

  /* Over the chart while the reader zooms a dense chart; the SVG marks wait, hidden. */
  canvas.marks {
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: none;
  }

  .canvas-marks .lane-content {
    visibility: hidden;
  }

  .plot > svg {
    position: relative;
  }

  /* Underlined, not bold: a bolder label would be wider than the space the layout gave it. */
  .mark[aria-expanded='true'] .label {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 2px;
  }

  .mark[aria-expanded='true'] .point,
  .mark[aria-expanded='true'] .range-edge {
    stroke: var(--_text);
    stroke-width: 2;
  }

  .mark[aria-expanded='true'] .hit {
    fill: var(--_accent);
    fill-opacity: 0.1;
  }

  .status,
  .error,
  .issues {
    margin: 0 0 0.75rem;
    padding: 0.6rem 0.8rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
  }

  .error,
  .issues {
    border-color: var(--_error);
    border-inline-start-width: 4px;
  }

  .error strong,
  .issues strong {
    color: var(--_error);
  }

  .issues ul {
    margin: 0.4rem 0 0;
    padding-inline-start: 1.2rem;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  button {
    font: inherit;
    color: inherit;
    min-width: 24px;
    min-height: 24px;
    padding: 0.25rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }

  button:focus-visible,
  a:focus-visible,
  .detail:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .detail {
    position: relative;
    margin-top: 0.75rem;
    padding: var(--timeline-detail-padding, 0.9rem 1rem 1rem);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_lane-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
    max-width: var(--timeline-detail-max-width, 46rem);
  }

  .detail .close {
    position: absolute;
    inset-inline-end: 0.5rem;
    top: 0.5rem;
    width: 32px;
    height: 32px;
    padding: 0;
    font-size: 1.2em;
    line-height: 1;
  }

  .detail .date {
    margin-block: 0 0.2rem;
    margin-inline: 0 2.5rem;
    color: var(--_muted);
    font-size: 0.92em;
  }

  .detail .lane-name {
    font-weight: 600;
  }

  .detail .title {
    margin-block: 0 0.5rem;
    margin-inline: 0 2.5rem;
    font-family: var(--_heading-font);
    font-size: var(--timeline-detail-title-font-size, 1.2em);
    font-weight: var(--timeline-heading-font-weight, 700);
    line-height: 1.25;
  }

  .detail p {
    margin: 0 0 0.6rem;
  }

  .detail .meta {
    color: var(--_muted);
  }

  .detail .meta dt {
    display: inline;
    font-weight: 600;
  }

  .detail .meta dd {
    display: inline;
    margin: 0;
  }

  .detail .meta div {
    margin-bottom: 0.15rem;
  }

  .detail .notes {
    list-style: none;
    padding: 0;
    margin: 0 0 0.6rem;
  }

  .detail .notes li {
    padding: 0.4rem 0.6rem;
    margin-bottom: 0.3rem;
    border-radius: var(--_radius);
    background: var(--_bg);
    border: 1px dashed var(--_border);
  }

  .detail .sources-heading {
    margin: 0.6rem 0 0.3rem;
    font-weight: 650;
    font-size: 0.95em;
  }

  .detail ol {
    margin: 0;
    padding-inline-start: 1.3rem;
  }

  .detail li {
    margin-bottom: 0.2rem;
  }

  a {
    color: var(--_link);
    overflow-wrap: anywhere;
  }

  figure {
    margin: 0 0 0.6rem;
  }

  figure img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }

  figcaption {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The reading list is never seen: a marker and a block box per item cost the first frame's layout
     about 20 ms at 400 items, for nothing. Its items stay list items (role="list" on the list keeps
     that in WebKit, which drops it when list-style is none). */
  .reading-list {
    list-style: none;
  }
  .reading-list > li {
    display: inline;
  }

  @media (forced-colors: active) {
    .mark .point,
    .mark .range-edge {
      fill: CanvasText;
    }
    .mark .range {
      fill: GrayText;
    }
    .mark:focus-visible .hit,
    .cluster:focus-visible .hit {
      stroke: Highlight;
    }
    .cluster .hit {
      fill: ButtonFace;
      stroke: ButtonText;
    }
    canvas.clusters {
      display: none;
    }
    text {
      fill: CanvasText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }

  .print-list {
    display: none;
  }

  @media print {
    .controls,
    .plot,
    .overview,
    .story,
    .story-more,
    .detail {
      display: none !important;
    }
    .print-list {
      display: block;
      padding-inline-start: 1.2rem;
      color: #000;
    }
    .print-list li {
      break-inside: avoid;
      margin-bottom: 0.6rem;
    }
    .print-list p {
      margin: 0 0 0.15rem;
    }
    .print-date,
    .print-sources {
      color: #444;
      font-size: 0.9em;
    }
    .print-title {
      font-weight: 700;
    }
  }

  /* Text in its own direction (dir="auto") still lines up with the element's: an English title in
     an Arabic timeline is set left to right but aligned right, like the text around it. */
  .base[dir='rtl'] [dir='auto'] {
    text-align: right;
  }

  .base[dir='ltr'] [dir='auto'] {
    text-align: left;
  }
`;
