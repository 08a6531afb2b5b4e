// `npm test`: runs every test in a system Chromium or Chrome. Never downloads a browser.
// CHROME_PATH overrides the browser; extra arguments go to web-test-runner (e.g. --files test/schema/*.test.ts).
import { existsSync } from 'node:fs';
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
  const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
  const result = spawnSync(process.execPath, [wtr, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome },
  });
  process.exit(result.status ?? 1);
}
