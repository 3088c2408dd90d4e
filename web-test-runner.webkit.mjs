// @web/test-runner, WebKit (`npm run test:webkit`): the same test files as Chromium
// (web-test-runner.shared.mjs) in WebKitGTK's MiniBrowser, driven through WebKitWebDriver, without
// coverage. WebKitGTK needs a display: the npm script runs this under `xvfb-run`.
//
// The driver is started here, on a free port, and killed when the runner exits: nothing to start
// by hand or leave running on a CI machine, and two runs on one machine do not collide on a port.
import { spawn } from 'node:child_process';
import { writeSync } from 'node:fs';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { findMiniBrowser, findWebKitWebDriver } from './scripts/browsers.mjs';
import { freePort, testRunnerConfig } from './web-test-runner.shared.mjs';

async function startDriver() {
  const port = await freePort();
  // WebKitGTK takes navigator.language from the process locale: on a machine left at LANG=C it is
  // "C", which Intl refuses (uPlot's module threw "invalid language tag: C" and no chart loaded).
  // Safari always has a real language; so does this browser, as Chromium's and Firefox's have.
  const env = { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' };
  const driver = spawn(findWebKitWebDriver(), [`--port=${port}`, '--host=local'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const stop = () => driver.exitCode === null && driver.kill();
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(130)));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const port = await startDriver();

/**
 * Twice a whole WebKit run ended part way with exit code 1 and nothing printed (issue 21). An
 * uncaught exception in the runner's process would do that: the runner's own message goes through
 * its buffered console, which is not printed when it stops early. The monitor changes nothing about
 * what happens; it writes the error straight to stderr first, so the next such stop says why.
 */
process.on('uncaughtExceptionMonitor', (error, origin) => {
  writeSync(2, `\n[webkit runner] ${origin}: ${error?.stack ?? error}\n`);
});

/**
 * `sendKeys({ type: 'lakowa 88' })` hands the launcher the text's characters as one list, and
 * WebdriverIO's keys() presses a list as a chord: every key down, then every key up. WebKit's
 * driver then dropped the second of two equal characters in a row ("lakowa 8"), and the
 * account switcher's search found 15 properties instead of one. Text goes key by key here;
 * a list with a named key in it ("Shift", "Tab": pressChord()) stays a chord.
 */
function typesKeyByKey(launcher) {
  const sendKeys = launcher.sendKeys.bind(launcher);
  launcher.sendKeys = async (sessionId, keys) => {
    if (keys.length < 2 || keys.some((k) => [...k].length !== 1)) return sendKeys(sessionId, keys);
    for (const key of keys) await sendKeys(sessionId, [key]);
  };
  return launcher;
}

/**
 * A WebKit run stopped part way three times (files 25, 31 and 53 of 81, different files each time,
 * 0 failed so far; issue 21). The monitor above caught why: the navigation to the next test file,
 * a WebDriver "url" POST, got no answer for 300 s (undici's UND_ERR_HEADERS_TIMEOUT). The driver
 * answers that POST once it has seen the page load, and WebDriver's default page-load timeout is
 * also 300 s, so one load the driver missed hung the request; the launcher's session manager
 * drops the navigation's promise (queueStartSession does not await it), so the rejection was
 * unhandled and Node ended the whole run.
 *
 * Here: the driver answers at DOMContentLoaded (`pageLoadStrategy: 'eager'` below; the runner needs
 * no more, the test page reports to it over its own socket), gives up on a page after 60 s, and a
 * request without an answer fails after 90 s. The hang came back once with all that (a run at
 * 5850dbe: 1,797 passed, and spa-lifecycle.test.ts "interrupted because the browser
 * disconnected"): the page had loaded and was running its tests when the retry navigated away. So
 * when a navigation gets no answer, the page is asked where it is first: already at the test's URL,
 * it is left to run; somewhere else, the navigation is tried again; a driver that cannot answer
 * even that gets a new browser session. Every step is written to stderr. Whatever is left, the
 * error is swallowed, so the runner's own start timeout fails that one file and the run goes on.
 */
function navigatesSafely(launcher) {
  const ensure = launcher.ensureManagerInitialized.bind(launcher);
  launcher.ensureManagerInitialized = async () => {
    await ensure();
    const manager = launcher.driverManager;
    if (manager.navigatesSafely) return;
    manager.navigatesSafely = true;
    const start = manager.startSession.bind(manager);
    const say = (what, error) => writeSync(2, `\n[webkit runner] ${what}${error ? `: ${error.message ?? error}` : ''}\n`);
    manager.startSession = async (id, url) => {
      try {
        return await start(id, url);
      } catch (error) {
        say(`navigation to ${url} got no answer`, error);
      }
      try {
        const href = await manager.driver.execute('return location.href');
        if (href === url) return say('the page is at the test URL; its tests go on');
        say(`the page is at ${href}; navigating again`);
        return await start(id, url);
      } catch (error) {
        say('the driver did not answer; starting a new browser session', error);
      }
      try {
        await manager.driver.reloadSession();
        await start(id, url);
      } catch (error) {
        say(`giving up on ${url}; the runner's start timeout fails this file`, error);
      }
    };
  };
  return launcher;
}

export default await testRunnerConfig({
  engine: 'webkit',
  // One window, one test file at a time: WebKitWebDriver drives a single browsing session, and
  // the launcher's alternative (test files in iframes of one page) would share one document.
  concurrency: 1,
  // WebKitGTK renders in software under Xvfb, one page at a time: the heaviest tests (10,000
  // invoices, 100 chart mounts, axe over the whole gallery page) ran past 30 s there on a shared
  // 2-core machine. The tests' own waits grow by the same factor (waitScale() in test-utils).
  testTimeout: 60_000,
  browsers: [
    navigatesSafely(typesKeyByKey(webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      // A request without an answer fails after 90 s (the page-load timeout is 60 s), not 300 s.
      connectionRetryTimeout: 90_000,
      capabilities: {
        pageLoadStrategy: 'eager',
        timeouts: { pageLoad: 60_000 },
        // WebdriverIO asks for BiDi (webSocketUrl) by default; WebKitWebDriver speaks classic WebDriver.
        'wdio:enforceWebDriverClassic': true,
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
      },
    }))),
  ],
});
