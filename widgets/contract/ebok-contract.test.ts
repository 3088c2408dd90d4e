import { expect } from '@open-wc/testing';
import { setFaults } from '../../mocks/faults';
import { getSessionStore } from '../core/session';
import { html, interceptLinks, LANGS, renderWidget, setupMockApi, shadowText, signInAs, timeoutFor, until } from '../test-utils/index';
import type { EbokContract } from './ebok-contract';
import './ebok-contract';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

describe('<ebok-contract> with the mock API', function () {
  this.timeout(timeoutFor(20_000));
  let links: ReturnType<typeof interceptLinks>;
  beforeEach(async () => {
    await setupMockApi();
    links = interceptLinks();
  });
  afterEach(() => links.restore());

  it('asks to sign in when nobody is signed in', async () => {
    const el = await renderWidget<EbokContract>(html`<ebok-contract></ebok-contract>`);
    await until(() => el.shadowRoot!.querySelector('[data-state="signed-out"]'), 'signed out');
    expect(shadowText(el)).to.include('Zaloguj się, aby zobaczyć swoją umowę');
  });

  for (const lang of LANGS) {
    it(`shows the electricity contract with the days left of the commitment, in ${lang}, accessibly`, async () => {
      await signInAs('jan');
      const el = await renderWidget<EbokContract>(html`<ebok-contract lang=${lang}></ebok-contract>`);
      await until(() => part(el, 'days-left'), 'the contract', 15_000);
      const text = shadowText(el);
      expect(text).to.include('EL/2019/001001');
      expect(text).to.include('PL0037510012345678');
      expect(text).to.include('90145367');
      expect(el.shadowRoot!.querySelectorAll('[part="service"]')).to.have.length(3);
      expect(part(el, 'days-left')!.textContent).to.match(/\d+/);
      await expect(el).to.be.accessible();
    });
  }

  it('follows the chosen account: the gas contract has no end date and no commitment', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokContract>(html`<ebok-contract></ebok-contract>`);
    await until(() => shadowText(el).includes('EL/2019/001001'), 'the electricity contract', 15_000);
    await getSessionStore().selectAccount('a-1001-gaz');
    expect(shadowText(el)).not.to.include('EL/2019/001001');
    await until(() => shadowText(el).includes('GZ/2023/004512'), 'the gas contract', 15_000);
    expect(shadowText(el)).to.include('Na czas nieokreślony');
    expect(part(el, 'commitment')!.dataset.kind).to.equal('none');
    expect(shadowText(el)).to.include('Bez dodatkowych opłat');
  });

  it('downloads a document through the client, as a PDF with a readable file name', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokContract>(html`<ebok-contract></ebok-contract>`);
    await until(() => part(el, 'document'), 'the documents', 15_000);
    part(el, 'document')!.click();
    await until(() => links.clicks.length === 1, 'the download');
    expect(links.clicks[0]!.download).to.equal('Umowa_EL_2019_001001.pdf');
    const blob = await links.clicks[0]!.blob();
    expect(blob.type).to.equal('application/pdf');
    expect(await blob.slice(0, 5).text()).to.equal('%PDF-');
  });

  it('says when a document cannot be downloaded, and the list stays', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokContract>(html`<ebok-contract></ebok-contract>`);
    await until(() => part(el, 'document'), 'the documents', 15_000);
    setFaults({ http500: true, path: '/contract/documents' });
    part(el, 'document')!.click();
    await until(() => part(el, 'document-error'), 'the error');
    expect(part(el, 'document-error')!.textContent).to.include('Nie udało się pobrać dokumentu');
    expect(links.clicks).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry, and loads on retry', async () => {
    await signInAs('jan');
    setFaults({ http500: true, path: '/contract' });
    const el = await renderWidget<EbokContract>(html`<ebok-contract></ebok-contract>`);
    await until(() => el.shadowRoot!.querySelector('[data-state="error"]'), 'the error', 15_000);
    setFaults({});
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-kind="error"] button')!.click();
    await until(() => shadowText(el).includes('EL/2019/001001'), 'the contract', 15_000);
  });

  it('a property manager\'s water property: the meter is a leased device', async () => {
    await signInAs('manager');
    const el = await renderWidget<EbokContract>(html`<ebok-contract></ebok-contract>`);
    await until(() => part(el, 'device'), 'the device', 15_000);
    expect(shadowText(el)).to.include('Wodomierz z nakładką radiową');
    expect(shadowText(el)).to.include('Własność operatora');
  });
});
