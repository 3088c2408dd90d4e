import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { until } from '../../test-utils';
import { RetryCountdown } from './countdown';
import { Debouncer, DraftController, readStored } from './draft';
import { FocusAfterUpdate } from './focus';

interface Note {
  text: string;
}

class ControllerHost extends LitElement {
  updates = 0;
  ended = 0;
  /** #c inside an inert placeholder, as renderPending() draws a widget while the session is checked. */
  waiting = false;
  readonly countdown = new RetryCountdown(this, () => this.ended++);
  readonly focusNext = new FocusAfterUpdate(this);
  readonly draft = new DraftController<Note>(this, {
    key: () => 'ebok-test-draft',
    parse: (d) => (d && typeof (d as Note).text === 'string' ? (d as Note) : undefined),
    worthKeeping: (d) => d.text.trim() !== '',
    delayMs: 10_000,
  });
  override render() {
    this.updates++;
    return html`<button id="a">a</button><button id="b">b</button><div ?inert=${this.waiting}><button id="c">c</button></div>`;
  }
}
customElements.define('ebok-controller-host', ControllerHost);

describe('core controllers', () => {
  beforeEach(() => sessionStorage.clear());

  it('RetryCountdown: says the seconds, blocks until they are over, re-renders each second, then calls onEnd once', async () => {
    const el = await fixture<ControllerHost>(html`<ebok-controller-host></ebok-controller-host>`);
    expect(el.countdown.blocked).to.equal(false);
    expect(el.countdown.secondsLeft).to.equal(0);
    el.countdown.start(2);
    expect(el.countdown.blocked).to.equal(true);
    expect(el.countdown.secondsLeft).to.equal(2);
    const before = el.updates;
    await until(() => el.countdown.secondsLeft === 1, 'one second left');
    await until(() => el.updates > before, 'a re-render');
    await until(() => el.ended === 1, 'the end');
    expect(el.countdown.blocked).to.equal(false);
    expect(el.countdown.secondsLeft).to.equal(0);
    // stop() forgets a wait without calling onEnd; start(0) ends at once.
    el.countdown.start(5);
    el.countdown.stop();
    expect(el.countdown.blocked).to.equal(false);
    el.countdown.start(0);
    expect(el.ended).to.equal(2);
  });

  it('RetryCountdown: removed and added again, it goes on from the clock', async () => {
    const el = await fixture<ControllerHost>(html`<ebok-controller-host></ebok-controller-host>`);
    el.countdown.start(1);
    const parent = el.parentElement!;
    el.remove();
    expect(el.countdown.blocked).to.equal(true);
    parent.append(el);
    await until(() => el.ended === 1, 'the end after reconnecting');
  });

  it('FocusAfterUpdate: focuses the target after the next update, by selector or function', async () => {
    const el = await fixture<ControllerHost>(html`<ebok-controller-host></ebok-controller-host>`);
    el.focusNext.request('#b');
    expect(el.focusNext.pending).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('b');
    el.focusNext.request(() => el.shadowRoot!.querySelector<HTMLElement>('#a'));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('a');
    // A target that is not rendered yet waits for a later update.
    el.focusNext.request('#missing');
    await el.updateComplete;
    expect(el.focusNext.pending).to.equal(true);
    el.focusNext.cancel();
    expect(el.focusNext.pending).to.equal(false);
  });

  it('FocusAfterUpdate: a target inside an inert placeholder waits until it can take focus', async () => {
    const el = await fixture<ControllerHost>(html`<ebok-controller-host></ebok-controller-host>`);
    el.waiting = true;
    el.focusNext.request('#c');
    await el.updateComplete;
    expect(el.focusNext.pending).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(null);
    el.waiting = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.focusNext.pending).to.equal(false);
    expect(el.shadowRoot!.activeElement?.id).to.equal('c');
  });

  it('DraftController: restores, saves debounced, flushes on pagehide and when hidden, removes what is not worth keeping', async () => {
    const el = await fixture<ControllerHost>(html`<ebok-controller-host></ebok-controller-host>`);
    expect(el.draft.read()).to.equal(undefined);
    el.draft.save(() => ({ text: 'Brak wody' }));
    expect(el.draft.pending).to.equal(true);
    expect(sessionStorage.getItem('ebok-test-draft')).to.equal(null);
    window.dispatchEvent(new Event('pagehide'));
    expect(el.draft.read()).to.deep.equal({ text: 'Brak wody' });
    el.draft.save(() => ({ text: '  ' }));
    el.draft.flush();
    expect(sessionStorage.getItem('ebok-test-draft')).to.equal(null);
    sessionStorage.setItem('ebok-test-draft', '{"text": 5}');
    expect(el.draft.read()).to.equal(undefined);
    sessionStorage.setItem('ebok-test-draft', 'not json');
    expect(readStored('ebok-test-draft', (d) => d)).to.equal(undefined);
    // Removing the widget writes what is pending.
    el.draft.save(() => ({ text: 'Zostaje' }));
    el.remove();
    expect(readStored('ebok-test-draft', (d) => d)).to.deep.equal({ text: 'Zostaje' });
  });

  it('DraftController: any logout on the page clears the draft and the pending save', async () => {
    const el = await fixture<ControllerHost>(html`<ebok-controller-host></ebok-controller-host>`);
    el.draft.write({ text: 'Moja sprawa' });
    el.draft.save(() => ({ text: 'Moja sprawa, dalej' }));
    document.dispatchEvent(new CustomEvent('ebok-logout', { detail: { reason: 'idle' } }));
    expect(sessionStorage.getItem('ebok-test-draft')).to.equal(null);
    expect(el.draft.pending).to.equal(false);
  });

  it('DraftController: storage that throws (blocked, quota) leaves the form working', async () => {
    const el = await fixture<ControllerHost>(html`<ebok-controller-host></ebok-controller-host>`);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(el.draft.write({ text: 'x' })).to.equal(false);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('Debouncer: debounces, flushes and cancels', async () => {
    const d = new Debouncer(20);
    let calls = 0;
    d.schedule(() => calls++);
    d.schedule(() => calls++);
    d.flush();
    expect(calls).to.equal(1);
    d.schedule(() => calls++);
    d.cancel();
    d.flush();
    expect(calls).to.equal(1);
    d.schedule(() => calls++);
    await until(() => calls === 2, 'the debounced call');
  });
});
