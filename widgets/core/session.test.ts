import { expect, fixture, html } from '@open-wc/testing';
import { ContextEvent } from '@lit/context';
import '../test-utils/test-widget';
import type { EbokTestWidget } from '../test-utils/test-widget';
import { getSessionStore, sessionContext, customerOf, type SessionStore } from './session';
import { setupMockApi, signInAs, until } from '../test-utils';
import { login } from './api/endpoints';
import type { EbokEventMap } from './events';

const who = (el: EbokTestWidget) => el.shadowRoot!.querySelector('.who')!.textContent!.trim();
const balance = (el: EbokTestWidget) => el.shadowRoot!.querySelector('.balance')!.textContent!.trim();

describe('shared session', () => {
  beforeEach(() => setupMockApi());

  it('is one store provided at <html> under a registered symbol key', () => {
    const store = getSessionStore();
    let found: SessionStore | undefined;
    // A separately built copy creates its own context object from the same Symbol.for key.
    const otherCopyContext = Symbol.for('ebok.session') as unknown as typeof sessionContext;
    document.body.dispatchEvent(new ContextEvent(otherCopyContext, document.body, (v: SessionStore) => (found = v)));
    // Compare identity as a boolean: chai would try to print the whole store on failure.
    expect(found === store).to.equal(true);
    expect(found!.protocol).to.equal(1);
  });

  it('signing in through one widget updates widgets elsewhere, including inside other shadow roots', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <header><ebok-test-widget id="a"></ebok-test-widget></header>
      <aside><div class="foreign"></div></aside>
    </div>`);
    const a = page.querySelector<EbokTestWidget>('#a')!;
    const foreignRoot = page.querySelector('.foreign')!.attachShadow({ mode: 'open' });
    const b = document.createElement('ebok-test-widget');
    foreignRoot.append(b);
    await a.translationsReady;
    await b.translationsReady;
    await until(() => who(a) === 'anonymous' && who(b) === 'anonymous', 'both anonymous');

    const events: Array<keyof EbokEventMap> = [];
    document.addEventListener('ebok-login', () => events.push('ebok-login'), { once: true });
    await signInAs('jan');
    await until(() => who(a).includes('Jan Kowalski') && who(b).includes('Jan Kowalski'), 'both signed in');
    await until(() => balance(a) !== 'loading' && balance(b) !== 'loading', 'balance loaded');
    expect(events).to.deep.equal(['ebok-login']);
  });

  it('logout drops the customer from every widget, its DOM and its memory', async () => {
    await signInAs('anna');
    const el = await fixture<EbokTestWidget>(html`<ebok-test-widget></ebok-test-widget>`);
    await el.translationsReady;
    await until(() => el.balance.value !== undefined, 'data loaded');
    const reasons: string[] = [];
    document.addEventListener('ebok-logout', (e) => reasons.push(e.detail.reason), { once: true });
    await getSessionStore().end('user');
    await el.updateComplete;
    expect(who(el)).to.equal('anonymous');
    expect(el.balance.value).to.equal(undefined);
    expect(el.balance.state.status).to.equal('idle');
    expect(el.shadowRoot!.textContent).not.to.include('Anna');
    expect(reasons).to.deep.equal(['user']);
  });

  it('window.ebok.logout() style requests end the session too', async () => {
    await signInAs('jan');
    document.dispatchEvent(new CustomEvent('ebok-logout-request', { detail: { reason: 'idle' } }));
    await until(() => getSessionStore().state.status === 'anonymous', 'ended');
    expect(getSessionStore().state).to.deep.equal({ status: 'anonymous', reason: 'idle' });
  });

  it('finds an existing session on start (cookie already set)', async () => {
    const result = await login({ identifier: 'jan.kowalski@example.pl', identifierType: 'email', password: 'Ebok-demo-1' });
    expect(result.status).to.equal('authenticated');
    const store = getSessionStore();
    expect(store.state.status).to.equal('unknown');
    await store.check();
    expect(customerOf(store.state)?.name).to.equal('Jan Kowalski');
  });

  it('a widget removed and added again keeps following the session', async () => {
    const el = await fixture<EbokTestWidget>(html`<ebok-test-widget></ebok-test-widget>`);
    await el.translationsReady;
    const parent = el.parentElement!;
    el.remove();
    await signInAs('jan');
    parent.append(el);
    await until(() => who(el).includes('Jan'), 'picked up the session after reconnecting');
    await getSessionStore().end('user');
    await until(() => who(el) === 'anonymous', 'picked up the logout');
  });
});
