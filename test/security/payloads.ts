/**
 * The hostile-payload corpus. Every payload that could run calls `__pwned(name)`, which the
 * tests define on `window` and watch, so a payload that executes anywhere fails the test by name.
 */

/** Text that must reach the page as text. Each is a valid title, so each event must still render. */
export const TEXT_PAYLOADS: readonly string[] = [
  `<script>__pwned('script')</script>`,
  `<img src=x onerror="__pwned('img-onerror')">`,
  `"><img src=x onerror=__pwned('attr-breakout')>`,
  `' onmouseover='__pwned("single-quote")' x='`,
  `<svg onload="__pwned('svg-onload')"><script>__pwned('svg-script')</script></svg>`,
  `<svg><foreignObject><iframe srcdoc="<script>parent.__pwned('foreign-object')</script>"></iframe></foreignObject></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__pwned('mxss')></style></mglyph></table></mtext></math>`,
  `<iframe src="javascript:parent.__pwned('iframe-js')"></iframe>`,
  `<a href="javascript:__pwned('anchor')">click me</a>`,
  `<style>#sentinel{display:none!important}</style>`,
  `</script><script>__pwned('json-ld-breakout')</script>`,
  `<!--<img src=x onerror=__pwned('comment')>-->`,
  `<noscript><p title="</noscript><img src=x onerror=__pwned('noscript')>">`,
  `<details open ontoggle=__pwned('details')>x</details>`,
  `<object data="javascript:__pwned('object')"></object>`,
  `<base href="javascript:__pwned('base')//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:__pwned('meta')">`,
  `<form><button formaction="javascript:__pwned('formaction')">x</button></form>`,
  `<template><img src=x onerror=__pwned('template')></template>`,
  '${__pwned("template-literal")}',
  `{{constructor.constructor('__pwned("angular")')()}}`,
  `javascript:__pwned('text-looks-like-url')`,
  `url(javascript:__pwned('css-url')); background: red`,
  '\u202Egnp.exe\u202C and \u2067right-to-left isolate never closed',
  '\u0000 a null byte, \uFEFF a BOM, \u200B zero width',
  `Z${'\u0336\u0334\u0338'.repeat(300)}algo`,
  '__proto__',
  'constructor',
  'x'.repeat(200_000),
];

/** URLs that must never become a link or an image: every event carrying one is reported and left out. */
export const URL_PAYLOADS: readonly string[] = [
  `javascript:__pwned('js-url')`,
  `JaVaScRiPt:__pwned('js-url-case')`,
  ` javascript:__pwned('js-url-space')`,
  `java\tscript:__pwned('js-url-tab')`,
  `java&#x09;script:__pwned('js-url-entity')`,
  `data:text/html,<script>__pwned('data-html')</script>`,
  `data:image/svg+xml,<svg onload=__pwned('data-svg')>`,
  `vbscript:msgbox('vbscript')`,
  '//evil.example/protocol-relative',
  '/relative/path',
  'https:evil.example',
  'http://',
  `https://example.com/ onerror=__pwned('url-space')`,
  `https://example.com/\n<script>__pwned('url-newline')</script>`,
  'file:///etc/passwd',
  'ftp://example.com/file',
  `https://example.com/${'a'.repeat(3000)}`,
];

/** Colours that try to escape the CSS property they are written into: each group is dropped. */
export const COLOR_PAYLOADS: readonly string[] = [
  `red;background:url(javascript:__pwned('css'))`,
  '#fff;background-image:url(https://evil.example/track.png)',
  `#fff" onload="__pwned('color-attr')`,
  `expression(__pwned('expression'))`,
  'var(--timeline-text-color)',
  '#fff\n',
  'url(https://evil.example/x.png)',
  '#ffff',
];

/** Dates that carry something else. Each event is reported and left out. */
export const DATE_PAYLOADS: readonly string[] = [
  `2023-11-01<script>__pwned('date')</script>`,
  `2023-11-01" onload="__pwned('date-attr')`,
  '2023-11-01T10:30+06:00\u202E',
  '9'.repeat(10_000),
];

/** JSON nested deeper than any recursive walker can follow. */
export function deeplyNested(depth: number): unknown {
  return JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
}

/** Keys that pollute a prototype when copied carelessly; JSON.parse makes them own keys. */
export const POLLUTING_JSON = '{"__proto__":{"pwned":"proto"},"constructor":{"prototype":{"pwned":"ctor"}}}';
