// `npm test`: runs every test in a system Chromium or Chrome. Never downloads a browser.
//  1. the browser suite (test/**/*.test.ts) in web-test-runner;
//  2. the page checks (test/page/*.test.mjs: the built demo under a strict CSP, without JavaScript,
//     the heap after 1,000 elements, the reading list in the accessibility tree, the minified CSS)
//     and the docs audit (test/docs/*.test.mjs) under Node's test runner, after a build.
// Ends with one line `tests: N passed, N failed` for both, also written to test-results/summary.json.
// CHROME_PATH overrides the browser; extra arguments go to web-test-runner (e.g. --files test/schema/*.test.ts),
// and then only the browser suite runs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const chrome = findChrome();
  if (!chrome) {
    console.error('No Chromium or Chrome found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable.');
    process.exit(1);
  }
  const env = { ...process.env, CHROME_PATH: chrome };
  const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
  const browser = spawnSync(process.execPath, [wtr, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], { stdio: 'inherit', env });
  if (process.argv.length > 2) process.exit(browser.status ?? 1);

  const summaryFile = new URL('../test-results/summary.json', import.meta.url);
  let summary = { passed: 0, failed: 1, skipped: 0, failures: ['the browser suite left no results'] };
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {}

  console.log('\nbuilding for the page checks…');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env });
  let pagePassed = 0;
  let pageFailed = 0;
  if (build.status !== 0) {
    pageFailed = 1;
    summary.failures.push('npm run build failed, so the page checks could not run');
  } else {
    const pages = spawnSync(process.execPath, ['--test', '--test-reporter=tap', 'test/page/', 'test/docs/'], { encoding: 'utf8', env });
    process.stdout.write(pages.stdout);
    process.stderr.write(pages.stderr);
    pagePassed = Number(/^# pass (\d+)/m.exec(pages.stdout)?.[1] ?? 0);
    pageFailed = Number(/^# fail (\d+)/m.exec(pages.stdout)?.[1] ?? (pages.status === 0 ? 0 : 1));
    if (pages.status !== 0 && pageFailed === 0) pageFailed = 1;
  }
  const passed = summary.passed + pagePassed;
  const failed = summary.failed + pageFailed;
  writeFileSync(summaryFile, JSON.stringify({ ...summary, passed, failed, browser: { passed: summary.passed, failed: summary.failed }, pages: { passed: pagePassed, failed: pageFailed } }, null, 2));
  if (summary.failures?.length) console.log(`\nfailed:\n${summary.failures.map((f) => `  - ${f}`).join('\n')}`);
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(browser.status === 0 && failed === 0 ? 0 : 1);
}
