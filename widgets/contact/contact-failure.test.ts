/** "Zgłoś awarię" (mode="failure") of <ebok-contact> on the mock API. */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { getMockStats } from '../../mocks/state';
import type { TicketConversation } from '../core/api/types';
import { html, LANGS, renderWidget, setupMockApi, shadowText, signInAs, timeoutFor, until } from '../test-utils/index';
import type { EbokContact } from './ebok-contact';
import './ebok-contact';
import pl from './i18n/pl.json';
import ru from './i18n/ru.json';
import uk from './i18n/uk.json';

const WORDS = { pl, uk, ru } as const;
const $ = <E extends Element = HTMLElement>(el: EbokContact, sel: string) => el.shadowRoot!.querySelector<E & Element>(sel);

async function render(lang = 'pl'): Promise<EbokContact> {
  const el = await renderWidget<EbokContact>(html`<ebok-contact mode="failure" lang=${lang}></ebok-contact>`);
  await until(() => $(el, '#since'), 'the failure form', 8000);
  return el;
}

async function type(el: EbokContact, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
}

describe('<ebok-contact mode="failure">', function () {
  this.timeout(timeoutFor(20_000));
  beforeEach(async () => {
    sessionStorage.clear();
    await setupMockApi();
  });
  afterEach(() => {
    fixtureCleanup();
    sessionStorage.clear();
  });

  for (const lang of LANGS) {
    it(`offers the account's points or another address, since when and a callback phone in ${lang}`, async () => {
      await signInAs('jan');
      const el = await render(lang);
      await until(() => $(el, '#pointId'), 'the places');
      const options = [...$<HTMLSelectElement>(el, '#pointId')!.options].map((o) => o.value);
      expect(options).to.deep.equal(['', 'mp-1001-1', 'mp-1001-2', 'mp-1001-3', 'other']);
      expect($(el, '#topicId')).to.equal(null);
      expect($(el, '#subject')).to.equal(null);
      expect($<HTMLInputElement>(el, '#since')!.value).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      expect(shadowText(el)).to.contain(WORDS[lang].failure.title);
      expect(shadowText(el)).to.contain(WORDS[lang].failure.phone);
      await expect(el).to.be.accessible();
    });
  }

  it('reports a failure at a point of the account: one ticket with the place, time and phone', async () => {
    await signInAs('jan');
    const el = await render();
    await until(() => $(el, '#pointId'), 'the places');
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await until(() => $(el, '#error-summary'), 'the summary');
    expect($(el, '#error-summary')!.textContent).to.contain(pl.fields.pointId);
    await type(el, 'pointId', 'mp-1001-2');
    await type(el, 'message', 'Nie ma prądu od rana, sąsiedzi też nie mają.');
    await type(el, 'since', '2026-01-01T06:30');
    const button = $<HTMLButtonElement>(el, '[part="submit"]')!;
    button.click();
    button.click();
    await until(() => $(el, '.ticket-number'), 'the ticket number');
    expect(getMockStats().ticketsCreated).to.equal(1);
    const tickets = await (await fetch('/api/contact/tickets', { credentials: 'include' })).json();
    const created = tickets.items[0];
    expect(created.topicId).to.equal('failure');
    expect(created.subject).to.equal('Awaria: Działka, ul. Leśna 4, 05-500 Zalesie Dolne');
    const c: TicketConversation = await (await fetch(`/api/contact/tickets/${created.id}`, { credentials: 'include' })).json();
    expect(c.failure).to.deep.include({ pointId: 'mp-1001-2', phone: '+48601234567', since: '2026-01-01T06:30:00+01:00' });
  });

  it('takes another address and refuses a time in the future', async () => {
    await signInAs('piotr');
    const el = await render();
    await until(() => $(el, '#pointId'), 'the places');
    await type(el, 'pointId', 'other');
    await until(() => $(el, '#address'), 'the address field');
    await type(el, 'address', 'ul. Piotrkowska 122, 90-006 Łódź');
    await type(el, 'message', 'Iskrzy w skrzynce na klatce.');
    await type(el, 'phone', '601 234 567');
    await type(el, 'since', '2999-01-01T10:00');
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await until(() => $(el, '#since[aria-invalid="true"]'), 'the error');
    expect(shadowText(el)).to.contain(pl.failure.future);
    expect(getMockStats().ticketsCreated).to.equal(0);
    await type(el, 'since', '2026-01-01T10:00');
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await until(() => $(el, '.ticket-number'), 'the ticket number');
    expect(getMockStats().ticketsCreated).to.equal(1);
  });

  it('switches between a message and a failure report, keeping focus on the switch', async () => {
    await signInAs('jan');
    const el = await render();
    $<HTMLButtonElement>(el, '[part="mode-switch"]')!.click();
    await until(() => $(el, '#topicId'), 'the message form');
    expect(el.mode).to.equal('message');
    expect(el.shadowRoot!.activeElement === $(el, '[part="mode-switch"]'), 'focus').to.equal(true);
  });
});
