/**
 * Every state of <ebok-contact>, rendered through `preview` in each language: axe-clean, no
 * horizontal overflow at 320 px, the right words. The same states feed the gallery.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { getMockStats } from '../../mocks/state';
import { html, LANGS, setupMockApi, shadowText, until } from '../test-utils/index';
import { contactStates } from './contact-states';
import type { ContactState, EbokContact } from './ebok-contact';
import './ebok-contact';
import pl from './i18n/pl.json';
import ru from './i18n/ru.json';
import uk from './i18n/uk.json';

const STATES = contactStates();
const BUNDLES = { pl, uk, ru } as const;

const WORDS = {
  pl: { title: 'Napisz do nas', sent: 'Numer zgłoszenia', history: 'Historia zgłoszeń', inProgress: 'W realizacji', summary: 'Popraw 7 błędów w formularzu' },
  uk: { title: 'Напишіть нам', sent: 'Номер звернення', history: 'Історія звернень', inProgress: 'У роботі', summary: 'Виправте 7 помилок у формі' },
  ru: { title: 'Напишите нам', sent: 'Номер обращения', history: 'История обращений', inProgress: 'В работе', summary: 'Исправьте 7 ошибок в форме' },
} as const;

async function show(state: ContactState, lang: string, width: number): Promise<EbokContact> {
  const wrapper = await fixture<HTMLDivElement>(html`<div class="frame">
    <ebok-contact lang=${lang} .preview=${state}></ebok-contact>
  </div>`);
  wrapper.style.setProperty('width', `${width}px`);
  const el = wrapper.querySelector('ebok-contact')!;
  await el.translationsReady;
  const title = state.mode === 'failure' ? BUNDLES[lang as 'pl'].failure.title : WORDS[lang as 'pl'].title;
  await until(() => el.shadowRoot?.querySelector('h2')?.textContent?.trim() === title, `${lang} strings`);
  // The conversation and the failure fields come in chunks of their own: wait until they render.
  if (state.thread) await until(() => el.shadowRoot!.querySelector('[part="thread-back"]'), 'the conversation module');
  if (state.mode === 'failure' && state.submission.status !== 'sent') await until(() => el.shadowRoot!.querySelector('#since'), 'the failure fields');
  return el;
}

function assertNoOverflow(el: EbokContact, name: string): void {
  const root = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
  expect(root.scrollWidth, `${name}: horizontal overflow`).to.be.at.most(root.clientWidth);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const r = node.getBoundingClientRect();
    if (r.width === 0) continue;
    const outer = root.getBoundingClientRect();
    expect(r.right, `${name}: <${node.localName} class="${node.className}"> sticks out`).to.be.at.most(outer.right + 0.5);
  }
}

describe('<ebok-contact> states', () => {
  before(async () => {
    await setupMockApi();
  });
  afterEach(() => fixtureCleanup());

  for (const lang of LANGS) {
    describe(lang, () => {
      for (const [name, { state }] of Object.entries(contactStates())) {
        it(`${name}: accessible, no overflow at 320 px`, async () => {
          const el = await show(state, lang, 320);
          assertNoOverflow(el, name);
          await expect(el).to.be.accessible();
        });
      }

      it('says the right words', async () => {
        const w = WORDS[lang];
        let el = await show(STATES.sent!.state, lang, 800);
        expect(shadowText(el)).to.contain(w.sent);
        expect(shadowText(el)).to.contain('ZG/2026/004601');
        el = await show(STATES.signedIn!.state, lang, 800);
        expect(shadowText(el)).to.contain(w.history);
        expect(el.shadowRoot!.querySelector('table')!.textContent).to.contain(w.inProgress);
        el = await show(STATES.errors!.state, lang, 800);
        expect(el.shadowRoot!.querySelector('#error-summary h3')!.textContent).to.contain(w.summary);
      });
    });
  }

  for (const lang of LANGS) {
    it(`conversation and failure states say their words in ${lang}`, async () => {
      const b = BUNDLES[lang];
      let el = await show(STATES.threadOpen!.state, lang, 800);
      expect(shadowText(el)).to.contain('Konsultantka Marta');
      expect(shadowText(el)).to.contain('aneks-podpisany.pdf');
      expect(el.shadowRoot!.querySelector('#reply')).not.to.equal(null);
      el = await show(STATES.threadClosed!.state, lang, 800);
      expect(shadowText(el)).to.contain(b.thread.closed);
      expect(el.shadowRoot!.querySelector('#reply')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="failure-details"]')!.textContent).to.contain('Zalesie Dolne');
      el = await show(STATES.threadCountdown!.state, lang, 800);
      expect(el.shadowRoot!.querySelector('[part="countdown"]')!.textContent).to.contain('22');
      expect(el.shadowRoot!.querySelector('[part="reply-submit"]')!.getAttribute('aria-disabled')).to.equal('true');
      el = await show(STATES.failureErrors!.state, lang, 800);
      expect(shadowText(el)).to.contain(b.failure.title);
      expect(el.shadowRoot!.querySelector('#since')!.getAttribute('aria-invalid')).to.equal('true');
      el = await show(STATES.failureSent!.state, lang, 800);
      expect(shadowText(el)).to.contain('ZG/2026/004602');
    });
  }

  for (const lang of LANGS) {
    it(`a view-only account sees its tickets and conversations but no form or reply box in ${lang}`, async () => {
      const b = BUNDLES[lang];
      let el = await show(STATES.readOnly!.state, lang, 800);
      expect(el.shadowRoot!.querySelector('[part="read-only"]')!.textContent).to.contain(b.readOnly);
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect(el.shadowRoot!.querySelector('#message')).to.equal(null);
      expect(shadowText(el)).to.contain(b.history.title);
      el = await show(STATES.threadReadOnly!.state, lang, 800);
      expect(shadowText(el)).to.contain('Konsultantka Marta');
      expect(el.shadowRoot!.querySelector('#reply')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="thread-new"]')).to.equal(null);
      // One note on the screen (where the form would be), not a second one under the conversation.
      expect(el.shadowRoot!.querySelectorAll('[part="read-only"]')).to.have.length(1);
    });
  }

  it('shows a table on wide screens and cards at 320 px', async () => {
    let el = await show(STATES.signedIn!.state, 'pl', 900);
    const visible = (sel: string) => getComputedStyle(el.shadowRoot!.querySelector(sel)!).display !== 'none';
    expect(visible('.table-wrap')).to.equal(true);
    expect(visible('.cards')).to.equal(false);
    el = await show(STATES.signedIn!.state, 'pl', 320);
    expect(visible('.table-wrap')).to.equal(false);
    expect(visible('.cards')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.cards li')).to.have.length(3);
    expect(el.shadowRoot!.querySelector('.cards li')!.textContent).to.contain('ZG/2026/004512');
  });

  it('renders progress and its announcement', async () => {
    const el = await show(STATES.sending!.state, 'pl', 800);
    expect(el.shadowRoot!.querySelector('progress')!.value).to.equal(50);
    expect(el.shadowRoot!.querySelector('#announcer')!.textContent).to.equal('Wysłano 50%');
    expect(el.shadowRoot!.querySelector('[part="submit"]')!.textContent).to.contain('Wysyłanie…');
  });

  it('a preview fetches nothing and its controls send nothing', async () => {
    const before = getMockStats().requests;
    const el = await show(STATES.anonymous!.state, 'pl', 800);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('#files-button')!.click();
    await el.updateComplete;
    const after = getMockStats().requests;
    expect(after['GET /contact/topics'] ?? 0).to.equal(before['GET /contact/topics'] ?? 0);
    expect(after['POST /contact/tickets'] ?? 0).to.equal(0);
    expect(el.shadowRoot!.querySelector('#error-summary')).to.equal(null);
  });
});
