import { css } from 'lit';

/**
 * Only what is the login's own: fields, choices, alerts, countdowns, the busy button and the form
 * skeleton come from forms/form-styles.ts (added before these in the element).
 */
export const loginStyles = css`
  .login {
    --_choice-min: 9em;
    display: grid;
    gap: var(--_space);
    max-width: var(--ebok-login-max-width, 28em);
    overflow-wrap: anywhere;
  }
  .stack {
    display: grid;
    gap: var(--_space);
  }
  /* Read-only here means "being sent", not a read-only value: the field keeps its frame. */
  input[readonly] {
    border-style: solid;
    background: var(--_surface);
    color: inherit;
  }
  #code {
    max-width: 10em;
    font-size: 1.25em;
    letter-spacing: 0.3em;
    font-variant-numeric: tabular-nums;
  }
  .notice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_primary);
  }
  .notice .icon {
    margin-top: 0.1em;
    flex: none;
  }
  .problem {
    display: grid;
    gap: 0.5em;
  }
  form > [part='submit'] {
    width: 100%;
  }
  .resend {
    display: grid;
    gap: 0.4em;
    justify-items: start;
  }
  /* The resend wait reads as the button's hint. */
  .resend .countdown {
    font-size: 0.875em;
  }
  .links {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .links .btn-link,
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    color: var(--_primary);
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
  .break {
    overflow-wrap: anywhere;
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
