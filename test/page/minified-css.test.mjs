// The build minifies the CSS of Lit `css` templates (scripts/minify-css.mjs). Checked here in
// Chromium: the minified sheet parses to exactly the rules of the source, and the built files
// carry the minified text. Needs `npm run build` first (scripts/test.mjs does it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { minifyCss, minifyCssTemplates } from '../../scripts/minify-css.mjs';
import { withBrowser } from './browser.mjs';

const page = withBrowser(8991);
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
/** The static text of each `css` template in a module, with each substitution as one declaration. */
const sheets = (code) => [...code.matchAll(/\bcss\s*`([^`]*)`/g)].map((m) => m[1].replace(/\$\{[^}]*\}/g, '--substituted: 1;'));

/** What Chromium reads each sheet as: the text of its rules, as the CSSOM serialises them. */
async function parsed(texts) {
  const tab = await page.browser.newPage();
  try {
    return await tab.evaluate((texts) => texts.map((text) => {
      const sheet = new CSSStyleSheet();
      // A template of declarations alone (the dark theme's) is read inside a rule.
      sheet.replaceSync(text.trim().startsWith('--') ? `:host { ${text} }` : text);
      return [...sheet.cssRules].map((r) => r.cssText);
    }), texts);
  } finally {
    await tab.close();
  }
}

test('minifyCss(css) parses to the same rules as css, and is at least a fifth smaller', async () => {
  const source = read('src/components/news-timeline/news-timeline.styles.ts');
  const before = sheets(source);
  const after = sheets(minifyCssTemplates(source));
  assert.equal(after.length, before.length);
  assert.ok(before.length >= 2);
  const [a, b] = await Promise.all([parsed(before), parsed(after)]);
  assert.ok(a.every((rules) => rules.length > 0));
  assert.deepEqual(b, a);
  const size = (list) => list.join('').length;
  assert.ok(size(after) < size(before) * 0.8, `${size(after)} of ${size(before)} characters`);
});

test('minifyCss(css) keeps strings, combinators and line breaks, and drops comments and indentation', async () => {
  const cases = [
    ".a::before {\n  content: '  two  spaces  ';\n}",
    '.a /* between */ .b {\n  width: calc(100%  -  2px);\n}',
    '.a\n  .b,\n.c > .d {\n  color: red;\n}',
    ':host(:not([theme="x  y"])) .e :hover {\n  margin: 0 auto ;\n}',
    '@media (forced-colors: active) {\n  .f { fill: CanvasText; }\n}',
    '.g{color:red}/* a comment\n   on two lines */.h{color:blue}',
  ];
  const minified = cases.map(minifyCss);
  assert.deepEqual(await parsed(minified), await parsed(cases));
  assert.equal(minified[0], ".a::before{\ncontent:'  two  spaces  ';\n}");
  assert.equal(minified[1], '.a .b{\nwidth:calc(100% - 2px);\n}');
  assert.equal(minified[5], '.g{color:red}\n.h{color:blue}');
  // Every line break is kept: the module's lines stay where they were.
  cases.forEach((c, i) => assert.equal(minified[i].split('\n').length, c.split('\n').length));
});

test('the built embed and library carry the minified stylesheet', () => {
  for (const file of ['dist/news-timeline.embed.js', 'dist/components/news-timeline/news-timeline.styles.js']) {
    const code = read(file);
    assert.ok(code.includes('.reading-list{\nlist-style:none;'), file);
    assert.ok(!code.includes('The reading list is never seen'), `${file} still has the stylesheet's comments`);
  }
});
