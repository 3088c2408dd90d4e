// A plain operator page (shell/hosts/all.html) served with the strict CSP of
// docs/operators/security.md: every widget works, signed out and signed in, without a single
// securitypolicyviolation, and nothing on the page moves while the widgets load and the customer signs in.
import { expect } from '@open-wc/testing';
import { HOST_PAGE_CSP_POLICIES } from './test-utils/csp';
import { openHost, signInByTyping, type Host } from './test-utils/host';
import { SHOWS_DATA, SHOWS_SIGNED_OUT, TAGS, frames, until } from './test-utils';
import { timeoutFor } from '../../widgets/test-utils/engine';

function widgets(host: Host): Element[] {
  return TAGS.map((tag) => host.doc.querySelector(tag)!);
}

/** Twelve widgets on a shared, loaded machine: each may take long, the test fails on what is seen, not on time. */
async function allShow(host: Host, showing: Record<string, (el: Element) => boolean>, what: string) {
  for (const el of widgets(host)) await until(() => showing[el.localName]!(el), `${el.localName} ${what}`, 60_000);
}

async function report(host: Host, label: string): Promise<void> {
  // Layout shifts are reported after paint: let a few frames pass first.
  await frames(3);
  const p = host.probe;
  p.flush();
  const shifts = p.shifts.map((s) => `${s.value.toFixed(4)} at ${s.at.toFixed(0)} ms (${s.sources.join(', ')})`);
  console.log(`${label}: CLS ${p.cls.toFixed(4)}; ${p.shifts.length} layout shifts${shifts.length ? `: ${shifts.join('; ')}` : ''}`);
}

describe('operator page with strict CSP', () => {
  let host: Host | undefined;
  afterEach(() => host?.remove());

  it('signed in: every widget shows data, no CSP violation, only the lit-html Trusted Types policy', async function () {
    this.timeout(timeoutFor(180_000));
    host = await openHost('all.html?as=jan');
    await allShow(host, SHOWS_DATA, 'showing data');
    expect(host.probe.violations).to.deep.equal([]);
    expect(host.probe.errors).to.deep.equal([]);
    expect(host.probe.warnings).to.deep.equal([]);
    const ours = host.probe.policies.filter((name) => name !== 'ebok-test-mocks');
    expect([...new Set(ours)]).to.deep.equal(['lit-html']);
    expect(HOST_PAGE_CSP_POLICIES).to.include('lit-html');
    expect(host.win.ebok?.version).to.match(/^\d+\.\d+\.\d+$/);

    // The policy is really enforced: a string assigned to innerHTML is refused and reported.
    const div = host.doc.createElement('div');
    expect(() => (div.innerHTML = '<b>x</b>')).to.throw();
    await until(() => host!.probe.violations.length === 1, 'the violation to be reported');
    expect(host.probe.violations[0]).to.include('require-trusted-types-for');
  });

  it('no layout shift while the widgets load and the customer signs in (CLS ≤ 0.01)', async function () {
    this.timeout(timeoutFor(180_000));
    host = await openHost('all.html', { width: 1024, height: 1400 });
    await allShow(host, SHOWS_SIGNED_OUT, 'signed out');
    await report(host, 'all widgets loaded, signed out');
    const whileLoading = host.probe.cls;

    await signInByTyping(host);
    await allShow(host, SHOWS_DATA, 'showing data after sign-in');
    await report(host, 'after signing in');
    expect(whileLoading, 'CLS while loading').to.be.at.most(0.01);
    expect(host.probe.cls, 'CLS including sign-in').to.be.at.most(0.01);
    expect(host.probe.violations).to.deep.equal([]);
    expect(host.probe.errors).to.deep.equal([]);
  });
});
