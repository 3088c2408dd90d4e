// @web/test-runner: every *.test.ts under widgets/, shell/ and mocks/ runs in the system Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import rollupJson from '@rollup/plugin-json';

const json = fromRollup(rollupJson);

/** Playwright cannot download browsers here: use the Chromium the machine has. */
function findChromium() {
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
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or point CHROME_PATH at a Chrome/Chromium binary. Looked in: ' + candidates.join(', '),
    );
  }
  return found;
}

const workerPath = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

/** msw's worker must be served from the site root, byte for byte (no transforms, no import rewriting). */
const serveMockWorker = async (ctx, next) => {
  if (ctx.path === '/mockServiceWorker.js') {
    ctx.type = 'application/javascript';
    ctx.set('Service-Worker-Allowed', '/');
    ctx.body = readFileSync(workerPath, 'utf8');
    return;
  }
  return next();
};

const ciFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Prints one plain closing line, "wtr: N passed, N failed", that CI logs can be read by. */
function closingLine() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that crashed before reporting its tests counts as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
      }
      process.on('exit', () => console.log(`wtr: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`));
    },
  };
}

export default {
  files: ['widgets/**/*.test.ts', 'shell/**/*.test.ts', 'mocks/**/*.test.ts', 'demo/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // Two cores: two pages at a time keeps timings honest without starving the browser.
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: ciFlags },
    }),
  ],
  reporters: [defaultReporter(), closingLine()],
  mimeTypes: { '**/*.json': 'js' },
  middleware: [serveMockWorker],
  plugins: [
    json({ include: ['**/i18n/**/*.json', '**/*.fixture.json'] }),
    esbuildPlugin({ ts: true, json: false, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  coverageConfig: {
    include: ['widgets/**/*.ts', 'shell/**/*.ts'],
    exclude: ['**/*.test.ts', '**/test-utils/**', '**/node_modules/**', 'widgets/core/api/schema.d.ts'],
    threshold: { lines: 85, statements: 85, functions: 0, branches: 0 },
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
