/**
 * Every state the gallery shows (payments-states.ts), in each language: rendered from data alone,
 * in the widget's language, nothing untranslated, accessible.
 */
import { expect } from '@open-wc/testing';
import { html, LANGS, renderWidget, setupMockApi, shadowText, timeoutFor } from '../test-utils/index';
import { paymentsStates } from './payments-states';
import type { EbokPayments } from './ebok-payments';
import './ebok-payments';

describe('<ebok-payments> every state (payments-states.ts)', function () {
  this.timeout(timeoutFor(20_000));
  beforeEach(setupMockApi);

  for (const lang of LANGS) {
    for (const [id, { state }] of Object.entries(paymentsStates())) {
      it(`${id} in ${lang}`, async () => {
        const el = await renderWidget<EbokPayments>(html`<ebok-payments lang=${lang} .preview=${state}></ebok-payments>`);
        await el.updateComplete;
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('data-state')).to.equal(state.status);
        expect(shadowText(el)).not.to.match(/\b[a-z]+:[a-z]+\.|\b(transfer|history|status|method|pager)\.[a-zA-Z]+/);
        await expect(el).to.be.accessible();
      });
    }
  }
});
