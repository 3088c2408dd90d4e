import { css } from 'lit';

export const accountStyles = css`
  .account {
    container: ebok-account / inline-size;
    display: grid;
    gap: var(--_space);
    overflow-wrap: anywhere;
  }
  /* Wide containers: the sections side by side, each at a readable width. */
  @container ebok-account (min-width: 52em) {
    .account > .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .grid,
  .col {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  form {
    gap: calc(var(--_space) * 0.75);
  }
  h2,
  h3 {
    margin: 0;
  }
  legend {
    margin-bottom: 0.25em;
  }
  h3 {
    font-size: 1.125em;
  }
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .row {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  @container ebok-account (min-width: 30em) {
    .row {
      grid-template-columns: minmax(11em, 14em) 1fr;
      align-items: start;
    }
  }
  .readonly {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0.75em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }
  .readonly div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .readonly dt {
    color: var(--_muted);
  }
  .readonly dd {
    margin: 0;
    font-weight: 600;
  }
  .save {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_space);
    align-items: center;
  }
  .save-status {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    margin: 0;
    color: var(--_muted);
  }
  .save-status[data-saved='true'] {
    color: var(--_success);
    font-weight: 600;
  }
  .notice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0;
    padding: 0.75em;
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
  }
  .notice.error {
    border-color: var(--_error);
  }
  .notice.info {
    border-color: var(--_primary);
  }
  .notice .icon {
    flex: none;
    margin-top: 0.15em;
  }
  .pending-change {
    padding: 0.75em;
    border: 1px dashed var(--_warning);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .pending-title {
    margin: 0;
  }
  .pending-title .value {
    overflow-wrap: anywhere;
  }
  .code-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .code-row .code {
    flex: 1 1 8em;
    width: auto;
    max-width: 12em;
    letter-spacing: 0.2em;
    font-variant-numeric: tabular-nums;
  }
  .consents {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .consent {
    display: grid;
    gap: 0.25em;
    padding-bottom: 0.75em;
    border-bottom: 1px solid var(--_border);
  }
  .consent-text {
    white-space: pre-line;
  }
  .consent-locked {
    display: flex;
    gap: 0.5em;
    margin: 0;
  }
  .consent-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0 0 0 calc(24px + 0.6em);
    font-size: 0.875em;
  }
  .badge {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 1em;
  }
  .badge[data-required='true'] {
    color: var(--_text);
    font-weight: 600;
  }
  .current {
    display: flex;
    gap: 0.5em;
    margin: 0;
  }
  .current .icon {
    flex: none;
    margin-top: 0.15em;
  }
  .event {
    padding-bottom: 0.75em;
    border-bottom: 1px solid var(--_border);
  }
  .event legend {
    float: left;
    width: 100%;
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  .days {
    max-width: 20em;
  }
  .sk {
    display: grid;
    gap: 0.75em;
  }
  .sk-field {
    height: 44px;
  }
  .sk-button {
    width: 8em;
    height: 44px;
  }
`;
