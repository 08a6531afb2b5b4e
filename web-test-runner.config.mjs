// Runs every test in test/**/*.test.ts in a real Chromium (the system's; never a downloaded one).
// scripts/test.mjs finds the browser and sets CHROME_PATH; it is the command to use.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { writeFileSync, mkdirSync } from 'node:fs';

const executablePath = process.env.CHROME_PATH;
if (!executablePath) {
  console.error('CHROME_PATH is not set: run the tests with `npm test`, which finds Chromium.');
  process.exit(1);
}

/** Prints the browser suite's counts and writes them to test-results/summary.json (scripts/test.mjs adds the page checks). */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const failures = [];
      const walk = (suite, prefix) => {
        for (const t of suite.tests ?? []) {
          const name = `${prefix}${t.name}`;
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else {
            failed++;
            failures.push(t.error?.message ? `${name}: ${String(t.error.message).split('\n')[0].slice(0, 300)}` : name);
          }
        }
        for (const s of suite.suites ?? []) walk(s, `${prefix}${s.name} › `);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults, `${session.testFile.split('/test/')[1]} › `);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          failed++;
          failures.push(`${session.testFile}: ${session.errors.map((e) => e.message).join('; ')}`);
        }
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/summary.json', JSON.stringify({ passed, failed, skipped, failures }, null, 2));
      console.log(`\nbrowser tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    },
  };
}

/**
 * Misbehaving endpoints for the failure tests: /__fail/500, /__fail/html, /__fail/empty,
 * /__fail/text (text/plain that is not JSON), /__fail/slow (answers after 3 s), /__fail/json?delay=ms.
 */
function failures() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__fail/')) return next();
    const kind = ctx.path.slice('/__fail/'.length);
    const delay = Number(ctx.query.delay ?? 0);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (kind === '500') {
      ctx.status = 500;
      ctx.body = 'Internal Server Error';
    } else if (kind === 'html') {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Sign in</title><p>Please sign in</p>';
    } else if (kind === 'empty') {
      ctx.type = 'application/json';
      ctx.body = '';
      ctx.status = 200;
    } else if (kind === 'text') {
      ctx.type = 'text/plain';
      ctx.body = 'events: none';
    } else if (kind === 'slow') {
      await new Promise((r) => setTimeout(r, 3000));
      ctx.type = 'application/json';
      ctx.body = '{"events":[]}';
    } else if (kind === 'json') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ title: `after ${delay} ms`, events: [{ id: `d${delay}`, start: '2023', title: `Delay ${delay}` }] });
    } else return next();
  };
}

export default {
  middleware: [failures()],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: keyboard tests need the focused page.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--lang=en-GB',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 20_000 } },
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countReporter()],
};
