import { css } from 'lit';

/**
 * One look for every `<select>` in all three engines. WebKit (WebKitGTK, Safari) draws its native
 * select as a grey gradient button whatever border and background the page gives it, where
 * Chromium and Firefox follow them: `appearance: none` takes the native drawing away everywhere
 * and the arrow is drawn here, two gradients in the text colour (no image for a strict CSP to
 * weigh, and it follows the host's `--ebok-*` colours). The list that opens stays native
 * (keyboard, screen readers, the picker on phones).
 *
 * Added after a widget's own styles (`[...EbokElement.styles, myStyles, selectStyles]`, or through
 * formStyles): it keeps their border, radius and padding and only makes room for the arrow.
 */
export const selectStyles = css`
  select {
    appearance: none;
    padding-inline-end: 2em;
    background-color: var(--_bg);
    background-image: linear-gradient(45deg, transparent 50%, currentColor 50%), linear-gradient(135deg, currentColor 50%, transparent 50%);
    background-position:
      right 1.05em center,
      right 0.7em center;
    background-size: 0.35em 0.35em;
    background-repeat: no-repeat;
    /* A long option ("Dom — ul. Łąkowa 88, Warszawa…") is cut with an ellipsis. Without this the
       chosen option's text overflowed the select in WebKit once appearance was none, and a 320 px
       form scrolled sideways (contact's failure report: 475 px). */
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  select:disabled {
    opacity: 0.6;
  }
  /* Forced colours drop gradients: there the native control draws its own arrow. */
  @media (forced-colors: active) {
    select {
      appearance: auto;
      background-image: none;
    }
  }
`;
