import { expect } from '@open-wc/testing';
import type { AccountContact } from '../core/api/types';
import { getSessionStore } from '../core/session';
import { advanceMockClock, getMockStats } from '../../mocks/state';
import { html, LANGS, renderWidget, setupMockApi, shadowText, signInAs, timeoutFor, until } from '../test-utils/index';
import type { EbokAccount } from './ebok-account';
import { SECTIONS } from './account-view';
import './ebok-account';

function $<E extends Element = HTMLElement>(el: EbokAccount, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`No ${selector} in <ebok-account>`);
  return found;
}
const has = (el: EbokAccount, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const section = (el: EbokAccount, id: string) => $(el, `[data-section="${id}"]`);
const requests = (key: string) => getMockStats().requests[key] ?? 0;
const textOf = (el: EbokAccount, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent ?? '';

async function type(el: EbokAccount, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
}

async function tick(el: EbokAccount, id: string, checked: boolean): Promise<void> {
  const box = $<HTMLInputElement>(el, `#${id}`);
  if (box.checked !== checked) box.click();
  await el.updateComplete;
}

async function save(el: EbokAccount, id: string): Promise<void> {
  $<HTMLButtonElement>(el, `#${id}-bar button`).click();
  await el.updateComplete;
}

const saved = (el: EbokAccount, id: string) => section(el, id).querySelector('.save-status[data-saved="true"]') !== null;

/** Signed in as `who`, every section loaded. */
async function open(who: Parameters<typeof signInAs>[0] = 'jan', lang = 'pl'): Promise<EbokAccount> {
  await signInAs(who);
  const el = await renderWidget<EbokAccount>(html`<ebok-account lang=${lang}></ebok-account>`);
  // Each section's own form, not a count of forms: a pending e-mail change (Anna) is a second form
  // in the contact section, and a count of five was reached with e-invoices still loading.
  await until(() => SECTIONS.every((id) => el.shadowRoot!.querySelector(`[data-section="${id}"] form[part="form"]`)), 'every section', 8000);
  return el;
}

/** What "another tab" does: read the section and save it with its own version. */
async function otherTabSavesContact(patch: Partial<AccountContact['address']>): Promise<void> {
  const c = (await (await fetch('/api/account/contact')).json()) as AccountContact;
  const r = await fetch('/api/account/contact', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'If-Match': `"${c.version}"` },
    body: JSON.stringify({ address: { ...c.address, ...patch }, email: c.email, phone: c.phone }),
  });
  expect(r.status).to.equal(200);
}

