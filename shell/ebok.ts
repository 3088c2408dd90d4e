// The one file an operator references:
//   <script type="module" src="https://…/ebok.js" data-api="https://…/api" data-lang="pl"></script>
import { configFromScript, startLoader } from './loader';
import { PRELOADS, WIDGETS } from './widgets';
import type { VERSION as CORE_VERSION } from '../widgets/core/version';

// A literal so the loader does not pull in core; the type must equal core's VERSION.
const VERSION: typeof CORE_VERSION = '0.1.0';

// Module scripts have no document.currentScript: find ourselves by URL.
const self =
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => s.src === import.meta.url) ??
  document.querySelector<HTMLScriptElement>('script[data-api]');

startLoader(
  VERSION,
  WIDGETS,
  () => import('../widgets/core/i18n/i18n'),
  configFromScript(self, new URL(/* @vite-ignore */ './', import.meta.url).href),
  undefined,
  PRELOADS,
);
