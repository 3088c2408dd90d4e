import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { EbokElement } from '../core/base-element';
import { defineElement } from '../core/define';
import { getBalance } from '../core/api/endpoints';
import { formatMoney } from '../core/format';
import { defineTranslations } from '../core/i18n/i18n';
import { Resource } from '../core/resource';

/** A minimal widget for testing the core: language, plurals, session and keyed data. */
declare module 'i18next' {
  interface ResourceNamespaceMap {
    test: { hello: string; who: string };
  }
}

export class EbokTestWidget extends EbokElement<'test'> {
  static override translations = defineTranslations('test', {
    pl: () => Promise.resolve({ hello: 'Dzień dobry', who: 'Zalogowany: {{name}}' }),
    uk: () => Promise.resolve({ hello: 'Добрий день', who: 'Ви увійшли як {{name}}' }),
    ru: () => Promise.resolve({ hello: 'Добрый день', who: 'Вы вошли как {{name}}' }),
  });

  @property({ type: Number }) count = 1;

  readonly balance = new Resource(this, {
    args: () => (this.customer ? [this.customer.id] : null),
    load: (_args, signal) => getBalance({ signal }),
  });

  override render() {
    if (!this.i18n.ready) return html`<p>…</p>`;
    const b = this.balance.value;
    return html`<div part="base" lang=${this.language}>
      <p class="hello">${this.t('hello')}</p>
      <p class="count">${this.t('common:units.documents', { count: this.count })}</p>
      <p class="who">${this.customer ? this.t('who', { name: this.customer.name }) : 'anonymous'}</p>
      <p class="balance">${b ? formatMoney(b.credit, this.language) : this.balance.state.status}</p>
    </div>`;
  }
}
defineElement('ebok-test-widget', EbokTestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-test-widget': EbokTestWidget;
  }
}
