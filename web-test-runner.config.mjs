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

/** Prints `tests: N passed, N failed` from the real results and writes them to test-results/summary.json. */
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
            failures.push(name);
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
      console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    },
  };
}

export default {
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
