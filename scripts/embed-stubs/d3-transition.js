// The embed's stand-in for d3-transition (rollup.config.mjs puts it in place of the package).
//
// d3-zoom imports d3-transition for one thing: to stop a running transition (`interrupt`) when a
// gesture begins or a transform is set. news-timeline runs no d3 transition: ZoomController
// animates on requestAnimationFrame and the overview brush is its own. So there is never one to
// stop, and the embed can leave out d3-transition and what it brings (d3-interpolate, d3-color,
// d3-ease, d3-timer). The library build (dist/index.js) keeps d3 as a dependency and is
// unchanged; test/page/embed.test.mjs drives the embed's zoom, pan and overview.
import { selection } from 'd3-selection';

/** No d3 transition ever runs in the embed, so there is nothing to interrupt. */
export function interrupt() {}

selection.prototype.interrupt = function () {
  return this;
};
