import { expect } from '@open-wc/testing';
import { isAllowedLink, kindOf, paragraphs, textTokens, unreadAfterRead } from './messages-rules';

const D = ['operator.pl'];

describe('messages-rules', () => {
  it('links only https addresses on the operator\'s domains and their subdomains', () => {
    expect(isAllowedLink('https://operator.pl/faktury', D)).to.equal(true);
    expect(isAllowedLink('https://ebok.operator.pl/a?b=1', D)).to.equal(true);
    expect(isAllowedLink('https://OPERATOR.PL./x', [' Operator.pl '])).to.equal(true);
    expect(isAllowedLink('http://operator.pl/', D)).to.equal(false);
    expect(isAllowedLink('https://operator.pl.evil.example/', D)).to.equal(false);
    expect(isAllowedLink('https://evil-operator.pl/', D)).to.equal(false);
    expect(isAllowedLink('https://operator.pl@evil.example/', D)).to.equal(false);
    expect(isAllowedLink('https://user:pw@operator.pl/', D)).to.equal(false);
    expect(isAllowedLink('javascript:alert(1)', D)).to.equal(false);
    expect(isAllowedLink('https://', D)).to.equal(false);
    expect(isAllowedLink('https://operator.pl/', [])).to.equal(false);
    expect(isAllowedLink('https://operator.pl/', [''])).to.equal(false);
  });

  it('splits a body into text and link tokens, keeping every character', () => {
    const body = 'Szczegóły: https://ebok.operator.pl/faktury. Obce: https://evil.example/x, a www.operator.pl/pomoc!';
    const tokens = textTokens(body, D);
    expect(tokens).to.deep.equal([
      { type: 'text', text: 'Szczegóły: ' },
      { type: 'link', text: 'https://ebok.operator.pl/faktury', href: 'https://ebok.operator.pl/faktury' },
      { type: 'text', text: '. Obce: https://evil.example/x, a ' },
      { type: 'link', text: 'www.operator.pl/pomoc', href: 'https://www.operator.pl/pomoc' },
      { type: 'text', text: '!' },
    ]);
    expect(tokens.map((t) => t.text).join('')).to.equal(body);
  });

  it('keeps a bracket that belongs to the address, drops one that closes the sentence', () => {
    expect(textTokens('(https://operator.pl/a_(b))', D)).to.deep.equal([
      { type: 'text', text: '(' },
      { type: 'link', text: 'https://operator.pl/a_(b)', href: 'https://operator.pl/a_(b)' },
      { type: 'text', text: ')' },
    ]);
    expect(textTokens('(zob. https://operator.pl/x)', D).map((t) => t.type)).to.deep.equal(['text', 'link', 'text']);
  });

  it('leaves markup and text without addresses as one text token', () => {
    expect(textTokens('<b>x</b> <script>alert(1)</script>', D)).to.deep.equal([{ type: 'text', text: '<b>x</b> <script>alert(1)</script>' }]);
    expect(textTokens('', D)).to.deep.equal([]);
    expect(textTokens('https://', D)).to.deep.equal([{ type: 'text', text: 'https://' }]);
  });

  it('shows an unknown kind as general', () => {
    expect(kindOf('dunning')).to.equal('dunning');
    expect(kindOf('marketing')).to.equal('general');
  });

  it('counts unread down once and never below zero', () => {
    expect(unreadAfterRead(3, { read: false })).to.equal(2);
    expect(unreadAfterRead(3, { read: true })).to.equal(3);
    expect(unreadAfterRead(0, { read: false })).to.equal(0);
  });

  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(paragraphs('a\nb\r\n\r\nc\n \n\n')).to.deep.equal(['a\nb', 'c']);
    expect(paragraphs('  \n')).to.deep.equal([]);
  });
});
