// Minifies the CSS in Lit `css` templates at build time (see rollup.config.mjs): about a third of
// the stylesheet's bytes are comments and indentation, shipped in every embed.
//
// Only what cannot change how a browser parses the sheet: comments go (CSS drops them when it
// reads the sheet), indentation goes, a run of spaces becomes one, spaces next to "{", "}" and ";"
// go, and so do spaces after ":" (in a selector a colon is never followed by a space). Quoted
// strings stay as written. Line breaks stay too, so that every line of the module keeps its place
// and the TypeScript source map stays true without remapping.
// test/page/minified-css.test.mjs checks, in Chromium, that the minified sheet parses to the same
// rules as the source.

const TOKENS = /('(?:\\[\s\S]|[^'\\])*'|"(?:\\[\s\S]|[^"\\])*")|(\/\*[\s\S]*?\*\/)|(\s+)|([^'"/\s]+|\/)/g;
const TIGHT = /[{};]/;

/**
 * `css` minified as above. A piece of a template between `${…}` substitutions is minified on its
 * own: a space at either end of it is kept (it may stand between a selector and a substitution).
 * @param {string} css
 * @returns {string}
 */
export function minifyCss(css) {
  const tokens = css.match(TOKENS) ?? [];
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.startsWith('/*')) {
      out += '\n'.repeat(lineBreaks(token));
      continue;
    }
    if (!/^\s/.test(token)) {
      out += token;
      continue;
    }
    const breaks = lineBreaks(token);
    if (breaks) {
      out += '\n'.repeat(breaks);
      continue;
    }
    // Between two tokens (past any comment), a space is needed unless one side is { } or ;, or
    // it follows a colon, or one was just written (before a comment).
    if (out.endsWith(' ')) continue;
    const before = out.replace(/\n+$/, '').slice(-1);
    let j = i + 1;
    while (j < tokens.length && tokens[j].startsWith('/*')) j++;
    const after = tokens[j]?.[0];
    if (before === '' || after === undefined) out += ' ';
    else if (!TIGHT.test(before) && !TIGHT.test(after) && before !== ':') out += ' ';
  }
  return out;
}

const lineBreaks = (text) => text.split('\n').length - 1;

/**
 * `code` (a module's source) with the static text of every `css\`…\`` template minified; `${…}`
 * substitutions are left as they are. Returns `null` when the module has no such template.
 * @param {string} code
 * @returns {string | null}
 */
export function minifyCssTemplates(code) {
  // TypeScript writes the tag as `css \``, with a space.
  if (!/\bcss\s*`/.test(code)) return null;
  return code.replace(/\bcss\s*`([^`]*)`/g, (_, body) => `css\`${body.split(/(\$\{[^}]*\})/).map((part, i) => (i % 2 ? part : minifyCss(part))).join('')}\``);
}
