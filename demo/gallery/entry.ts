// The gallery page (demo/index.html). The manifest is built from the widgets' JSDoc at dev/build time.
import manifest from 'virtual:ebok-manifest';
import { installPreviewSession } from './preview-session';
import { Gallery } from './app';

// Before any widget is defined: the widgets find this signed-out store and never call the API.
installPreviewSession();
const gallery = new Gallery(document.querySelector<HTMLElement>('#app')!, { manifest });
await gallery.start();
document.documentElement.dataset.galleryReady = 'true';
