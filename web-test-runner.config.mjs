// @web/test-runner, Chromium (`npm test`, with coverage): every *.test.ts under widgets/, shell/,
// mocks/ and demo/. Firefox and WebKit run the same files: web-test-runner.firefox.mjs, .webkit.mjs.
import { playwrightLauncher } from '@web/test-runner-playwright';
// Playwright cannot download browsers here: use the Chromium the machine has.
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { testRunnerConfig } from './web-test-runner.shared.mjs';

export { HOST_PAGE_CSP } from './web-test-runner.shared.mjs';

export default testRunnerConfig({
  engine: 'chromium',
  // Two cores: two pages at a time keeps timings honest without starving the browser.
  concurrency: 2,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
});
