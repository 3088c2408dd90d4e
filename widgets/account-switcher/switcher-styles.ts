import { css } from 'lit';

export const switcherStyles = css`
  :host {
    display: block;
    --_list-height: var(--ebok-switcher-list-height, 320px);
  }
  .switcher {
    display: grid;
    gap: 0.5em;
    min-width: 0;
  }
  p {
    margin: 0;
  }
  .current,
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-width: 0;
  }
  .text {
    display: grid;
    gap: 0.1em;
    min-width: 0;
    flex: 1;
  }
  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .kind {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    margin-top: 0.35em;
    border-radius: 50%;
    background: var(--_primary);
  }
  .kind[data-kind='gas'] {
    background: var(--_warning);
  }
  .kind[data-kind='water'] {
    background: var(--_credit);
  }
  .kind[data-kind='telecom'] {
    background: var(--_muted);
  }
  .badge {
    justify-self: start;
    margin-top: 0.2em;
    padding: 0.1em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8em;
  }
  .search-label {
    font-weight: 600;
  }
  .combo {
    display: flex;
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .combo:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input {
    flex: 1;
    min-width: 0;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 0;
    background: transparent;
    color: var(--_text);
  }
  input:focus-visible {
    outline: none;
  }
  .open {
    flex: none;
    width: 44px;
    min-height: 44px;
    border: 0;
    border-left: 1px solid var(--_border);
    background: transparent;
    cursor: pointer;
  }
  .chevron {
    display: inline-block;
    width: 0.55em;
    height: 0.55em;
    border-right: 2px solid var(--_text);
    border-bottom: 2px solid var(--_text);
    transform: translateY(-25%) rotate(45deg);
  }
  .open[aria-expanded='true'] .chevron {
    transform: translateY(25%) rotate(-135deg);
  }
  [role='listbox'] {
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    max-height: var(--_list-height);
    overflow-y: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .option {
    min-height: 44px;
    padding: 0.5em 0.75em;
    cursor: pointer;
    border-left: 3px solid transparent;
  }
  .option[aria-selected='true'] {
    border-left-color: var(--_focus);
    background: var(--_bg);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .option:hover {
    background: var(--_bg);
  }
  .check {
    flex: none;
    color: var(--_success);
  }
  .icon {
    width: 1.2em;
    height: 1.2em;
    fill: currentColor;
    vertical-align: -0.2em;
  }
  .lost {
    padding: 0.6em 0.75em;
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_error);
    overflow-wrap: anywhere;
  }
`;
