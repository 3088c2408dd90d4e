/**
 * Every state the gallery shows (usage-states.ts), in each language: rendered from data alone,
 * in the widget's language, chart drawn, nothing untranslated, accessible.
 */
import { expect } from '@open-wc/testing';
import { html, LANGS, renderWidget, setupMockApi, shadowText, timeoutFor } from '../test-utils/index';
import type { EbokUsage } from './ebok-usage';
import { chartDrawn } from './test-utils/chart';
import { usageStates } from './usage-states';
import './ebok-usage';

describe('<ebok-usage> every state (usage-states.ts)', function () {
  // Charts in three languages on a shared machine.
  this.timeout(timeoutFor(20_000));
  beforeEach(setupMockApi);

  for (const lang of LANGS) {
    for (const [id, { state, props }] of Object.entries(usageStates())) {
      it(`${id} in ${lang}`, async () => {
        const el = await renderWidget<EbokUsage>(html`<ebok-usage lang=${lang} .today=${props?.today} .preview=${state}></ebok-usage>`);
        await chartDrawn(el);
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(el.shadowRoot!.querySelector('canvas[data-chart="failed"]')).to.equal(null);
        expect(shadowText(el)).not.to.match(/\b[a-z]+:[a-z]+\.|\b(period|point|summary|table|legend)\.[a-zA-Z]+/);
        await expect(el).to.be.accessible();
      });
    }
  }
});
