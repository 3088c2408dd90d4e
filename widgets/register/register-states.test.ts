/**
 * Every state the gallery shows (register-states.ts), in each language: rendered from data alone,
 * in the widget's language, nothing untranslated, accessible.
 */
import { expect } from '@open-wc/testing';
import { html, LANGS, renderWidget, setupMockApi, shadowText, timeoutFor } from '../test-utils/index';
import type { EbokRegister } from './ebok-register';
import './ebok-register';
import { registerStates } from './register-states';

describe('<ebok-register> every state (register-states.ts)', function () {
  // The first test pays for loading the widget and axe on a shared machine.
  this.timeout(timeoutFor(20_000));
  beforeEach(setupMockApi);

  for (const lang of LANGS) {
    for (const [id, { state }] of Object.entries(registerStates())) {
      it(`${id} in ${lang}`, async () => {
        const el = await renderWidget<EbokRegister>(html`<ebok-register lang=${lang} .preview=${state}></ebok-register>`);
        await el.updateComplete;
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('data-step')).to.equal(state.step);
        // No raw keys such as "activate.rule.length" or "common:states.loading" on screen.
        expect(shadowText(el)).not.to.match(/\b[a-z]+:[a-z]+\.|\b(number|proof|email|terms|help|sent|activate|token|done)\.[a-zA-Z]+/);
        await expect(el).to.be.accessible();
      });
    }
  }
});
