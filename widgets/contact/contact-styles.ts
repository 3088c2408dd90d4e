import { css } from 'lit';

export const contactStyles = css`
  .contact {
    container: ebok-contact / inline-size;
    display: grid;
    gap: calc(var(--_space) * 1.5);
    overflow-wrap: anywhere;
  }
  .panel {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  .intro {
    max-width: 60em;
  }

  /* ---------------------------------------------------------------- fields (formStyles, plus:) */
  textarea {
    min-height: 8em;
  }
  .counter {
    display: flex;
    justify-content: flex-end;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .counter-text {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
  }
  .counter.over {
    color: var(--_error);
    font-weight: 600;
  }
  .pair {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  @container ebok-contact (min-width: 36em) {
    .pair {
      grid-template-columns: 1fr 1fr;
      align-items: start;
    }
  }

  /* ---------------------------------------------------------------- notices and summary */
  .summary,
  .failure,
  .notice,
  .rejected {
    display: grid;
    gap: 0.5em;
    padding: 0.75em var(--_space);
    border-radius: var(--_radius);
    border: 2px solid var(--_error);
    background: var(--_bg);
  }
  .notice {
    border-color: var(--_primary);
  }
  .summary h3,
  .failure .state-title,
  .notice p:first-child,
  .rejected p:first-child {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .summary h3,
  .failure .state-title,
  .rejected p:first-child {
    color: var(--_error);
  }
  .notice p:first-child {
    font-weight: normal;
  }
  .summary:focus-visible,
  .summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .summary ul,
  .rejected ul {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.25em;
  }
  .summary a {
    color: var(--_error);
  }
  .failure {
    justify-items: start;
  }

  /* ---------------------------------------------------------------- attachments */
  fieldset.files {
    display: grid;
    gap: 0.5em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
    justify-items: start;
  }
  fieldset.files legend {
    padding: 0;
    margin-bottom: 0.3em;
  }
  .file-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4em;
    width: 100%;
  }
  .file-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    padding: 0.25em 0.25em 0.25em 0.65em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }
  .file-name {
    display: inline-flex;
    gap: 0.35em;
    align-items: flex-start;
    flex: 1 1 12em;
    min-width: 0;
  }
  .file-size {
    margin-inline-start: auto;
  }
  .btn-small {
    padding: 0.35em 0.8em;
  }
  .rejected {
    width: 100%;
  }

  /* ---------------------------------------------------------------- sending */
  .progress {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.3em 0.75em;
    align-items: center;
  }
  .progress-label {
    grid-column: 1 / -1;
    font-weight: 600;
  }
  progress {
    width: 100%;
    height: 0.75em;
    accent-color: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em var(--_space);
    align-items: center;
  }
  .actions .btn-primary {
    min-width: 10em;
  }
  @container ebok-contact (max-width: 24em) {
    .actions .btn:not(.btn-link) {
      width: 100%;
    }
  }

  /* ---------------------------------------------------------------- success */
  .success {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .success-title {
    display: flex;
    gap: 0.4em;
    align-items: center;
    color: var(--_success);
    font-weight: 600;
    font-size: 1.125em;
  }
  .ticket {
    display: grid;
    gap: 0.15em;
    padding: 0.75em var(--_space);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_surface);
    max-width: 100%;
  }
  .ticket:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .ticket-label {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .ticket-number {
    font-size: 1.75em;
    line-height: 1.2;
    letter-spacing: 0.02em;
    white-space: normal;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .copy-status:empty {
    display: none;
  }
  .copy-status {
    display: flex;
    gap: 0.35em;
    align-items: center;
  }
  .btn-link.another {
    min-height: 44px;
  }

  /* ---------------------------------------------------------------- history */
  .history-hint {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.6em 0.75em 0.6em 0;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-size: 0.875em;
    color: var(--_muted);
    font-weight: 600;
  }
  tbody th {
    font-weight: 600;
  }
  td time {
    white-space: nowrap;
  }
  .status {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    white-space: nowrap;
    font-weight: 600;
  }
  .status[data-status='new'] {
    color: var(--_primary);
  }
  .status[data-status='in_progress'] {
    color: var(--_warning);
  }
  .status[data-status='resolved'] {
    color: var(--_success);
  }
  .cards {
    display: none;
    list-style: none;
    margin: 0;
    padding: 0;
    gap: 0.75em;
  }
  .card {
    display: grid;
    gap: 0.4em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    justify-content: space-between;
    align-items: center;
  }
  .card-number {
    font-weight: 600;
  }
  .card-subject {
    font-weight: 600;
  }
  .card dl {
    margin: 0;
    display: grid;
    gap: 0.2em;
    font-size: 0.9375em;
  }
  .card dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .card dt {
    color: var(--_muted);
  }
  .card dt::after {
    content: ':';
  }
  .card dd {
    margin: 0;
  }
  @container ebok-contact (max-width: 40em) {
    .table-wrap {
      display: none;
    }
    .cards {
      display: grid;
    }
  }

  /* ---------------------------------------------------------------- skeleton */
  .sk-line {
    width: 70%;
    height: 1.2em;
  }
  .sk-field {
    width: 100%;
    height: 4.4em;
  }
  .sk-area {
    width: 100%;
    height: 10em;
  }
  .sk-button {
    width: 10em;
    height: 44px;
  }
  .sk-row {
    width: 100%;
    height: 2.5em;
  }
  [data-kind='loading'] {
    justify-items: stretch;
  }
`;
