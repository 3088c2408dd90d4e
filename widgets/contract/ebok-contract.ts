import { type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineWidget, EbokElement } from '../core/base-element';
import { defineTranslations } from '../core/i18n/i18n';
import { getContract, getContractDocument } from '../core/api/endpoints';
import { toApiError, type ApiError } from '../core/api/errors';
import type { ContractDocument } from '../core/api/types';
import { warsawDay } from '../core/calendar';
import { saveFile } from '../core/download';
import { Resource } from '../core/resource';
import { dataOwner, type SessionState } from '../core/session';
import { renderContract, type ContractState } from './contract-view';
import { contractStyles } from './contract-styles';

export type { ContractState } from './contract-view';

declare module 'i18next' {
  interface ResourceNamespaceMap {
    contract: typeof import('./i18n/pl.json');
  }
}

/** A contract document, before it is saved; `preventDefault()` to handle the file yourself. */
export interface ContractDocumentDetail {
  documentId: string;
  title: string;
  fileName: string;
  blob: Blob;
}

declare module '../core/events' {
  interface EbokEventMap {
    'ebok-contract-document': CustomEvent<ContractDocumentDetail>;
  }
}

function fileName(title: string): string {
  return `${title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/[^A-Za-z0-9-]+/g, '_')}.pdf`;
}

/**
 * The contract and services of the chosen account: number and dates, the end of the commitment
 * with the days left, the tariff or package, metering points with their codes and meter numbers,
 * services and add-ons with what they include and cost, devices and documents (PDF).
 *
 * @summary Contract and services ("Umowa i usługi") of the chosen account.
 * @attr label - The name of the widget's landmark.
 * @prop {ContractState | undefined} preview - Render exactly this state and fetch nothing (gallery).
 * @fires ebok-contract-document - A document was downloaded (cancelable: then it is not saved).
 * @csspart base - The root.
 * @csspart facts - Number, tariff and dates.
 * @csspart commitment - The commitment period and the days left.
 * @csspart service - One service or add-on.
 * @csspart price - Its price.
 * @csspart point - One metering point.
 * @csspart device - One device.
 * @csspart document - A document's download button.
 */
export class EbokContract extends EbokElement<'contract'> {
  static override translations = defineTranslations('contract', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });
  static override styles = [...EbokElement.styles, contractStyles];

  @property({ attribute: false }) preview: ContractState | undefined;

  @state() private downloading: ReadonlySet<string> = new Set();
  @state() private documentError: { title: string; error: ApiError } | undefined;

  private readonly contract = new Resource(this, {
    args: () => (this.preview || !this.customer ? null : [this.customer.id]),
    load: (_args, signal) => getContract({ signal }),
  });

  protected override sessionChanged(previous: SessionState, next: SessionState): void {
    // A message about the previous account's document must not stay on screen.
    if (dataOwner(previous) !== dataOwner(next)) {
      this.documentError = undefined;
      this.downloading = new Set();
    }
  }

  private get state(): ContractState {
    if (this.preview) return this.preview;
    if (this.session.status === 'anonymous') return { status: 'signed-out' };
    const s = this.contract.state;
    if (s.status === 'error') return { status: 'error', error: s.error };
    if (s.status !== 'ready') return { status: 'loading' };
    return {
      status: 'ready',
      contract: s.value,
      ...(this.account ? { account: this.account.label } : {}),
      ...(this.documentError ? { documentError: this.documentError } : {}),
    };
  }

  override render(): TemplateResult {
    return renderContract(
      this.i18n.ready ? this.state : { status: 'loading' },
      {
        t: (k, o) => this.t(k, o),
        lang: this.language,
        landmark: this.landmark(this.i18n.ready ? this.t('title') : '', true),
        today: warsawDay,
        downloading: this.downloading,
        onRetry: () => this.contract.retry(),
        onDocument: (d) => void this.download(d),
        onDismissDocumentError: () => (this.documentError = undefined),
        pending: this.i18n.ready && !this.preview && this.session.status === 'unknown',
      },
    );
  }

  private async download(doc: ContractDocument): Promise<void> {
    if (this.preview || this.downloading.has(doc.id)) return;
    const owner = dataOwner(this.session);
    this.downloading = new Set(this.downloading).add(doc.id);
    this.documentError = undefined;
    try {
      const blob = await getContractDocument(doc.id);
      // Another account (or nobody) meanwhile: this file is not for what the page shows now.
      if (dataOwner(this.session) !== owner || !this.isConnected) return;
      const name = fileName(doc.title);
      const pdf = blob.type === 'application/pdf' ? blob : new Blob([blob], { type: 'application/pdf' });
      if (this.emit('ebok-contract-document', { documentId: doc.id, title: doc.title, fileName: name, blob: pdf }, { cancelable: true })) {
        saveFile(pdf, name, this.renderRoot);
      }
    } catch (e) {
      const error = toApiError(e);
      if (error.kind !== 'aborted' && dataOwner(this.session) === owner) this.documentError = { title: doc.title, error };
    } finally {
      const next = new Set(this.downloading);
      next.delete(doc.id);
      this.downloading = next;
    }
  }
}

await defineWidget('ebok-contract', EbokContract);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-contract': EbokContract;
  }
}
