import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { until } from '../../test-utils';
import { Announcer, LatestRequest } from './request';

class RequestHost extends LitElement {
  readonly announcer = new Announcer(this);
  readonly request = new LatestRequest(this);
  override render() {
    return html`<p role="status">${this.announcer.text}</p>`;
  }
}
customElements.define('ebok-request-host', RequestHost);

describe('forms/request', () => {
  it('Announcer says the same sentence twice with the region emptied in between', async () => {
    const el = await fixture<RequestHost>(html`<ebok-request-host></ebok-request-host>`);
    const region = el.shadowRoot!.querySelector('p')!;
    const said: string[] = [];
    const watch = new MutationObserver(() => said.push(region.textContent!));
    watch.observe(region, { subtree: true, childList: true, characterData: true });
    el.announcer.say('Wczytano 20 starszych wiadomości');
    await until(() => region.textContent === 'Wczytano 20 starszych wiadomości', 'the first');
    el.announcer.say('Wczytano 20 starszych wiadomości');
    await until(() => said.filter((t) => t === 'Wczytano 20 starszych wiadomości').length === 2, 'the second');
    watch.disconnect();
    const first = said.indexOf('Wczytano 20 starszych wiadomości');
    expect(said.slice(first + 1, said.lastIndexOf('Wczytano 20 starszych wiadomości'))).to.include('');
    el.remove();
    expect(el.announcer.text).to.equal('');
  });

  it('LatestRequest aborts the request before when a new one starts, and all when the host leaves', async () => {
    const el = await fixture<RequestHost>(html`<ebok-request-host></ebok-request-host>`);
    const first = el.request.begin();
    const second = el.request.begin();
    expect(first.aborted).to.equal(true);
    expect(second.aborted).to.equal(false);
    el.remove();
    expect(second.aborted).to.equal(true);
  });
});
