// The documentation audit: every --timeline-* custom property the element reads is documented in
// its class JSDoc (@cssproperty) and in the README's table. Reads the sources from disk (the
// browser suite only sees them compiled, without comments).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('every --timeline-* property the element reads is documented in its JSDoc and the README', () => {
  const styles = read('src/components/news-timeline/news-timeline.styles.ts');
  const element = read('src/components/news-timeline/news-timeline.ts');
  const readme = read('README.md');
  const code = element.replace(/\/\*[^]*?\*\//g, '').replace(/\/\/.*$/gm, ''); // code, not comments
  const used = new Set([...`${styles}\n${code}`.matchAll(/--timeline-[a-z0-9-]+/g)].map((m) => m[0].replace(/-\d$/, '-1')));
  assert.ok(used.size > 20, `found only ${used.size}`);
  for (const name of used) {
    assert.ok(element.includes(`@cssproperty ${name} `), `@cssproperty ${name} is missing`);
    assert.ok(readme.includes(`\`${name}\``), `README does not list ${name}`);
  }
  // And nothing is documented that the element does not read.
  const documented = [...element.matchAll(/@cssproperty (--timeline-[a-z0-9-]+)/g)].map((m) => m[1]);
  for (const name of documented) assert.ok(used.has(name), `${name} is documented but never read`);
});
