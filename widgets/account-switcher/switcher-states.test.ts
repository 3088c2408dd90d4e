/**
 * Every state the gallery shows (switcher-states.ts), in each language: nothing untranslated,
 * accessible (the combobox, its listbox and options).
 */
import { expect } from '@open-wc/testing';
import { html, LANGS, renderWidget, setupMockApi, shadowText, timeoutFor } from '../test-utils/index';
import { switcherStates } from './switcher-states';
import type { EbokAccountSwitcher } from './ebok-account-switcher';
import './ebok-account-switcher';

describe('<ebok-account-switcher> every state (switcher-states.ts)', function () {
  this.timeout(timeoutFor(30_000));
  beforeEach(setupMockApi);

  for (const lang of LANGS) {
    for (const [id, { state }] of Object.entries(switcherStates())) {
      it(`${id} in ${lang}`, async () => {
        const el = await renderWidget<EbokAccountSwitcher>(html`<ebok-account-switcher lang=${lang} .preview=${state}></ebok-account-switcher>`);
        await el.updateComplete;
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(shadowText(el)).not.to.match(/\b[a-z]+:[a-z]+\.|\b(kind|role|search)\.[a-zA-Z]+/);
        if (state.status === 'signed-out') expect(shadowText(el)).to.equal('');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('searches 150 properties by street without Polish letters and by number', async () => {
    const el = await renderWidget<EbokAccountSwitcher>(html`<ebok-account-switcher .preview=${switcherStates()['many-search']!.state}></ebok-account-switcher>`);
    const options = () => [...el.shadowRoot!.querySelectorAll('[role="option"] .label')].map((o) => o.textContent);
    expect(options()).to.have.length(15);
    expect(options().every((o) => /^Łąkowa \d*8$/.test(o!))).to.equal(true);
  });
});
