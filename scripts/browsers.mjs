// Finds Firefox and WebKitGTK for `npm run test:firefox` / `npm run test:webkit` (Chromium:
// scripts/chromium.mjs). Debian/Ubuntu packages: firefox-esr; webkit2gtk-driver (WebKitWebDriver
// and the MiniBrowser it drives) and xvfb (WebKitGTK has no headless mode). .ci/run installs them.
import { existsSync } from 'node:fs';

function find(what, candidates, install) {
  const list = candidates.filter(Boolean);
  const found = list.find((p) => existsSync(p));
  if (!found) throw new Error(`No ${what} found. ${install} Looked in: ${list.join(', ')}`);
  return found;
}

export function findFirefox() {
  return find(
    'Firefox',
    [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    'Install one (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or point FIREFOX_PATH at a Firefox binary.',
  );
}

const WEBKIT_HINT = 'Install WebKitGTK\'s driver (Debian/Ubuntu: `sudo apt-get install -y webkit2gtk-driver xvfb`).';

export function findWebKitWebDriver() {
  return find('WebKitWebDriver', [process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'], WEBKIT_HINT);
}

export function findMiniBrowser() {
  return find(
    'WebKitGTK MiniBrowser',
    [
      process.env.WEBKIT_BROWSER_PATH,
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    ],
    WEBKIT_HINT,
  );
}
