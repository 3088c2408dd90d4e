// @web/test-runner, Firefox (`npm run test:firefox`): the same test files as Chromium
// (web-test-runner.shared.mjs), driven by puppeteer over WebDriver BiDi, without coverage.
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { findFirefox } from './scripts/browsers.mjs';
import { testRunnerConfig } from './web-test-runner.shared.mjs';

/**
 * Key presses go to the window they were sent to, but Firefox runs a key's default action (Enter
 * clicks a button, Space toggles a checkbox) only in the active window: with two test windows at a
 * time those presses were lost in whichever window was in the background. So every keyboard
 * action, from any page, waits its turn, brings its window to the front and ends with a round trip
 * into the page (the events it queued have run by then) before the other window may take over.
 * One lock for the whole browser: the actions are short, the rest of the tests still run two at a time.
 */
let keyboardTurn = Promise.resolve();
function inTurn(page, action) {
  const run = keyboardTurn.then(async () => {
    await page.bringToFront();
    try {
      return await action();
    } finally {
      // Not a frame: a test may have fake timers in charge of requestAnimationFrame.
      await page.evaluate(() => 0).catch(() => undefined);
    }
  });
  keyboardTurn = run.catch(() => undefined);
  return run;
}

function frontForKeys(page) {
  // The launcher navigates with puppeteer's default limit of 30 s, which a loaded machine
  // exceeded (the same limit as browserStartTimeout in web-test-runner.shared.mjs).
  page.setDefaultNavigationTimeout(120_000);
  const keyboard = page.keyboard;
  for (const method of ['down', 'up', 'press', 'type', 'sendCharacter']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (...args) => inTurn(page, () => original(...args));
  }
  return page;
}

export default await testRunnerConfig({
  engine: 'firefox',
  concurrency: 2,
  // Twice Chromium's: two Firefox windows share two cores with the dev server; the tests' own
  // waits grow with it (waitScale() in widgets/test-utils/engine.ts).
  testTimeout: 20_000,
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
          // Two test windows take turns at the front (keyboard actions, above): the one behind must
          // keep its timers, as Playwright's Chromium does with --disable-background-timer-throttling.
          // A 2 s Retry-After countdown in a background window had not ended after 24 s (full run).
          'dom.min_background_timeout_value': 4,
          'dom.min_background_timeout_value_without_budget_throttling': 4,
          'dom.timeout.enable_budget_timer_throttling': false,
          'dom.timeout.throttling_delay': -1,
        },
      },
      // Every test page in a browser context of its own (cookies, storage, service worker), as
      // Playwright gives each Chromium page: tests must not see each other's session or faults.
      // And in a window of its own: of two tabs in one window one is hidden, and a hidden page
      // gets no animation frames, so its tests (waiting frame by frame) time out.
      // Keyboard actions bring their window to the front first (frontForKeys above).
      createPage: async ({ browser }) => frontForKeys(await (await browser.createBrowserContext()).newPage({ type: 'window' })),
    }),
  ],
});
