// What a screen reader is given, read from Chromium's accessibility tree (not the DOM): the
// visually hidden reading list must stay a list of items named by their events' text, whatever
// its CSS does to save layout (no markers, inline items; see news-timeline.styles.ts).
// Needs `npm run build` first (scripts/test.mjs does it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withBrowser } from './browser.mjs';

const page = withBrowser(8990);
const story = JSON.parse(readFileSync(new URL('../../data/kazakhstan-2023.json', import.meta.url), 'utf8'));

test('the reading list is a list in the accessibility tree, one item per event, named by its text alone', async () => {
  const tab = await (await page.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await tab.goto(page.site.url + 'demo/index.html');
  await tab.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelectorAll('.reading-list li').length > 10, null, { timeout: 15_000 });
  const texts = await tab.evaluate(() => [...document.querySelector('news-timeline').shadowRoot.querySelectorAll('.reading-list li')].map((li) => li.textContent));
  const list = tab.locator('news-timeline').getByRole('list', { name: 'Events in time order' });
  const snapshot = await list.ariaSnapshot();
  const lines = snapshot.split('\n');
  assert.match(lines[0], /^- list "Events in time order"/);
  // Each item's accessible name is its event's text, with no list marker ("1.") before it.
  const names = lines.filter((l) => /^\s+- listitem/.test(l)).map((l) => JSON.parse(l.replace(/^\s+- listitem: /, '')));
  assert.equal(names.length, story.events.length, snapshot);
  assert.deepEqual(names, texts);
  assert.ok(names.includes('1 November 2023, France–Kazakhstan: Macron visits Astana'), snapshot);
  await tab.context().close();
});
