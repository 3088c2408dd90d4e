// Hostile host CSS: every widget, signed out and signed in, at 320 and 1280 px, must look the same
// with shell/hosts/hostile.css on the page as without it (screenshots, small tolerance).
import { expect } from '@open-wc/testing';
import { setupMockApi, signInAs, timeoutFor } from '../../widgets/test-utils';
import { reducedMotion, type ReducedMotion } from '../../widgets/test-utils/media';
import { WIDGETS } from '../widgets';
import { SHOWS_DATA, SHOWS_SIGNED_OUT, TAGS, difference, frames, screenshot, until, viewport, type Shot } from './test-utils';

/** Anti-aliasing and sub-pixel text may differ a little; a real breakage changes far more. */
const TOLERANCE = 0.003;

let sheet: CSSStyleSheet;
let motion: ReducedMotion;

async function hostile(on: boolean): Promise<void> {
  sheet.disabled = !on;
  await frames(3);
}

async function compare(state: string, width: number, showing: Record<string, (el: Element) => boolean>) {
  // At a fixed whole-pixel position (hostile rules move the page's own content around; sub-pixel
  // offsets would change anti-aliasing everywhere). Inline !important beats the page's !important.
  const box = document.createElement('ebok-test-stage');
  for (const [name, value] of Object.entries({ position: 'absolute', top: '0', left: '0', 'z-index': '1', display: 'block', width: `${width}px`, margin: '0', padding: '0', border: '0', 'box-sizing': 'content-box', background: '#fff' }))
    box.style.setProperty(name, value, 'important');
  document.body.append(box);
  try {
    for (const tag of TAGS) box.append(document.createElement(tag));
    const widgets = [...box.children];
    for (const el of widgets) await until(() => showing[el.localName]!(el), `${el.localName} ${state}`);
    await frames(3);
    const clean: Shot[] = [];
    for (const el of widgets) clean.push(await screenshot(el));
    await hostile(true);
    for (const el of widgets) await until(() => showing[el.localName]!(el), `${el.localName} ${state} on the hostile page`);
    const report: string[] = [];
    for (const [i, el] of widgets.entries()) {
      const shot = await screenshot(el);
      const ratio = difference(clean[i]!, shot);
      console.log(`hostile CSS, ${state}, ${width} px: ${el.localName} ${shot.width}×${shot.height}, ${(ratio * 100).toFixed(3)} % of pixels differ`);
      if (ratio > TOLERANCE) {
        const name = `${el.localName}-${state.replace(/\s/g, '-')}-${width}`;
        await hostile(false);
        await screenshot(el, `${name}-clean.png`);
        await hostile(true);
        await screenshot(el, `${name}-hostile.png`);
        report.push(
          `${el.localName}: ${clean[i]!.width}×${clean[i]!.height} clean vs ${shot.width}×${shot.height} hostile, ` +
            `${(ratio * 100).toFixed(2)} % of pixels differ (screenshots/embedding/${name}-*.png)`,
        );
      }
    }
    expect(report, report.join('\n')).to.deep.equal([]);
  } finally {
    await hostile(false);
    box.remove();
  }
}

describe('hostile host CSS', () => {
  before(async function () {
    // Twelve widgets' modules on a loaded machine: longer than mocha's 10 s for a hook.
    this.timeout(timeoutFor(120_000));
    await viewport(1320, 1000);
    // No chart animation mid-screenshot (Firefox and WebKit: through a matchMedia stub).
    motion = await reducedMotion();
    await motion.set(true);
    await Promise.all(Object.values(WIDGETS).map((load) => load()));
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('../hosts/hostile.css', import.meta.url).href;
    const loaded = new Promise((r) => link.addEventListener('load', r, { once: true }));
    document.head.append(link);
    await loaded;
    sheet = link.sheet!;
    sheet.disabled = true;
  });

  after(() => motion?.restore());

  beforeEach(async () => {
    await setupMockApi();
  });

  it('the hostile sheet really applies to the page (the comparison can fail)', async () => {
    const probe = document.createElement('p');
    probe.textContent = 'probe';
    document.body.append(probe);
    const clean = getComputedStyle(probe).lineHeight;
    await hostile(true);
    expect(getComputedStyle(probe).lineHeight).not.to.equal(clean);
    expect(getComputedStyle(probe).textTransform).to.equal('uppercase');
    await hostile(false);
    probe.remove();
  });

  for (const width of [320, 1280]) {
    it(`signed out at ${width} px: every widget looks the same`, async function () {
      this.timeout(timeoutFor(300_000));
      await compare('signed out', width, SHOWS_SIGNED_OUT);
    });

    it(`signed in at ${width} px: every widget looks the same`, async function () {
      this.timeout(timeoutFor(300_000));
      await signInAs('jan');
      await compare('signed in', width, SHOWS_DATA);
    });
  }
});
