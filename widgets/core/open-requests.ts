import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EbokEventMap } from './events';

type OpenDetail = EbokEventMap['ebok-open']['detail'];

/**
 * Answers `ebok-open` (another widget's "Otwórz fakturę / zgłoszenie / płatność", or the host
 * page) for one kind of thing while the host is on the page. The first widget that can answer
 * calls preventDefault(), so the host page knows a widget did and a second copy stays quiet.
 * In core (not a chunk of its own): invoices and contact are on every full page.
 */
export class OpenRequests implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly kind: OpenDetail['kind'],
    /** Signed in, not a gallery preview: there is something to open the thing in. */
    private readonly canAnswer: () => boolean,
    private readonly answer: (id: string, label: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('ebok-open', this.listener);
  }

  hostDisconnected(): void {
    document.removeEventListener('ebok-open', this.listener);
  }

  private readonly listener = (e: Event): void => {
    const { kind, id, label } = (e as CustomEvent<OpenDetail>).detail;
    if (kind !== this.kind || e.defaultPrevented || !this.canAnswer()) return;
    e.preventDefault();
    this.answer(id, label);
  };
}
