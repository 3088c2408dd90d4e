/**
 * Every state the gallery shows (account-states.ts), in each language: rendered from data alone,
 * in the widget's language, nothing untranslated, operator markup shown as text, accessible.
 */
import { expect } from '@open-wc/testing';
import { html, LANGS, renderWidget, setupMockApi, shadowText, timeoutFor } from '../test-utils/index';
import { accountStates } from './account-states';
import type { EbokAccount } from './ebok-account';
import './ebok-account';

describe('<ebok-account> every state (account-states.ts)', function () {
  this.timeout(timeoutFor(30_000));
  beforeEach(setupMockApi);

  for (const lang of LANGS) {
    for (const [id, { state }] of Object.entries(accountStates())) {
      it(`${id} in ${lang}`, async () => {
        const el = await renderWidget<EbokAccount>(html`<ebok-account lang=${lang} .preview=${state}></ebok-account>`);
        await el.updateComplete;
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('data-state')).to.equal(state.status);
        // No raw keys such as "code.invalid" or "common:states.loading" on screen.
        expect(shadowText(el)).not.to.match(/\b[a-z]+:[a-z]+\.|\b(sections|fields|code|consent|eInvoice|notifications|password|errors)\.[a-zA-Z_]+/);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('shows markup in an operator consent text as text, never as elements', async () => {
    const el = await renderWidget<EbokAccount>(html`<ebok-account .preview=${accountStates()['required-consent']!.state}></ebok-account>`);
    const texts = [...el.shadowRoot!.querySelectorAll('[part="consent-text"]')];
    expect(texts.map((t) => t.textContent)).to.deep.equal([
      'Akceptuję nowy Regulamin eBOK obowiązujący od 1 listopada 2026 r. <b>Bez akceptacji</b> konto przejdzie w tryb tylko do odczytu.',
      'Chcę otrzymywać komunikaty o jakości wody i przerwach w dostawie <script>alert(1)</script> na e-mail.',
    ]);
    expect(el.shadowRoot!.querySelector('[part="consent-text"] b, [part="consent-text"] script')).to.equal(null);
    // A required consent not yet given can be granted: a checkbox, not a read-only line.
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#consents-consents-terms-2026')!.checked).to.equal(false);
  });
});
