import { css } from 'lit';

/**
 * Design tokens. Operators theme the suite only through these `--ebok-*` custom properties (and
 * the `part`s each widget exports). Each is read through a private `--_` alias with our default,
 * so a widget never depends on the host page defining anything. Default colours pass 4.5:1 on white.
 */
export const tokens = css`
  :host {
    --_text: var(--ebok-color-text, #1c1f23);
    --_muted: var(--ebok-color-muted, #555d66);
    --_bg: var(--ebok-color-background, #ffffff);
    --_surface: var(--ebok-color-surface, #f5f6f8);
    --_border: var(--ebok-color-border, #c9ced6);
    --_primary: var(--ebok-color-primary, #0b57d0);
    --_on-primary: var(--ebok-color-on-primary, #ffffff);
    --_debt: var(--ebok-color-debt, #b3261e);
    /* Petrol blue: an overpayment must not look like the primary button (#0b57d0). */
    --_credit: var(--ebok-color-credit, #006a80);
    --_success: var(--ebok-color-success, #1e6b34);
    --_warning: var(--ebok-color-warning, #8a5300);
    --_error: var(--ebok-color-error, #b3261e);
    --_focus: var(--ebok-color-focus, #0b57d0);
    --_skeleton: var(--ebok-color-skeleton, #e3e6ea);
    --_radius: var(--ebok-radius, 8px);
    --_space: var(--ebok-space, 16px);
    --_font-size: var(--ebok-font-size, 16px);
    --_font-family: var(--ebok-font-family, inherit);
    --_line-height: var(--ebok-line-height, 1.45);
    --_shadow: var(--ebok-shadow, 0 1px 2px rgb(0 0 0 / 0.08));
  }
`;

/**
 * What every widget shares. Sizes are px and em only: `rem` would follow the host's <html>
 * font-size, which CMS themes often set to 62.5 %. Properties a hostile page can push onto our
 * host element (line-height, letter-spacing, text-transform…) are set back on :host.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-weight: normal;
    font-style: normal;
    line-height: var(--_line-height);
    letter-spacing: normal;
    text-transform: none;
    text-align: start;
    word-spacing: normal;
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * The host element is in the page's light DOM, so a theme's "* { line-height: 3 !important }"
   * or "text-transform" reaches it and would be inherited. Page CSS cannot select our shadow
   * children, so resetting the inherited text properties here wins without !important. The font
   * family is deliberately still inherited from the page.
   */
  :host > * {
    color: var(--_text);
    font-size: var(--_font-size);
    font-weight: normal;
    font-style: normal;
    font-variant: normal;
    font-feature-settings: normal;
    font-kerning: auto;
    font-stretch: normal;
    line-height: var(--_line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    tab-size: 8;
    quotes: auto;
    list-style: disc outside;
    border-collapse: separate;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke: 0;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [part~='base'] {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    box-shadow: var(--_shadow);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 600;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.5em 1.1em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_primary);
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    text-align: center;
    text-decoration: none;
  }
  .btn-primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .btn-link {
    border: 0;
    background: none;
    color: var(--_primary);
    padding: 0;
    min-height: 0;
    text-decoration: underline;
    cursor: pointer;
    font-weight: normal;
  }
  .muted {
    color: var(--_muted);
  }
  .num {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .skeleton {
    display: block;
    background: var(--_skeleton);
    border-radius: 4px;
    min-height: 1em;
    animation: ebok-pulse 1.4s ease-in-out infinite;
  }
  @keyframes ebok-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
    * {
      transition: none !important;
      animation-duration: 0s !important;
    }
  }
  /* No boxes of their own: the invisible content lays out exactly as it will when shown. */
  .pending,
  .pending-content {
    display: contents;
  }
  .pending-content {
    visibility: hidden;
  }
  .state {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .state[data-kind='error'] .state-title {
    color: var(--_error);
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    fill: currentColor;
    vertical-align: -0.2em;
  }
`;
