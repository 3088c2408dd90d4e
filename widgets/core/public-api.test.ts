/**
 * Nothing test-only in the public API (issue 22 item 7): the custom-elements manifest operators
 * read (dist/custom-elements.json, built here in memory by the same analyzer and configuration)
 * lists no test hook. Tests use @sinonjs/fake-timers and intercept links at the browser level
 * (test-utils interceptLinks) instead of replaceable seams.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { timeoutFor } from '../test-utils/engine';

interface Described {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
}
interface Declaration extends Described {
  customElement?: boolean;
  tagName?: string;
  members?: Described[];
  attributes?: Described[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: Described[] }[];
}

/** The hooks issue 22 found published; none may come back under these names. */
const FORMER_HOOKS = ['clock', 'chartReady', 'useClock', 'pdfSaver', 'calendarDownload', 'paymentNavigation'];
/** How a test hook describes itself ("Replaceable in tests", "(tests inject a fake one)", "Tests only"). */
const MARKED_FOR_TESTS = /\b(tests?|testing)\b/i;

describe('the public API (custom-elements manifest)', function () {
  // The analyzer reads every widget's source: a few seconds on a shared machine.
  this.timeout(timeoutFor(60_000));
  let manifest: Manifest;

  before(async () => {
    manifest = (await executeServerCommand('ebok-manifest')) as Manifest;
  });

  const everything = (): { where: string; item: Described }[] =>
    manifest.modules.flatMap((m) => [
      ...(m.exports ?? []).map((item) => ({ where: m.path, item })),
      ...(m.declarations ?? []).flatMap((d) => [
        { where: m.path, item: d },
        ...[...(d.members ?? []), ...(d.attributes ?? [])].map((item) => ({ where: `<${d.tagName ?? d.name}>`, item })),
      ]),
    ]);

  it('describes every widget', () => {
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName));
    expect(tags).to.include.members(['ebok-login', 'ebok-balance', 'ebok-invoices', 'ebok-usage', 'ebok-contact', 'ebok-register', 'ebok-account-switcher', 'ebok-contract', 'ebok-readings', 'ebok-account', 'ebok-payments', 'ebok-messages']);
  });

  it('lists none of the former test hooks', () => {
    const found = everything().filter(({ item }) => FORMER_HOOKS.includes(item.name)).map(({ where, item }) => `${where} ${item.name}`);
    expect(found).to.deep.equal([]);
  });

  it('lists nothing that is described as being for tests', () => {
    const found = everything()
      .filter(({ item }) => MARKED_FOR_TESTS.test(`${item.summary ?? ''} ${item.description ?? ''}`))
      .map(({ where, item }) => `${where} ${item.name}: ${item.description ?? item.summary}`);
    expect(found).to.deep.equal([]);
  });
});
