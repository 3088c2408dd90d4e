/** The ticket conversation and the reply box of <ebok-contact> (contact-thread.ts), on the mock API. */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { startMocks } from '../../mocks/browser';
import { resetFaults, setFaults } from '../../mocks/faults';
import { getMockStats } from '../../mocks/state';
import { html, LANGS, renderWidget, setupMockApi, shadowText, signInAs, timeoutFor, until } from '../test-utils/index';
import type { EbokContact } from './ebok-contact';
import './ebok-contact';
import pl from './i18n/pl.json';
import ru from './i18n/ru.json';
import uk from './i18n/uk.json';

const WORDS = { pl, uk, ru } as const;
const $ = <E extends Element = HTMLElement>(el: EbokContact, sel: string) => el.shadowRoot!.querySelector<E & Element>(sel);
const replies = () => getMockStats().repliesCreated;
const posts = (id: string) => getMockStats().requests[`POST /contact/tickets/${id}/replies`] ?? 0;

async function render(lang = 'pl'): Promise<EbokContact> {
  const el = await renderWidget<EbokContact>(html`<ebok-contact lang=${lang}></ebok-contact>`);
  await until(() => $(el, '[data-open]'), 'the history');
  return el;
}

/** Open a ticket from the history (the visible one of table and cards). */
async function open(el: EbokContact, id: string): Promise<void> {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[data-open="${id}"]`)].find((b) => b.offsetParent !== null)!;
  button.click();
  await until(() => $(el, `[part="thread"][data-ticket="${id}"]`), `ticket ${id}`);
}

async function typeReply(el: EbokContact, text: string): Promise<void> {
  const area = $<HTMLTextAreaElement>(el, '#reply')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

const submit = (el: EbokContact) => $<HTMLButtonElement>(el, '[part="reply-submit"]')!.click();

describe('<ebok-contact> ticket conversation and reply', function () {
  this.timeout(timeoutFor(20_000));
  beforeEach(async () => {
    sessionStorage.clear();
    await setupMockApi();
  });
  afterEach(() => {
    fixtureCleanup();
    sessionStorage.clear();
    resetFaults();
  });

  for (const lang of LANGS) {
    it(`shows the conversation with the operator's answers and status changes in ${lang}, accessible`, async () => {
      await signInAs('jan');
      const el = await render(lang);
      await open(el, 't-1001-2');
      const entries = [...el.shadowRoot!.querySelectorAll('.entry')];
      expect(entries.map((e) => e.getAttribute('data-author') ?? 'status')).to.deep.equal(['customer', 'status', 'operator', 'customer', 'operator']);
      expect(shadowText(el)).to.contain('Konsultantka Marta');
      expect(shadowText(el)).to.contain('aneks-podpisany.pdf');
      expect(shadowText(el)).to.contain(WORDS[lang].thread.reply);
      expect(el.shadowRoot!.activeElement === $(el, '.back'), 'focus').to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('sends a reply once, even on a double click; shows it and focuses it', async () => {
    await signInAs('jan');
    const el = await render();
    await open(el, 't-1001-2');
    await typeReply(el, 'Dziękuję, czekam na zmianę.');
    submit(el);
    submit(el);
    await until(() => $(el, '.entry:last-child')?.textContent?.includes('Dziękuję, czekam na zmianę.'), 'the reply in the conversation');
    expect(replies()).to.equal(1);
    expect(posts('t-1001-2')).to.equal(1);
    await until(() => el.shadowRoot!.activeElement === $(el, '.entry:last-child'), 'focus on the reply');
    expect($<HTMLTextAreaElement>(el, '#reply')!.value).to.equal('');
    expect(sessionStorage.getItem('ebok-contact-reply:default')).to.equal(null);
  });

  it('asks for a text before sending, and sends nothing', async () => {
    await signInAs('jan');
    const el = await render();
    await open(el, 't-1001-2');
    submit(el);
    await until(() => $(el, '#reply[aria-invalid="true"]'), 'the error');
    expect(el.shadowRoot!.activeElement === $(el, '#reply'), 'focus').to.equal(true);
    expect(shadowText(el)).to.contain(pl.errors.required.message);
    expect(posts('t-1001-2')).to.equal(0);
  });

  it('offline → retry: keeps the text and adds one reply', async () => {
    await signInAs('jan');
    const el = await render();
    await open(el, 't-1001-2');
    await typeReply(el, 'Odpowiedź przy słabym zasięgu.');
    setFaults({ offline: true, path: '/replies' });
    submit(el);
    await until(() => $(el, '.form-alert'), 'the failure');
    expect(shadowText(el)).to.contain(pl.failed.kept);
    expect($<HTMLTextAreaElement>(el, '#reply')!.value).to.equal('Odpowiedź przy słabym zasięgu.');
    resetFaults();
    submit(el);
    await until(() => replies() === 1, 'the reply');
    await until(() => $(el, '.entry:last-child')?.textContent?.includes('słabym zasięgu'), 'shown');
    expect(replies()).to.equal(1);
  });

  for (const fault of [{ http503: 2 }, { http429: 2 }] as const) {
    it(`${Object.keys(fault)[0]} with Retry-After: counts the seconds down like a new message, blocks sending, then sends the same reply once (same key)`, async () => {
      await signInAs('jan');
      const el = await render();
      await open(el, 't-1001-2');
      const keys: string[] = [];
      const worker = await startMocks();
      const seen = ({ request }: { request: Request }) => {
        if (request.url.endsWith('/replies')) keys.push(request.headers.get('Idempotency-Key') ?? '');
      };
      worker.events.on('request:start', seen);
      try {
        await typeReply(el, 'Proszę o szybką odpowiedź.');
        setFaults({ ...fault, path: '/replies' });
        submit(el);
        await until(() => $(el, '[part="countdown"]'), 'the countdown');
        resetFaults();
        const countdown = () => $(el, '[part="countdown"]')?.textContent!.replace(/\s+/g, ' ').trim();
        // The words of a new message's wait, each second a state on screen (no timing assertions).
        await until(() => countdown() === 'Wiadomość możesz wysłać ponownie za 2 sekundy.' || countdown() === 'Wiadomość możesz wysłać ponownie za 1 sekundę.', 'seconds on screen', 8000);
        expect($(el, '[part="reply-submit"]')!.getAttribute('aria-disabled')).to.equal('true');
        expect(shadowText(el)).to.contain(pl.failed.kept);
        await expect(el).to.be.accessible();
        // Blocked: a click sends nothing (the guard is synchronous).
        submit(el);
        expect(posts('t-1001-2')).to.equal(1);
        // A loaded machine may delay the page's timers: the limit is generous, what is checked is not.
        await until(() => countdown() === 'Możesz już wysłać wiadomość ponownie.', 'the wait is over', 12_000);
        expect($(el, '[part="reply-submit"]')!.getAttribute('aria-disabled')).to.equal('false');
        await until(() => shadowText(el).includes('Możesz już wysłać wiadomość ponownie.'), 'announced');
        submit(el);
        await until(() => $(el, '.form-alert[data-tone="success"]'), 'sent');
        expect(posts('t-1001-2')).to.equal(2);
        expect(replies()).to.equal(1);
        expect(keys).to.have.length(2);
        expect(keys[1]).to.equal(keys[0]);
        expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
        expect($(el, '[part="countdown"]')).to.equal(null);
      } finally {
        worker.events.removeListener('request:start', seen);
      }
    });
  }

  it('lost answer → reload → send again: the same key, one reply; the draft reopens the ticket', async () => {
    await signInAs('jan');
    let el = await render();
    await open(el, 't-1001-2');
    await typeReply(el, 'Czy aneks dotarł?');
    setFaults({ hang: true, path: '/replies' });
    submit(el);
    await until(() => posts('t-1001-2') === 1, 'the request at the server');
    window.dispatchEvent(new Event('pagehide'));
    el.remove();
    resetFaults();
    await until(() => replies() === 1, 'the reply created without an answer');

    el = await renderWidget<EbokContact>(html`<ebok-contact></ebok-contact>`);
    await until(() => $<HTMLTextAreaElement>(el, '#reply')?.value === 'Czy aneks dotarł?', 'the restored reply, ticket reopened');
    expect(shadowText(el)).to.contain(pl.resumed);
    submit(el);
    await until(() => posts('t-1001-2') === 2, 'the retry');
    await until(() => $(el, '.form-alert[data-tone="success"]'), 'sent');
    expect(replies()).to.equal(1);
    const mine = [...el.shadowRoot!.querySelectorAll('.entry')].filter((e) => e.textContent?.includes('Czy aneks dotarł?'));
    expect(mine).to.have.length(1);
  });

  it('a closed ticket says so and turns the text into a new ticket, nothing lost', async () => {
    await signInAs('jan');
    const el = await render();
    await open(el, 't-1001-3');
    expect($(el, '[part="thread-closed"]')).to.not.equal(null);
    expect($(el, '#reply')).to.equal(null);
    expect(shadowText(el)).to.contain('ul. Leśna 4');
    $<HTMLButtonElement>(el, '[part="thread-new"]')!.click();
    await until(() => el.shadowRoot!.activeElement === $(el, '#message'), 'the new ticket form');
    expect($<HTMLSelectElement>(el, '#topicId')!.value).to.equal('failure');
    expect($<HTMLInputElement>(el, '#subject')!.value).to.match(/^Dotyczy zgłoszenia ZG\/\d{4}\/003021: /);
    await expect(el).to.be.accessible();
  });

  it('a ticket closed meanwhile (409 ticket_closed) keeps the text for a new ticket', async () => {
    await signInAs('jan');
    const el = await render();
    await open(el, 't-1001-2');
    await typeReply(el, 'Jeszcze jedno pytanie.');
    resetFaults();
    const { ticketThreads } = await import('../../mocks/state');
    ticketThreads().get('t-1001-2')!.replyAllowed = false;
    submit(el);
    await until(() => $(el, '[part="thread-closed"]'), 'told it is closed');
    expect(el.shadowRoot!.activeElement === $(el, '#reply-closed'), 'focus').to.equal(true);
    $<HTMLButtonElement>(el, '[part="thread-new"]')!.click();
    await until(() => $<HTMLTextAreaElement>(el, '#message')?.value === 'Jeszcze jedno pytanie.', 'the text in the new ticket');
    expect(replies()).to.equal(0);
  });

  it('refuses an attachment over the limits with the reason, before sending', async () => {
    await signInAs('jan');
    const el = await render();
    await open(el, 't-1001-2');
    const input = $<HTMLInputElement>(el, '#reply-files')!;
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(6 * 1024 * 1024)], 'duzy.pdf', { type: 'application/pdf' }));
    dt.items.add(new File(['x'], 'program.exe', { type: 'application/x-msdownload' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const rejected = $(el, '.reply .rejected')!;
    expect(rejected.getAttribute('role')).to.equal('alert');
    expect(rejected.textContent).to.contain('duzy.pdf');
    expect(rejected.textContent).to.contain('program.exe');
    expect(el.shadowRoot!.querySelectorAll('.reply .file-list li')).to.have.length(0);
  });

  it('goes back to the history with focus on the ticket, and opens a ticket asked for by ebok-open', async () => {
    await signInAs('jan');
    const el = await render();
    await open(el, 't-1001-2');
    $<HTMLButtonElement>(el, '.back')!.click();
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-open') === 't-1001-2', 'focus back on the ticket');
    const event = new CustomEvent('ebok-open', { detail: { kind: 'ticket', id: 't-1001-1', label: 'x' }, bubbles: true, composed: true, cancelable: true });
    document.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
    await until(() => $(el, '[part="thread"][data-ticket="t-1001-1"]'), 'opened by the event');
  });

  it('forgets the conversation and the reply draft at sign-out', async () => {
    await signInAs('jan');
    const el = await render();
    await open(el, 't-1001-2');
    await typeReply(el, 'Prywatne');
    window.dispatchEvent(new Event('pagehide'));
    expect(sessionStorage.getItem('ebok-contact-reply:default')).to.contain('Prywatne');
    const { getSessionStore } = await import('../core/session');
    await getSessionStore().end('user');
    await until(() => !$(el, '[part="thread"]'), 'the conversation gone');
    expect(shadowText(el)).not.to.contain('Konsultantka');
    expect(sessionStorage.getItem('ebok-contact-reply:default')).to.equal(null);
  });
});
