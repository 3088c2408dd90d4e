/**
 * Helpers for the embedding tests: which widgets exist, when a widget has finished rendering,
 * screenshots through the test runner (every engine's driver) and a tolerant pixel comparison, host pages
 * in iframes. Not shipped; excluded from coverage like every test-utils folder.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { engine, waitScale } from '../../../widgets/test-utils/engine';
import { WIDGETS } from '../../widgets';
import { SHOWS_DATA, SHOWS_SIGNED_OUT } from './showing';

/** The widgets these suites embed: every one of the loader's, each with its "shows data" rule (showing.ts). */
export const TAGS = Object.keys(WIDGETS);
const unruled = TAGS.filter((tag) => !(tag in SHOWS_DATA && tag in SHOWS_SIGNED_OUT));
if (unruled.length) throw new Error(`no "shows data" or "signed out" rule for ${unruled.join(', ')} (shell/embedding/test-utils/showing.ts)`);

const scaled = waitScale();

/**
 * Wait until `predicate` holds (polls each animation frame), or fail after `timeout` ms in
 * Chromium (longer in slower engines: waitScale()).
 */
export async function until<T>(predicate: () => T, message = 'condition', timeout = 8000): Promise<NonNullable<T>> {
  const limit = timeout * (await scaled);
  const start = performance.now();
  for (;;) {
    const value = predicate();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > limit) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

export const frames = (n = 2): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

export { text, isSettled, SHOWS_DATA, SHOWS_SIGNED_OUT } from './showing';

export interface Shot {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A screenshot of `el`'s box in this page, decoded to RGBA pixels. */
export async function screenshot(el: Element, save?: string): Promise<Shot> {
  // WebDriver (WebKit) shoots the viewport: bring the element to its top-left, crop it here.
  const whole = (await engine()) === 'webkit';
  if (whole) {
    el.scrollIntoView({ block: 'start', inline: 'start' });
    await frames(3); // painted after the scroll before the driver reads the window
  }
  const r = el.getBoundingClientRect();
  const clip = { x: r.x + scrollX, y: r.y + scrollY, width: Math.ceil(r.width), height: Math.ceil(r.height) };
  const base64 = await executeServerCommand<string, unknown>('ebok-screenshot', { clip, save });
  if (!base64) throw new Error('ebok-screenshot is not available (web-test-runner.shared.mjs)');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const scale = whole ? devicePixelRatio : 1;
  const area = whole
    ? { x: Math.round(r.x * scale), y: Math.round(r.y * scale), width: Math.min(Math.ceil(r.width * scale), bitmap.width), height: Math.min(Math.ceil(r.height * scale), bitmap.height - Math.round(r.y * scale)) }
    : { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
  const canvas = new OffscreenCanvas(area.width, area.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, area.x, area.y, area.width, area.height, 0, 0, area.width, area.height);
  return { width: area.width, height: area.height, data: ctx.getImageData(0, 0, area.width, area.height).data };
}

/** Share of pixels whose colour differs by more than `threshold` (0–255 on any channel). */
export function difference(a: Shot, b: Shot, threshold = 32): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i]! - b.data[i]!) > threshold ||
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) > threshold ||
      Math.abs(a.data[i + 2]! - b.data[i + 2]!) > threshold
    )
      differ++;
  }
  return differ / (a.width * a.height);
}

/**
 * The page's viewport in CSS px, in every engine (the runner's setViewport() has no WebDriver
 * implementation; WebKit's window is sized instead).
 */
export async function viewport(width: number, height: number): Promise<void> {
  const done = await executeServerCommand<boolean, unknown>('ebok-viewport', { width, height });
  if (!done) throw new Error('ebok-viewport is not available (web-test-runner.shared.mjs)');
}

export interface Memory {
  usedHeap: number;
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

/**
 * Heap after forced garbage collection, and the renderer's DOM counters (Chrome DevTools
 * Protocol): Chromium only. Firefox and WebKit answer `{ unsupported }` with the reason.
 */
export async function memory(): Promise<Memory | { unsupported: string }> {
  const m = await executeServerCommand<Memory | { unsupported: string }, unknown>('ebok-memory', {});
  if (!m) throw new Error('ebok-memory is not available (web-test-runner.shared.mjs)');
  return m;
}
