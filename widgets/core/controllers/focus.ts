import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Focus that moves after the next render: to the first error, the next step, the result. The
 * target is found when the update is done (it may not exist before), inside the host's shadow root.
 */
export class FocusAfterUpdate implements ReactiveController {
  private target: string | (() => HTMLElement | null | undefined) | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Focus `target` (a selector in the shadow root, or a function finding it) after the next update. */
  request(target: string | (() => HTMLElement | null | undefined)): void {
    this.target = target;
    this.host.requestUpdate();
  }

  /** A focus move is waiting for the next update. */
  get pending(): boolean {
    return this.target !== undefined;
  }

  cancel(): void {
    this.target = undefined;
  }

  hostUpdated(): void {
    const target = this.target;
    if (target === undefined) return;
    const el = typeof target === 'string' ? this.host.shadowRoot?.querySelector<HTMLElement>(target) : target();
    // Not rendered yet (e.g. strings still loading), or rendered inside an inert placeholder
    // (renderPending() while the session is still being checked: focus() does nothing there, and
    // the element is replaced once the session is known): try again after the next update. An
    // activation link's answer came before the session's in WebKit and focus was lost.
    if (!el || el.closest('[inert]')) return;
    this.target = undefined;
    el.focus();
  }
}
