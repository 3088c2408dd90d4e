/**
 * Every state of messages-states.ts in each language: rendered from data alone, nothing
 * untranslated, accessible; hostile text stays text and never widens the widget at 320 px.
 */
import { expect } from '@open-wc/testing';
import { html, LANGS, renderWidget, setupMockApi, shadowText, timeoutFor } from '../test-utils/index';
import type { EbokMessages } from './ebok-messages';
import './ebok-messages';
import { messagesStates } from './messages-states';

describe('<ebok-messages> every state (messages-states.ts)', function () {
  this.timeout(timeoutFor(20_000));
  beforeEach(setupMockApi);

  for (const lang of LANGS) {
    for (const [id, { state, attrs }] of Object.entries(messagesStates())) {
      it(`${id} in ${lang}`, async () => {
        const el = await renderWidget<EbokMessages>(html`<ebok-messages lang=${lang} .preview=${state} ?count-only=${!!attrs?.['count-only']}></ebok-messages>`);
        await el.updateComplete;
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('data-state')).to.equal(state.status);
        expect(shadowText(el)).not.to.match(/\b[a-z]+:[a-z]+\.|\b(kind|filter|related|channel)\.[a-z_]+/i);
        if (state.status !== 'count') expect(base.getAttribute('lang')).to.equal(lang);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('shows markup as text, links only the operator\'s addresses, and wraps at 320 px', async () => {
    const { state } = messagesStates().hostile!;
    const el = await renderWidget<EbokMessages>(html`<ebok-messages .preview=${state}></ebok-messages>`);
    el.style.width = '320px';
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('script, b, img')).to.equal(null);
    expect(shadowText(el)).to.contain('<b>Nowy cennik</b> <script>alert(1)</script>');
    expect(shadowText(el)).to.contain('<img src=x onerror=alert(1)>');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a[part="link"]')].map((a) => a.href);
    expect(links).to.deep.equal(['https://www.operator.pl/cennik']);
    const base = root.querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.equal(320);
  });
});
