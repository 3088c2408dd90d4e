/**
 * Every state the gallery shows (contract-states.ts), in each language: rendered from data alone,
 * in the widget's language, nothing untranslated, accessible.
 */
import { expect } from '@open-wc/testing';
import { html, LANGS, renderWidget, setupMockApi, shadowText, timeoutFor } from '../test-utils/index';
import { contractStates } from './contract-states';
import type { EbokContract } from './ebok-contract';
import './ebok-contract';

const DAYS_LEFT: Record<string, Record<string, string>> = {
  pl: { 'days-1': 'Został 1 dzień', 'days-3': 'Zostały 3 dni', 'days-5': 'Zostało 5 dni', 'days-22': 'Zostały 22 dni', 'last-day': 'Dziś ostatni dzień' },
  uk: { 'days-1': 'Залишився 1 день', 'days-3': 'Залишилося 3 дні', 'days-5': 'Залишилося 5 днів', 'days-22': 'Залишилося 22 дні', 'last-day': 'Сьогодні останній день' },
  ru: { 'days-1': 'Остался 1 день', 'days-3': 'Осталось 3 дня', 'days-5': 'Осталось 5 дней', 'days-22': 'Осталось 22 дня', 'last-day': 'Сегодня последний день' },
};

describe('<ebok-contract> every state (contract-states.ts)', function () {
  this.timeout(timeoutFor(20_000));
  beforeEach(setupMockApi);

  for (const lang of LANGS) {
    for (const [id, { state }] of Object.entries(contractStates())) {
      it(`${id} in ${lang}`, async () => {
        const el = await renderWidget<EbokContract>(html`<ebok-contract lang=${lang} .preview=${state}></ebok-contract>`);
        await el.updateComplete;
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('data-state')).to.equal(state.status);
        expect(shadowText(el)).not.to.match(/\b[a-z]+:[a-z]+\.|\b(facts|commitment|services|service|price|points|devices|documents)\.[a-zA-Z]+/);
        const days = DAYS_LEFT[lang]![id];
        if (days) expect(el.shadowRoot!.querySelector('[part="days-left"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(days);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('says "no extra charge" for a service without a price, and an indefinite contract has no end date', async () => {
    const el = await renderWidget<EbokContract>(html`<ebok-contract .preview=${contractStates()['no-prices']!.state}></ebok-contract>`);
    const prices = [...el.shadowRoot!.querySelectorAll('[part="price"]')].map((p) => p.textContent!.trim());
    expect(prices).to.deep.equal(['Bez dodatkowych opłat', 'Bez dodatkowych opłat']);
    expect(shadowText(el)).to.include('Na czas nieokreślony');
    expect(shadowText(el)).not.to.include('Razem co miesiąc');
  });

  it('sums the monthly prices in integer grosze and shows a one-off price with its period', async () => {
    const el = await renderWidget<EbokContract>(html`<ebok-contract .preview=${contractStates().telecom!.state}></ebok-contract>`);
    const total = el.shadowRoot!.querySelector('[part="total"]')!.textContent!.replace(/\s+/g, ' ');
    expect(total).to.match(/Razem co miesiąc 69,99\szł/);
    expect(shadowText(el)).to.match(/49,00\szł jednorazowo/);
    expect(shadowText(el)).to.include('Okres zobowiązania zakończył się 8 października 2026');
  });
});
