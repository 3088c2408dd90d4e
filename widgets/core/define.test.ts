import { expect } from '@open-wc/testing';
import { defineElement, resetDuplicateWarning } from './define';
import { VERSION } from './version';

function captureWarnings(fn: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  beforeEach(() => resetDuplicateWarning());

  it('defines a tag once and never throws on a second definition', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    defineElement('ebok-define-test-a', A);
    const warnings = captureWarnings(() => {
      expect(() => defineElement('ebok-define-test-a', B)).not.to.throw();
      expect(() => defineElement('ebok-define-test-a', A)).not.to.throw();
    });
    expect(customElements.get('ebok-define-test-a')).to.equal(A);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`version ${VERSION}`);
  });

  it('names both versions, and a host that took our tag, warning once per page', () => {
    class Foreign extends HTMLElement {}
    customElements.define('ebok-define-test-b', Foreign);
    class Other extends HTMLElement {}
    (Other as unknown as Record<symbol, string>)[Symbol.for('ebok.version')] = '9.9.9';
    customElements.define('ebok-define-test-c', Other);
    const warnings = captureWarnings(() => {
      defineElement('ebok-define-test-c', class extends HTMLElement {});
      defineElement('ebok-define-test-b', class extends HTMLElement {});
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('9.9.9').and.to.include(VERSION);
    resetDuplicateWarning();
    const second = captureWarnings(() => defineElement('ebok-define-test-b', class extends HTMLElement {}));
    expect(second[0]).to.include('not eBOK');
  });
});

describe('version', () => {
  it('matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
