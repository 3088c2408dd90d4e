import { css } from 'lit';

export const registerStyles = css`
  .register {
    display: grid;
    gap: var(--_space);
    max-width: var(--ebok-register-max-width, 34em);
    overflow-wrap: anywhere;
  }
  /* The login for password managers (autocomplete="username"): the form styles must not size it. */
  .register input.visually-hidden {
    width: 1px;
    min-height: 0;
    padding: 0;
    border: 0;
  }
  h2 {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
  }
  h2 .icon {
    margin-top: 0.05em;
  }
  h2[data-tone='success'] .icon {
    color: var(--_success);
  }
  h2[data-tone='error'] .icon {
    color: var(--_error);
  }
  .check a {
    color: var(--_primary);
  }
  .rules ul {
    display: grid;
    gap: 0.2em;
    margin: 0.3em 0 0;
    padding: 0;
    list-style: none;
  }
  .rules li {
    display: flex;
    gap: 0.45em;
    align-items: flex-start;
  }
  .rules li[data-met='true'] {
    color: var(--_success);
  }
  .rules li[data-met='false'] {
    color: var(--_text);
  }
  .rules .icon {
    margin-top: 0.1em;
  }
  .dot {
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin: 0.5em 0.375em 0;
    border: 1px solid currentColor;
    border-radius: 50%;
  }
  .strength {
    display: grid;
    gap: 0.3em;
  }
  .bar {
    display: grid;
    grid-template-columns: repeat(4, 1fr);
    gap: 4px;
    max-width: 16em;
  }
  .bar span {
    height: 6px;
    border-radius: 3px;
    background: var(--_skeleton);
  }
  /* Colour and words together: the text beside the bar names the level. */
  [data-level='1'] .bar span:nth-child(-n + 1) {
    background: var(--_error);
  }
  [data-level='2'] .bar span:nth-child(-n + 2) {
    background: var(--_warning);
  }
  [data-level='3'] .bar span:nth-child(-n + 3),
  [data-level='4'] .bar span {
    background: var(--_success);
  }
  .notice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .notice .icon {
    color: var(--_success);
  }
  .help summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    color: var(--_primary);
    cursor: pointer;
    text-decoration: underline;
  }
  .help p + p {
    margin-top: 0.4em;
  }
  .help a {
    color: var(--_primary);
  }
  .nowrap {
    white-space: nowrap;
  }
  .sk-title {
    width: 40%;
    height: 1.5em;
  }
  .sk-line {
    width: 90%;
  }
  [data-kind='loading'] {
    justify-items: stretch;
  }
`;