describe('<ebok-account>', function () {
  this.timeout(timeoutFor(30_000));
  beforeEach(setupMockApi);

  it('asks to sign in when nobody is, and shows nothing of anyone', async () => {
    const el = await renderWidget<EbokAccount>(html`<ebok-account></ebok-account>`);
    await until(() => has(el, '[part="signed-out"]'), 'the signed-out view');
    expect(has(el, '[part="section"]')).to.equal(false);
  });

  for (const lang of LANGS) {
    it(`loads every section for Jan in ${lang}, accessible, the name read only`, async () => {
      const el = await open('jan', lang);
      expect($(el, '[part="readonly"]').textContent).to.contain('Jan Kowalski');
      expect(has(el, 'input[name="name"]')).to.equal(false);
      expect($<HTMLInputElement>(el, '#contact-address-street').value).to.equal('ul. Długa 5/12');
      expect($<HTMLInputElement>(el, '#contact-phone').value).to.equal('+48601234567');
      // The required terms are shown as given, with no checkbox to withdraw them.
      expect(has(el, '#consents-consents-terms')).to.equal(false);
      expect($<HTMLInputElement>(el, '#consents-consents-marketing-email').checked).to.equal(true);
      expect($<HTMLSelectElement>(el, '#notifications-reminderDaysBefore').value).to.equal('3');
      await expect(el).to.be.accessible();
    });
  }

  it('refuses an invalid postal code, e-mail and phone at the field, sends nothing, focuses the first', async () => {
    const el = await open();
    await type(el, 'contact-address-postalCode', '8082');
    await type(el, 'contact-email', 'jan@example');
    await type(el, 'contact-phone', '12-34');
    await save(el, 'contact');
    await until(() => el.shadowRoot!.activeElement?.id === 'contact-address-postalCode', 'focus on the postal code');
    for (const id of ['contact-address-postalCode', 'contact-email', 'contact-phone']) {
      expect($(el, `#${id}`).getAttribute('aria-invalid'), id).to.equal('true');
      expect(has(el, `#${id}-error`), id).to.equal(true);
    }
    expect(requests('PUT /account/contact')).to.equal(0);
    // Nothing typed is lost.
    expect($<HTMLInputElement>(el, '#contact-email').value).to.equal('jan@example');
    await expect(el).to.be.accessible();
  });

  it('saves the address once for a double click, in canonical form, and says so', async () => {
    const el = await open();
    await type(el, 'contact-address-street', 'ul. Długa 7');
    await type(el, 'contact-address-postalCode', '80827');
    expect(section(el, 'contact').textContent).to.contain('Niezapisane zmiany');
    $<HTMLButtonElement>(el, '#contact-bar button').click();
    $<HTMLButtonElement>(el, '#contact-bar button').click();
    await until(() => saved(el, 'contact'), 'saved');
    expect(requests('PUT /account/contact')).to.equal(1);
    expect($<HTMLInputElement>(el, '#contact-address-postalCode').value).to.equal('80-827');
    expect(section(el, 'contact').textContent).to.contain('Zapisano');
  });

  it('after a save that raced another tab (412): reads the section again, says why, keeps the edit, saves both', async () => {
    const el = await open();
    await type(el, 'contact-address-street', 'ul. Długa 9');
    await otherTabSavesContact({ city: 'Gdynia' });
    await save(el, 'contact');
    await until(() => has(el, '[data-section="contact"] [part="form-alert"]'), 'the 412 notice');
    await until(() => $<HTMLInputElement>(el, '#contact-address-city').value === 'Gdynia', 'the other tab’s city');
    expect($(el, '[data-section="contact"] [part="form-alert"]').textContent).to.contain('w innym oknie');
    expect($<HTMLInputElement>(el, '#contact-address-street').value).to.equal('ul. Długa 9');
    await expect(el).to.be.accessible();
    await save(el, 'contact');
    await until(() => saved(el, 'contact'), 'saved the second time');
    const c = (await (await fetch('/api/account/contact')).json()) as AccountContact;
    expect(c.address).to.include({ street: 'ul. Długa 9', city: 'Gdynia' });
  });

  it('keeps a new e-mail pending until its code: wrong codes count down, then Retry-After; the right one makes it current', async () => {
    const el = await open();
    await type(el, 'contact-email', 'jan.nowy@example.pl');
    await save(el, 'contact');
    await until(() => has(el, '[part="pending-change"][data-channel="email"]'), 'the pending change');
    await until(() => el.shadowRoot!.activeElement?.id === 'code-email', 'focus on the code');
    expect($<HTMLInputElement>(el, '#contact-email').value).to.equal('jan.kowalski@example.pl');
    expect($(el, '[part="pending-change"]').textContent).to.contain('jan.nowy@example.pl');

    await type(el, 'code-email', '12');
    $<HTMLButtonElement>(el, '[part="confirm"]').click();
    await until(() => has(el, '#code-email-error'), 'the format error');
    expect(requests('POST /account/contact/confirm')).to.equal(0);

    for (const left of [4, 3, 2, 1]) {
      await type(el, 'code-email', '000000');
      $<HTMLButtonElement>(el, '[part="confirm"]').click();
      await until(() => textOf(el, '#code-email-error').includes(String(left)) && !$(el, '[part="confirm"]').matches('[aria-disabled="true"]'), `${left} left`);
    }
    await type(el, 'code-email', '000000');
    $<HTMLButtonElement>(el, '[part="confirm"]').click();
    await until(() => /\b1[12]\d\b/.test(textOf(el, '#code-email-error')), 'the wait in seconds');
    expect($(el, '#code-email-error').getAttribute('role')).to.equal('alert');
    expect($(el, '[part="resend"]').getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '[part="confirm"]').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('confirms a pending e-mail with the right code (Anna)', async () => {
    const el = await open('anna');
    await type(el, 'code-email', '123 456');
    $<HTMLButtonElement>(el, '[part="confirm"]').click();
    await until(() => !has(el, '[part="pending-change"]'), 'the change confirmed');
    expect($<HTMLInputElement>(el, '#contact-email').value).to.equal('anna.nowak@poczta.example.pl');
    await until(() => el.shadowRoot!.activeElement === $(el, '#contact-bar button'), 'focus back in the form');
  });

  it('says an expired code has expired, sends a new one, and lets the change be cancelled', async () => {
    const el = await open('anna');
    advanceMockClock(6 * 60_000);
    await type(el, 'code-email', '123456');
    $<HTMLButtonElement>(el, '[part="confirm"]').click();
    await until(() => has(el, '#code-email-error'), 'the error');
    expect($(el, '#code-email-error').textContent).to.contain('Kod wygasł');
    $<HTMLButtonElement>(el, '[part="resend"]').click();
    await until(() => section(el, 'contact').textContent!.includes('Wysłaliśmy nowy kod'), 'resent');
    expect($(el, '[part="resend"]').getAttribute('aria-disabled')).to.equal('true');
    $<HTMLButtonElement>(el, '[part="cancel-change"]').click();
    await until(() => !has(el, '[part="pending-change"]'), 'cancelled');
    expect($<HTMLInputElement>(el, '#contact-email').value).to.equal('anna.nowak@example.pl');
  });

  it('withdraws a consent with one click and a save, as easily as granting it', async () => {
    const el = await open();
    await tick(el, 'consents-consents-marketing-email', false);
    await tick(el, 'consents-consents-partners', true);
    await save(el, 'consents');
    await until(() => saved(el, 'consents'), 'saved');
    const text = section(el, 'consents').textContent!;
    expect(text).to.match(/Wycofana \d/);
    expect($<HTMLInputElement>(el, '#consents-consents-partners').checked).to.equal(true);
    expect(requests('PUT /account/consents')).to.equal(1);
  });

  it("shows an operator's markup as text and lets required new terms be accepted (Olena, in uk)", async () => {
    const el = await open('olena', 'uk');
    const terms = $(el, '[data-consent="terms-2026"] [part="consent-text"]');
    expect(terms.getAttribute('lang')).to.equal('uk');
    expect(terms.textContent).to.contain('<b>Без прийняття</b>');
    expect(terms.querySelector('b')).to.equal(null);
    const quality = $(el, '[data-consent="water-quality"] [part="consent-text"]');
    expect(quality.getAttribute('lang')).to.equal('pl');
    expect(quality.textContent).to.contain('<script>');
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    await tick(el, 'consents-consents-terms-2026', true);
    await save(el, 'consents');
    await until(() => saved(el, 'consents'), 'saved');
    expect(has(el, '#consents-consents-terms-2026')).to.equal(false);
  });

  it('switches e-invoices on only with the address confirmed, and says from which day (Anna)', async () => {
    const el = await open('anna');
    await tick(el, 'eInvoice-enabled', true);
    expect($<HTMLInputElement>(el, '#eInvoice-email').value).to.equal('anna.nowak@example.pl');
    await save(el, 'eInvoice');
    await until(() => has(el, '#eInvoice-addressConfirmed-error'), 'the confirmation error');
    expect(requests('PUT /account/e-invoice')).to.equal(0);
    await tick(el, 'eInvoice-addressConfirmed', true);
    await save(el, 'eInvoice');
    await until(() => saved(el, 'eInvoice'), 'saved');
    expect($(el, '[part="current"]').textContent).to.match(/od \d+ \S+ \d{4}/);
  });

  it('offers no SMS without a phone and saves the reminder days (Piotr)', async () => {
    const el = await open('piotr');
    expect($<HTMLInputElement>(el, '#notifications-events-newInvoice-sms').disabled).to.equal(true);
    await type(el, 'notifications-reminderDaysBefore', '7');
    await tick(el, 'notifications-events-paymentReceived-email', true);
    await save(el, 'notifications');
    await until(() => saved(el, 'notifications'), 'saved');
    expect($<HTMLSelectElement>(el, '#notifications-reminderDaysBefore').value).to.equal('7');
  });

  it('keeps unsaved edits through a language switch, with the consent texts in the new language', async () => {
    const el = await open();
    await type(el, 'contact-address-street', 'ul. Nowa 1');
    await tick(el, 'consents-consents-marketing-email', false);
    el.lang = 'uk';
    await until(() => el.shadowRoot!.querySelector('[data-consent="marketing-email"] [part="consent-text"]')?.getAttribute('lang') === 'uk', 'uk texts', 8000);
    expect($<HTMLInputElement>(el, '#contact-address-street').value).to.equal('ul. Nowa 1');
    expect($<HTMLInputElement>(el, '#consents-consents-marketing-email').checked).to.equal(false);
    expect(section(el, 'contact').textContent).to.contain('Є незбережені зміни');
  });

  it('on logout drops everything of the customer but says which sections were not saved', async () => {
    const el = await open();
    await type(el, 'contact-address-street', 'ul. Nowa 1');
    await getSessionStore().end('user');
    await until(() => has(el, '[part="lost"]'), 'the notice');
    expect($(el, '[part="lost"]').textContent).to.contain('Dane kontaktowe');
    expect(shadowText(el)).not.to.contain('Kowalski');
    expect(shadowText(el)).not.to.contain('Nowa 1');
    await expect(el).to.be.accessible();
  });

  it('refuses a wrong current password with the attempts left, then changes it and clears the fields', async () => {
    const el = await open();
    await type(el, 'password-currentPassword', 'zle-haslo');
    await type(el, 'password-newPassword', 'Nowe-Haslo-2026');
    await save(el, 'password');
    await until(() => has(el, '#password-currentPassword-error'), 'the error');
    expect(section(el, 'password').textContent).to.contain('Zostały 4 próby');
    await type(el, 'password-currentPassword', 'Ebok-demo-1');
    await save(el, 'password');
    await until(() => saved(el, 'password'), 'changed');
    expect($<HTMLInputElement>(el, '#password-currentPassword').value).to.equal('');
    expect($<HTMLInputElement>(el, '#password-newPassword').value).to.equal('');
    expect(section(el, 'password').textContent).to.contain('Wylogowaliśmy Cię na innych urządzeniach');
  });
  // Mocha runs nested suites after every test of this one, so these stay tests of the file's suite:
  // the last test below ends the worker's mocking.
  for (const lang of LANGS) {
    it(`on a view_only account (issue #19) shows every section as text with a note, no forms but the password's, in ${lang}`, async () => {
      await signInAs('viewer');
      const el = await renderWidget<EbokAccount>(html`<ebok-account lang=${lang}></ebok-account>`);
      await until(() => has(el, '[data-section="notifications"] [part="readonly"]') && has(el, '[data-section="consents"] [part="consents"]') && has(el, '[part="current"]') && has(el, '[data-section="contact"] [part="readonly"]'), 'every section', 8000);
      const note = $(el, '[part="read-only"]');
      expect(note.textContent).to.contain(el.shadowRoot!.querySelector('[data-section="password"] h3')!.textContent!.trim());
      // Jan's data, as Jan's wife may see it — and nothing to change it with.
      expect(textOf(el, '[data-section="contact"]')).to.contain('jan.kowalski@example.pl');
      const forms = [...el.shadowRoot!.querySelectorAll('form')];
      expect(forms.map((f) => f.closest('[data-section]')?.getAttribute('data-section'))).to.deep.equal(['password']);
      expect(el.shadowRoot!.querySelectorAll('[part="save"]').length).to.equal(1);
      const controls = [...el.shadowRoot!.querySelectorAll('input, select, textarea')].map((c) => c.id);
      expect(controls).to.deep.equal(['password-currentPassword', 'password-newPassword']);
      expect(has(el, '[part="pending-change"]')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('on a view_only account lets the person change their own password there', async () => {
    await signInAs('viewer');
    const el = await renderWidget<EbokAccount>(html`<ebok-account></ebok-account>`);
    await until(() => has(el, '#password-currentPassword'), 'the password form', 8000);
    await type(el, 'password-currentPassword', 'Ebok-demo-1');
    await type(el, 'password-newPassword', 'Zupelnie-nowe-haslo-77');
    await save(el, 'password');
    await until(() => saved(el, 'password'), 'password changed');
    expect(requests('PUT /account/contact') + requests('PUT /account/notifications')).to.equal(0);
  });

  // Last in the file: msw's worker client stops mocking on a beforeunload event, so no request may follow it.
  it('asks before the page is left with unsaved changes, and not otherwise', async () => {
    const el = await open();
    const leave = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    await type(el, 'notifications-reminderDaysBefore', '5');
    expect(leave()).to.equal(true);
    await type(el, 'notifications-reminderDaysBefore', '3');
    expect(leave()).to.equal(false);
  });
});
