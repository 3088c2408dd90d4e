import { css } from 'lit';

export const paymentsStyles = css`
  :host {
    display: block;
  }
  .payments {
    display: grid;
    gap: 1.25em;
  }
  h3 {
    font-size: 1em;
    font-weight: 600;
  }
  .transfer,
  .history {
    display: grid;
    gap: 0.6em;
    align-content: start;
  }
  dl {
    display: grid;
    gap: 0.5em;
    margin: 0;
    max-width: 36em;
  }
  .field {
    display: grid;
    gap: 0.15em;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }
  .value {
    overflow-wrap: anywhere;
    min-width: 0;
  }
  /* The account number breaks only between its groups of four. */
  .account {
    font-size: 1.0625em;
    letter-spacing: 0.02em;
    overflow-wrap: normal;
    white-space: normal; /* .num keeps figures on one line; a 26-digit number may wrap between groups */
    word-spacing: 0.1em;
  }
  .copy {
    min-height: 44px;
  }
  .copy-status:empty {
    display: none;
  }
  .copy-status {
    color: var(--_success);
    font-weight: 600;
  }
  .qr {
    display: grid;
    gap: 0.6em;
    justify-items: start;
  }
  /* "Показати QR-код для переказу" is longer than a 320 px phone's column: let it wrap. */
  .qr .btn {
    white-space: normal;
    text-align: start;
    max-width: 100%;
  }
  .qr-box {
    margin: 0;
    display: grid;
    gap: 0.5em;
    justify-items: center;
    max-width: 100%;
  }
  .qr-code {
    width: 220px;
    max-width: 100%;
    height: auto;
    aspect-ratio: 1;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  select {
    min-height: 44px;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.15em 1em;
    padding-block: 0.6em;
    border-block-start: 1px solid var(--_border);
  }
  .row[data-opened] {
    padding-inline: 0.75em;
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface);
  }
  .opened-note {
    grid-column: 1 / -1;
    font-size: 0.875em;
    color: var(--_primary);
  }
  .open-error {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    margin-block-end: 0.75em;
    padding: 0.75em;
    border-inline-start: 4px solid var(--_error);
    background: var(--_surface);
  }
  .row .amount {
    text-align: end;
    font-weight: 600;
    white-space: nowrap;
  }
  .row .docs,
  .row .method {
    grid-column: 1 / -1;
    overflow-wrap: anywhere;
  }
  .row .method {
    grid-column: auto;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-weight: 600;
  }
  .row .status {
    grid-column: 1;
  }
  .status[data-status='completed'] {
    color: var(--_success);
  }
  .status[data-status='posting'],
  .status[data-status='pending'] {
    color: var(--_primary);
  }
  .status[data-status='failed'] {
    color: var(--_error);
  }
  .status[data-status='cancelled'],
  .status[data-status='expired'] {
    color: var(--_muted);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .count {
    font-size: 0.875em;
  }
`;
