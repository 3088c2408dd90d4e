// @web/test-runner, Firefox (`npm run test:firefox`): the same test files as Chromium
// (web-test-runner.shared.mjs), driven by puppeteer over WebDriver BiDi, without coverage.
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { findFirefox } from './scripts/browsers.mjs';
import { testRunnerConfig } from './web-test-runner.shared.mjs';

export default testRunnerConfig({
  engine: 'firefox',
  concurrency: 2,
  browsers: [
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        // No update checks, telemetry or first-run pages on a CI machine.
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.reportingpolicy.firstRun': false,
        },
      },
      // Every test page in a browser context of its own (cookies, storage, service worker), as
      // Playwright gives each Chromium page: tests must not see each other's session or faults.
      // And in a window of its own: of two tabs in one window one is hidden, and a hidden page
      // gets no animation frames, so its tests (waiting frame by frame) time out.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage({ type: 'window' }),
    }),
  ],
});
