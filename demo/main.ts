// The demo page: the real loader and widgets, talking to the msw mock API in a service worker.
import { startMocks } from '../mocks/browser';
import { startLoader } from '../shell/loader';
import { WIDGETS } from '../shell/widgets';
import { VERSION } from '../widgets/core/version';

// Relative to the page, so a static copy works from any sub-path.
const api = new URL('./api', location.href).pathname;

await startMocks({ base: api, serviceWorkerUrl: new URL('./mockServiceWorker.js', location.href).pathname });
const ebok = startLoader(VERSION, WIDGETS, () => import('../widgets/core/i18n/i18n'), { api, lang: 'pl' });

const select = document.querySelector<HTMLSelectElement>('#lang')!;
select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
  ebok.setLanguage(select.value);
});
