// The embed's stand-in for d3-interpolate (see d3-transition.js beside it).
//
// In the embed, d3-zoom imports `interpolateZoom` for one use: the path of a zoom run as a d3
// transition, and the embed runs none (ZoomController animates along src/layout/zoom-path.ts).
// The other names are imported by d3 modules that the `d3` package re-exports and the embed never
// uses (d3-brush, d3-scale, d3-scale-chromatic); tree-shaking drops them. So none of these is
// ever called, and d3-interpolate itself would bring d3-color's parsers and colour spaces along.
// If the embed ever calls one, it fails loudly rather than computing a wrong value.

function notIncluded() {
  throw new Error('news-timeline embed: d3-interpolate is not included (d3 transitions and scales are not used)');
}

export {
  notIncluded as interpolate,
  notIncluded as interpolateCubehelixLong,
  notIncluded as interpolateNumber,
  notIncluded as interpolateRgb,
  notIncluded as interpolateRgbBasis,
  notIncluded as interpolateRound,
  notIncluded as interpolateString,
  notIncluded as interpolateTransformCss,
  notIncluded as interpolateTransformSvg,
  notIncluded as interpolateZoom,
  notIncluded as piecewise,
};
