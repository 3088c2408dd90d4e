import { css } from 'lit';
import { selectStyles } from './select-styles';

/**
 * Styles for the templates in ./field.ts. A form widget adds them after EbokElement.styles:
 * `static override styles = [...EbokElement.styles, formStyles, myStyles]`.
 */
export const formStyles = css`
  :host {
    /* Form controls need 3:1 against the background (WCAG 1.4.11); the shared border is decorative. */
    --_field-border: var(--ebok-color-field-border, #6b737d);
  }
  form {
    display: grid;
    gap: var(--_space);
    min-width: 0;
    max-width: 48em;
  }
  fieldset {
    display: grid;
    gap: var(--_space);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.3em;
    min-width: 0;
  }
  .label {
    font-weight: 600;
  }
  .optional {
    font-weight: normal;
  }
  .hint {
    font-size: 0.875em;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    width: 100%;
    min-width: 0;
    min-height: 44px;
    padding: 0.5em 0.65em;
    border: 1px solid var(--_field-border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_bg);
    line-height: 1.35;
  }
  select {
    max-width: 100%;
    text-overflow: ellipsis;
  }
  textarea {
    resize: vertical;
    min-height: 6em;
  }
  input[readonly] {
    /* Read-only looks read-only: no field frame, the value reads as text but stays focusable. */
    border-style: dashed;
    background: transparent;
    color: var(--_muted);
  }
  /* As specific as the control rule above (its :not() counts), or the error frame never shows. */
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .check {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.6em;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.1em 0 0;
    accent-color: var(--_primary);
  }
  .check .hint,
  .check .field-error {
    grid-column: 2;
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
  .choice legend {
    margin-bottom: 0.3em;
  }
  .choice .options {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_choice-min, 11em)), 1fr));
    gap: 0.5em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.35em 0.75em;
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .option input {
    width: 1.1em;
    height: 1.1em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .countdown {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .countdown .icon {
    margin-top: 0.1em;
    flex: none;
  }
  .field-error {
    display: flex;
    gap: 0.35em;
    align-items: flex-start;
    margin: 0;
    color: var(--_error);
    font-size: 0.9375em;
    font-weight: 600;
  }
  .field-error .icon {
    margin-top: 0.1em;
    flex: none;
  }
  .form-alert {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    flex-wrap: wrap;
    padding: 0.75em var(--_space);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .form-alert[data-tone='info'] {
    border-color: var(--_primary);
  }
  .form-alert[data-tone='success'] {
    border-color: var(--_success);
  }
  .form-alert > p {
    /* Beside the icon even in a narrow column (never the icon alone on a line); an action that
       does not fit beside the text goes below. */
    flex: 1 1 min(12em, calc(100% - 2em));
    margin: 0;
  }
  .form-alert[data-tone='error'] > .icon {
    color: var(--_error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
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
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
  /* Skeleton lines of a form (label, control, button), the height of the real ones: no layout shift. */
  .sk-label {
    width: 30%;
  }
  .sk-input,
  .sk-button {
    width: 100%;
    height: 44px;
  }
  /* The picker stays a native control (keyboard, screen readers, camera on phones); the chosen
     file's name may be long and wraps anywhere rather than widening the form. */
  .file input[type='file'] {
    max-width: 100%;
    min-height: 44px;
  }
  .file-chosen {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin: 0;
  }
  .file-name {
    overflow-wrap: anywhere;
    min-width: 0;
  }
  ${selectStyles}
`;
