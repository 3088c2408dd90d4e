/**
 * Every state the gallery shows (balance-states.ts), in each language: rendered from data alone,
 * in the widget's language, nothing untranslated, accessible.
 */
import { expect } from '@open-wc/testing';
import { html, LANGS, renderWidget, setupMockApi, shadowText, timeoutFor } from '../test-utils/index';
import { balanceStates } from './balance-states';
import type { EbokBalance } from './ebok-balance';
import './ebok-balance';

describe('<ebok-balance> every state (balance-states.ts)', function () {
  // The first test pays for loading the widget and axe on a shared machine.
  this.timeout(timeoutFor(20_000));
  beforeEach(setupMockApi);

  for (const lang of LANGS) {
    for (const [id, { state }] of Object.entries(balanceStates())) {
      it(`${id} in ${lang}`, async () => {
        const el = await renderWidget<EbokBalance>(html`<ebok-balance lang=${lang} .preview=${state}></ebok-balance>`);
        await el.updateComplete;
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('data-state')).to.equal(state.status);
        // No raw keys such as "tone.debt" or "common:states.loading" on screen.
        expect(shadowText(el)).not.to.match(/\b[a-z]+:[a-z]+\.|\b(tone|next|calendar|credit|overdue)\.[a-zA-Z]+/);
        await expect(el).to.be.accessible();
      });
    }
  }
});
