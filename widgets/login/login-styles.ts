import { css } from 'lit';

export const loginStyles = css`
  .login {
    display: grid;
    gap: var(--_space);
    max-width: var(--ebok-login-max-width, 28em);
    overflow-wrap: anywhere;
  }
  form,
  .stack {
    display: grid;
    gap: var(--_space);
  }
  .field {
    display: grid;
    gap: 0.3em;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='password'] {
    width: 100%;
    min-width: 0;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
    box-shadow: inset 0 0 0 1px var(--_error);
  }
  input[readonly] {
    background: var(--_surface);
  }
  .password {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .password input {
    flex: 1 1 9em;
  }
  .password .toggle {
    flex: 0 0 auto;
    font-weight: normal;
  }
  input.code {
    max-width: 10em;
    font-size: 1.25em;
    letter-spacing: 0.3em;
    font-variant-numeric: tabular-nums;
  }
  .choice {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .choice legend {
    padding: 0;
    margin-bottom: 0.3em;
  }
  .choice-options {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
    gap: 0.5em;
  }
  .choice-option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.35em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: normal;
    cursor: pointer;
  }
  .choice-option:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .choice-option input {
    width: 1.1em;
    height: 1.1em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .field-error,
  .notice,
  .countdown,
  .problem-text {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .field-error {
    color: var(--_error);
    font-size: 0.875em;
  }
  .field-error .icon,
  .notice .icon,
  .countdown .icon,
  .problem-text .icon {
    margin-top: 0.1em;
  }
  .notice {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_primary);
  }
  .problem {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .problem-text {
    color: var(--_error);
  }
  .problem-text > div {
    display: grid;
    gap: 0.25em;
  }
  .countdown {
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  .submit {
    width: 100%;
  }
  .resend {
    display: grid;
    gap: 0.4em;
    justify-items: start;
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .actions .btn {
    flex: 1 1 auto;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: ebok-spin 0.8s linear infinite;
    flex: none;
  }
  @keyframes ebok-spin {
    to {
      transform: rotate(360deg);
    }
  }
  .sk-title {
    width: 40%;
    height: 1.5em;
  }
  .sk-label {
    width: 30%;
  }
  .sk-input,
  .sk-button {
    width: 100%;
    height: 44px;
  }
  [data-kind='loading'] {
    justify-items: stretch;
  }
`;
