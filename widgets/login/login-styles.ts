import { css } from 'lit';

/**
 * Only what is the login's own: fields, choices, alerts, countdowns, the busy button and the form
 * skeleton come from forms/form-styles.ts (added before these in the element). The sign-in form's
 * own rules are in login-form-styles.ts, with the form's chunk.
 */
export const loginStyles = css`
  /* The operator's reserved height, kept by the element until its form or signed-in view shows. */
  :host {
    min-height: var(--_login-reserved, 0px);
  }
  .login {
    --_choice-min: 9em;
    display: grid;
    gap: var(--_space);
    max-width: var(--ebok-login-max-width, 28em);
    overflow-wrap: anywhere;
  }
  .with-icon {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .with-icon .icon {
    color: var(--_success);
  }
  h2[tabindex='-1']:focus {
    outline: none;
  }
  h2[tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .who {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .who div {
    display: grid;
    gap: 0.1em;
  }
  .who dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .who dd {
    margin: 0;
    font-weight: 600;
  }
  dialog {
    width: min(26em, calc(100vw - 2em));
    max-width: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.25);
  }
  dialog[open] {
    display: grid;
    gap: var(--_space);
  }
  dialog:not(:modal) {
    /* Preview in the gallery: shown in place rather than over the page. */
    position: static;
    width: auto;
    margin: 0;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog .with-icon .icon {
    color: var(--_warning);
  }
  dialog .btn {
    flex: 1 1 auto;
  }
  .sk-title {
    width: 40%;
    height: 1.5em;
  }
  [data-kind='loading'] {
    justify-items: stretch;
  }
`;
