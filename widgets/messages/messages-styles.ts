import { css } from 'lit';

/**
 * The inbox. Bodies are the operator's text: a long reference number or address must wrap
 * (overflow-wrap: anywhere) rather than widen the widget at 320 px.
 */
export const messagesStyles = css`
  :host([count-only]) {
    display: inline-block;
    vertical-align: middle;
  }
  .messages {
    display: grid;
    /* minmax(0, …): the kind select's longest option (ru) must not widen the widget at 320 px. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    min-height: 2em;
  }
  .unread-badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.15em 0.65em;
    border: 1px solid currentColor;
    border-radius: 1em;
    color: var(--_primary);
    font-weight: 600;
    font-size: 0.875em;
    overflow-wrap: normal;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .label {
    font-weight: 600;
  }
  select {
    flex: 0 1 auto;
    min-height: 44px;
    min-width: 0;
    max-width: 100%;
    padding: 0.4em 0.6em;
    border: 1px solid var(--ebok-color-field-border, #6b737d);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    border-top: 1px solid var(--_border);
  }
  .item {
    border-bottom: 1px solid var(--_border);
    min-width: 0;
  }
  .item-head {
    margin: 0;
    font-size: 1em;
    font-weight: normal;
  }
  .toggle {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    width: 100%;
    min-height: 44px;
    padding: 0.65em 0.25em;
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
    border-radius: 0;
  }
  .toggle:hover .item-title {
    text-decoration: underline;
  }
  .dot {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin-top: 0.45em;
    border-radius: 50%;
  }
  [data-unread] .dot {
    background: var(--_primary);
  }
  .item-text {
    display: grid;
    gap: 0.15em;
    min-width: 0;
  }
  .item-title {
    min-width: 0;
  }
  [data-unread] .item-title {
    font-weight: 700;
  }
  .new-label {
    display: inline-block;
    margin-inline-end: 0.5em;
    padding: 0 0.4em;
    border-radius: 0.3em;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.8125em;
    font-weight: 600;
    vertical-align: 0.1em;
  }
  .item-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    font-size: 0.875em;
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  [data-kind='dunning'] .kind {
    color: var(--_debt);
  }
  .item-body {
    display: grid;
    gap: 0.6em;
    padding: 0 0.25em 0.9em 1.45em;
    justify-items: start;
  }
  .item-body[hidden] {
    display: none;
  }
  .text {
    display: grid;
    gap: 0.6em;
    max-width: 42em;
  }
  .text p {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .text a {
    color: var(--_primary);
  }
  .more {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .empty {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .list-loading {
    display: grid;
  }
  .sk-row {
    display: grid;
    gap: 0.35em;
    padding: 0.65em 0.25em 0.65em 1.45em;
    border-bottom: 1px solid var(--_border);
    min-height: calc(2.9em + 1.3em + 2px);
  }
  .sk-title {
    width: 70%;
    height: 1.2em;
  }
  .sk-meta {
    width: 40%;
    height: 0.9em;
  }
  .count {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.5em;
    height: 1.5em;
    padding: 0 0.4em;
    border-radius: 0.75em;
    background: var(--ebok-color-badge, var(--_debt));
    color: var(--_on-primary);
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1;
  }
  .count[hidden] {
    display: none;
  }
  /* The badge is not a panel: no frame around it. */
  .count[part~='base'] {
    border: 0;
    box-shadow: none;
  }
`;
