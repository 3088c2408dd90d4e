// Two copies of the suite on one page, and a host that already took one of our tag names:
// no exception, one console warning naming both versions, and the widgets work.
import { expect } from '@open-wc/testing';
import { openHost, type Host } from './test-utils/host';
import { SHOWS_DATA, until } from './test-utils';
import { timeoutFor } from '../../widgets/test-utils/engine';

describe('two copies on one page', () => {
  let host: Host | undefined;
  afterEach(() => host?.remove());

  it('two releases (0.1.0 and 0.2.0): one warning naming both, one shared session, widgets work', async function () {
    this.timeout(timeoutFor(30_000));
    host = await openHost('two-copies.html?as=jan&copies=2');
    for (const tag of ['ebok-login', 'ebok-balance', 'ebok-invoices']) {
      const el = host.doc.querySelector(tag)!;
      await until(() => SHOWS_DATA[tag]!(el), `${tag} showing data`, 15_000);
    }
    await until(() => host!.probe.booted, 'the second copy to have run', 15_000);
    // The second copy really ran: its own Lit created a second 'lit-html' policy.
    expect(host.probe.policies.filter((p) => p === 'lit-html')).to.have.length(2);
    expect(host.probe.errors).to.deep.equal([]);
    expect(host.probe.violations).to.deep.equal([]);
    expect(host.probe.warnings, host.probe.warnings.join('\n')).to.have.length(1);
    expect(host.probe.warnings[0]).to.include('0.1.0').and.to.include('0.2.0');
    expect(host.win.ebok!.version).to.equal('0.1.0');
  });

  it("a host that already defined <ebok-balance>: one warning naming both, our other widgets work", async function () {
    this.timeout(timeoutFor(30_000));
    host = await openHost('taken.html?as=jan');
    const invoices = host.doc.querySelector('ebok-invoices')!;
    await until(() => SHOWS_DATA['ebok-invoices']!(invoices), 'ebok-invoices showing data', 15_000);
    await until(() => host!.probe.warnings.length > 0, 'the warning');
    expect(host.probe.errors).to.deep.equal([]);
    expect(host.probe.warnings).to.have.length(1);
    expect(host.probe.warnings[0]).to.include('ebok-balance').and.to.include('not eBOK').and.to.include('0.1.0');
    // The operator's element is left alone.
    expect(host.doc.querySelector('ebok-balance')!.textContent).to.equal("operator's own element");
  });
});
