import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setFaults } from '../../mocks/faults';
import { getMockStats } from '../../mocks/state';
import { getSessionStore } from '../core/session';
import { html, LANGS, renderWidget, setupMockApi, shadowText, signInAs, timeoutFor, until } from '../test-utils';
import type { EbokMessages } from './ebok-messages';
import './ebok-messages';
import pl from './i18n/pl.json';
import ru from './i18n/ru.json';
import uk from './i18n/uk.json';

const WORDS = { pl, uk, ru } as const;

const $ = <E extends Element = HTMLElement>(el: EbokMessages, sel: string) => el.shadowRoot!.querySelector<E & Element>(sel);
const $$ = (el: EbokMessages, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const requests = (key: string) => getMockStats().requests[key] ?? 0;

async function inbox(lang = 'pl'): Promise<EbokMessages> {
  const el = await renderWidget<EbokMessages>(html`<ebok-messages lang=${lang}></ebok-messages>`);
  await until(() => $(el, '[data-state="ready"], [data-state="error"], [data-state="signed-out"]'), 'inbox');
  return el;
}

describe('<ebok-messages>', function () {
  this.timeout(timeoutFor(20_000));
  const seen: number[] = [];
  const onUnread = (e: Event) => seen.push((e as CustomEvent<{ count: number }>).detail.count);

  beforeEach(async () => {
    await setupMockApi();
    seen.length = 0;
    document.addEventListener('ebok-unread', onUnread);
  });
  afterEach(() => document.removeEventListener('ebok-unread', onUnread));

  for (const lang of LANGS) {
    it(`lists Jan's messages with unread marks in ${lang}, accessible`, async () => {
      await signInAs('jan');
      const el = await inbox(lang);
      const items = $$(el, 'li.item');
      expect(items).to.have.length(6);
      expect(items.filter((li) => li.hasAttribute('data-unread'))).to.have.length(3);
      expect(shadowText(el)).to.contain(WORDS[lang].kind.dunning);
      expect($(el, '[part="unread"]')!.textContent).to.contain('3');
      // One tab stop for the list.
      expect($$(el, '.toggle[tabindex="0"]')).to.have.length(1);
      await expect(el).to.be.accessible();
      expect(seen).to.deep.equal([3]);
    });
  }

  it('asks nothing and says why when signed out; announces 0', async () => {
    const el = await inbox();
    expect(shadowText(el)).to.contain(pl.signedOut);
    expect(requests('GET /messages')).to.equal(0);
    expect(seen).to.deep.equal([0]);
  });

  it('opening a message marks it read once, shows its text with allowed links only, and the count follows', async () => {
    await signInAs('jan');
    const el = await inbox();
    const first = $(el, '.toggle')!;
    first.click();
    await until(() => $(el, 'li.item[data-open]:not([data-unread])'), 'read');
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[part="message-body"]:not([hidden])')!.textContent).to.contain('nie odnotowaliśmy wpłaty');
    expect([...$$(el, 'a[part="link"]')].map((a) => (a as HTMLAnchorElement).href)).to.deep.equal(['https://ebok.operator.pl/faktury']);
    await until(() => requests('POST /messages/msg-1001-1/read') === 1, 'read request');
    await until(() => seen.at(-1) === 2, 'unread 2');
    // Closing and opening again sends nothing more.
    first.click();
    first.click();
    await el.updateComplete;
    expect(requests('POST /messages/msg-1001-1/read')).to.equal(1);
    expect($(el, '[part="unread"]')!.textContent).to.contain('2');
  });

  it('puts the unread mark back when marking read fails', async () => {
    await signInAs('jan');
    const el = await inbox();
    setFaults({ http500: true, path: '/read' });
    $(el, '.toggle')!.click();
    await until(() => requests('POST /messages/msg-1001-1/read') === 1, 'read request');
    await until(() => $(el, 'li.item[data-open][data-unread]'), 'unread again');
    expect($(el, '[part="unread"]')!.textContent).to.contain('3');
  });

  it('filters by kind and offers all again when a kind has none', async () => {
    await signInAs('anna');
    const el = await inbox();
    const select = $<HTMLSelectElement>(el, 'select#kind')!;
    select.value = 'dunning';
    select.dispatchEvent(new Event('change'));
    await until(() => $(el, '[data-kind="empty"]'), 'empty filter');
    expect(shadowText(el)).to.contain(pl.emptyFilter);
    [...$$(el, '[data-kind="empty"] button')][0]!.click();
    await until(() => $$(el, 'li.item').length === 2, 'all again');
    select.value = 'payment_received';
    select.dispatchEvent(new Event('change'));
    await until(() => $$(el, 'li.item').length === 1, 'one kind');
    expect($(el, 'li.item')!.getAttribute('data-kind')).to.equal('payment_received');
  });

  it('moves between messages with the arrow keys, Home and End', async () => {
    await signInAs('jan');
    const el = await inbox();
    const rows = $$(el, '.toggle');
    rows[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(rows[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(rows.at(-1));
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(rows[0]);
    await el.updateComplete;
    expect(rows[0]!.getAttribute('tabindex')).to.equal('0');
    expect(rows[1]!.getAttribute('tabindex')).to.equal('-1');
  });

  it('loads older messages and focuses the first new one', async () => {
    await signInAs('archive');
    const el = await inbox();
    expect($$(el, 'li.item')).to.have.length(20);
    $(el, '[part="more"]')!.click();
    await until(() => $$(el, 'li.item').length === 40, 'page 2');
    await until(() => el.shadowRoot!.activeElement === $$(el, '.toggle')[20], 'focus on the first new one');
    expect(shadowText(el)).to.contain('40');
  });

  it('says in its live region how many older messages came', async () => {
    await signInAs('archive');
    const el = await inbox();
    $(el, '[part="more"]')!.click();
    await until(() => $$(el, 'li.item').length === 40, 'page 2');
    await until(() => $(el, '[role="status"][aria-live="polite"]')!.textContent!.includes('Wczytano 20 starszych wiadomości'), 'said');
  });

  it('shows the hostile message as text and wraps it at 320 px', async () => {
    await signInAs('archive');
    const el = await inbox();
    el.style.width = '320px';
    $(el, '.toggle')!.click();
    await until(() => $(el, '[part="message-body"]:not([hidden])'), 'open');
    expect(el.shadowRoot!.querySelector('script, b, img')).to.equal(null);
    expect($$(el, 'a[part="link"]').map((a) => (a as HTMLAnchorElement).href)).to.deep.equal(['https://www.operator.pl/cennik']);
    const base = $(el, '[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
  });

  it('opens a related invoice through ebok-open, which the page can take', async () => {
    await signInAs('jan');
    const el = await inbox();
    const opened: unknown[] = [];
    const take = (e: Event) => {
      opened.push((e as CustomEvent).detail);
      e.preventDefault();
    };
    document.addEventListener('ebok-open', take);
    try {
      $(el, '.toggle')!.click();
      await until(() => $(el, '[part="related"]'), 'related button');
      expect($(el, '[part="related"]')!.textContent).to.match(/Pokaż fakturę FV\//);
      $(el, '[part="related"]')!.click();
      expect(opened).to.have.length(1);
      expect(opened[0]).to.include({ kind: 'invoice', id: 'inv-1001-00023' });
    } finally {
      document.removeEventListener('ebok-open', take);
    }
  });

  it('shows an error with retry, then the inbox', async () => {
    await signInAs('jan');
    setFaults({ http500: true, path: '/messages' });
    const el = await inbox();
    expect($(el, '[part="retry"]')).to.not.equal(null);
    setFaults({});
    $(el, '[part="retry"]')!.click();
    await until(() => $$(el, 'li.item').length === 6, 'inbox after retry');
  });

  it('drops the messages from the DOM at sign-out', async () => {
    await signInAs('jan');
    const el = await inbox();
    await getSessionStore().end('user');
    await until(() => $(el, '[data-state="signed-out"]'), 'signed out');
    expect(shadowText(el)).not.to.contain('Przypomnienie');
    expect(seen.at(-1)).to.equal(0);
  });

  describe('count-only', () => {
    it('asks only for the count, shows a badge and fires ebok-unread; follows an inbox on the page', async () => {
      await signInAs('jan');
      const badge = await renderWidget<EbokMessages>(html`<ebok-messages count-only></ebok-messages>`);
      await until(() => $(badge, '.count-number'), 'badge');
      expect($(badge, '.count-number')!.textContent).to.equal('3');
      expect(shadowText(badge)).to.contain('3 nieprzeczytane wiadomości');
      expect(requests('GET /messages')).to.equal(0);
      expect(requests('GET /messages/unread-count')).to.equal(1);
      expect(seen).to.deep.equal([3]);
      await expect(badge).to.be.accessible();

      const el = await inbox();
      $(el, '.toggle')!.click();
      await until(() => $(badge, '.count-number')?.textContent === '2', 'badge follows');
      expect(requests('GET /messages/unread-count')).to.equal(1);
    });

    it('renders nothing visible with nothing unread or signed out', async () => {
      const badge = await renderWidget<EbokMessages>(html`<ebok-messages count-only></ebok-messages>`);
      await until(() => seen.length === 1, 'announced');
      expect(seen).to.deep.equal([0]);
      expect($(badge, '[part="base"]')!.hidden).to.equal(true);
      expect(requests('GET /messages/unread-count')).to.equal(0);
    });
  });
});
