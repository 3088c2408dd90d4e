/**
 * Every state the gallery shows (readings-states.ts), in each language: rendered from data alone,
 * in the widget's language, nothing untranslated, accessible.
 */
import { expect } from '@open-wc/testing';
import { html, LANGS, renderWidget, setupMockApi, shadowText, timeoutFor } from '../test-utils/index';
import type { EbokReadings } from './ebok-readings';
import { readingsStates } from './readings-states';
import './ebok-readings';

describe('<ebok-readings> every state (readings-states.ts)', function () {
  this.timeout(timeoutFor(20_000));
  beforeEach(setupMockApi);

  for (const lang of LANGS) {
    for (const [id, { state }] of Object.entries(readingsStates())) {
      it(`${id} in ${lang}`, async () => {
        const el = await renderWidget<EbokReadings>(html`<ebok-readings lang=${lang} .preview=${state}></ebok-readings>`);
        await el.updateComplete;
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('data-state')).to.equal(state.status);
        // No raw keys such as "errors.required" or "common:states.loading" on screen.
        expect(shadowText(el)).not.to.match(/\b[a-z]+:[a-z]+\.|\b(errors|form|sent|history|chart|register|source|window|meter)\.[a-zA-Z_]+/);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('marks estimated intervals in the chart and the table, and names the registers as on the meter', async () => {
    const states = readingsStates();
    const el = await renderWidget<EbokReadings>(html`<ebok-readings .preview=${states.prosumer!.state}></ebok-readings>`);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.bar.estimated').length).to.be.greaterThan(0);
    expect(root.querySelectorAll('tr[data-source="estimated"] .tag.estimated').length).to.be.greaterThan(0);
    expect(root.querySelector('label[for="reg-1-8-0"]')!.textContent).to.contain('1.8.0 — pobór');
    expect(root.querySelector('label[for="reg-2-8-0"]')!.textContent).to.contain('2.8.0 — oddanie');
    // The chart is a picture of the table: hidden from screen readers, which read the table.
    expect(root.querySelector('svg.bars')!.getAttribute('aria-hidden')).to.equal('true');
    expect(root.querySelector('table caption')!.textContent).to.contain('1LGZ0117745');
  });

  it('shows the replacement in the history and no use across it', async () => {
    const el = await renderWidget<EbokReadings>(html`<ebok-readings .preview=${readingsStates()['g12-all']!.state}></ebok-readings>`);
    const text = shadowText(el);
    expect(text).to.contain('nowy licznik nr 93512877');
    expect(text).to.contain('zdjęty licznik nr 90177341');
    const installed = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('nowy licznik'))!;
    expect(installed.querySelector('.use')).to.equal(null);
  });

  it('says when the next reading window opens and shows no form', async () => {
    const el = await renderWidget<EbokReadings>(html`<ebok-readings lang="uk" .preview=${readingsStates()['window-closed']!.state}></ebok-readings>`);
    expect(shadowText(el)).to.contain('Наступний період: з 21 жовтня 2026');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });
});
