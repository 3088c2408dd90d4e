// The React and Vue examples of docs/operators/examples, run as they are documented (only the
// CDN addresses are swapped for local copies, see web-test-runner.config.mjs): the framework hears
// our events, renders our tags, adds and removes them, and the widgets work throughout.
import { expect } from '@open-wc/testing';
import { openHost, signInByTyping, type Host } from './test-utils/host';
import { SHOWS_DATA, SHOWS_SIGNED_OUT, frames, text, until } from './test-utils';
import { timeoutFor } from '../../widgets/test-utils/engine';

function widget(host: Host, tag: string): Element | null {
  return host.doc.querySelector(tag);
}

/** Once the framework has rendered the sign-in form, sign in through it as a customer would. */
async function signIn(host: Host): Promise<void> {
  await until(() => {
    const el = widget(host, 'ebok-login');
    return el && SHOWS_SIGNED_OUT['ebok-login']!(el);
  }, 'the sign-in form', 15_000);
  await signInByTyping(host);
}

function button(host: Host, label: string): HTMLButtonElement {
  const found = [...host.doc.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  expect(found, `the example's "${label}" button`).to.exist;
  return found!;
}

async function showsData(host: Host, tag: string): Promise<Element> {
  try {
    return await until(() => {
      const el = widget(host, tag);
      return el && SHOWS_DATA[tag]!(el) ? el : null;
    }, `${tag} showing data`, 15_000);
  } catch (error) {
    const el = widget(host, tag);
    throw new Error(`${(error as Error).message}; it shows: ${el ? `"${text(el)}"` : 'nothing (not in the page)'}`);
  }
}

describe('framework examples (docs/operators/examples)', () => {
  let host: Host | undefined;
  afterEach(() => host?.remove());

  it('React: hears ebok-login, swaps <ebok-balance> and <ebok-invoices>, both show data each time', async function () {
    this.timeout(timeoutFor(40_000));
    host = await openHost('examples/react.html');
    await until(() => host!.doc.querySelector('main'), 'React to render', 15_000);
    await signIn(host);
    // The component's own state, set from the event the widget dispatched.
    await until(() => host!.doc.querySelector('main > p')?.textContent === 'Witaj, Jan Kowalski', 'React to greet the customer', 15_000);
    await showsData(host, 'ebok-balance');

    for (const [label, shown, gone] of [
      ['Faktury', 'ebok-invoices', 'ebok-balance'],
      ['Saldo', 'ebok-balance', 'ebok-invoices'],
      ['Faktury', 'ebok-invoices', 'ebok-balance'],
    ] as const) {
      button(host, label).click();
      await showsData(host, shown);
      expect(widget(host, gone) === null, `${gone} removed by React`).to.equal(true);
    }
    expect(host.probe.errors).to.deep.equal([]);
    expect(host.probe.warnings).to.deep.equal([]);
  });

  it('Vue: hears ebok-login and ebok-logout, v-if adds and removes <ebok-balance>, the language switch reaches every widget', async function () {
    this.timeout(timeoutFor(40_000));
    host = await openHost('examples/vue.html');
    await signIn(host);
    const greeting = () => [...host!.doc.querySelectorAll('#app > p')].map((p) => p.textContent!.trim());
    await until(() => greeting().includes('Witaj, Jan Kowalski'), 'Vue to greet the customer', 15_000);
    await showsData(host, 'ebok-balance');
    await showsData(host, 'ebok-usage');

    const toggle = button(host, 'Pokaż / ukryj saldo');
    toggle.click();
    await until(() => widget(host!, 'ebok-balance') === null, 'v-if to remove the balance');
    toggle.click();
    await showsData(host, 'ebok-balance');

    const select = host.doc.querySelector<HTMLSelectElement>('#app select')!;
    select.value = 'uk';
    select.dispatchEvent(new Event('change'));
    for (const tag of ['ebok-login', 'ebok-balance', 'ebok-usage']) {
      await until(() => widget(host!, tag)!.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') === 'uk', `${tag} in Ukrainian`);
    }
    expect(text(widget(host, 'ebok-balance')!)).to.match(/Баланс/);

    // Logging out clears Vue's state through the ebok-logout event.
    const logout = [...widget(host, 'ebok-login')!.shadowRoot!.querySelectorAll('button')].find((b) => /Вийти/.test(b.textContent!));
    expect(logout, 'logout button').to.exist;
    logout!.click();
    await until(() => !greeting().some((g) => g.startsWith('Witaj')), 'Vue to forget the customer', 15_000);
    await frames(2);
    expect(host.probe.errors).to.deep.equal([]);
    expect(host.probe.warnings).to.deep.equal([]);
  });
});
