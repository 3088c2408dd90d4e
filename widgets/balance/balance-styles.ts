import { css } from 'lit';

/**
 * The tile. Its accent colour follows the tone: `--ebok-color-debt` (red) for arrears,
 * `--ebok-color-credit` (blue) for an overpayment; both default to colours with ≥ 4.5:1 contrast on
 * white and on the surface colour. The accent is never the only signal: the badge has an icon and words.
 */
export const balanceStyles = css`
  .tile {
    --_accent: var(--_border);
    --_accent-text: var(--_text);
    display: grid;
    gap: 0.75em;
    border-inline-start: 6px solid var(--_accent);
    min-height: 18em;
    align-content: start;
    overflow-wrap: anywhere;
    container: ebok-balance / inline-size;
  }
  .tile[data-tone='debt'] {
    --_accent: var(--_debt);
    --_accent-text: var(--_debt);
  }
  .tile[data-tone='credit'] {
    --_accent: var(--_credit);
    --_accent-text: var(--_credit);
  }
  /* Title and badge share one line at every width: when space is short (uk/ru at 320 px, an
     uppercase theme title) the badge's words wrap inside it; the title never breaks. */
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    min-height: 2em;
  }
  .head h2 {
    flex: none;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.2em 0.65em;
    border: 1px solid currentColor;
    border-radius: 1em;
    color: var(--_accent-text);
    font-weight: 600;
    font-size: 0.875em;
    line-height: 1.3;
    min-width: 0;
    overflow-wrap: normal;
    text-align: center;
  }
  .badge > span {
    min-width: 0;
  }
  .figure {
    display: grid;
    gap: 0.1em;
  }
  .amount-label {
    color: var(--_muted);
  }
  .amount {
    font-size: 2em;
    line-height: 1.15;
    font-weight: 700;
    color: var(--_accent-text);
    white-space: normal;
  }
  .detail {
    display: grid;
    gap: 0.15em;
    padding: 0.75em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .detail-title {
    font-weight: 600;
  }
  .tile[data-tone='debt'] .detail-title {
    color: var(--_debt);
  }
  /* Inline text, not flex items: the dash is glued to the amount and the line may break after it. */
  .detail-amount .num {
    font-size: 1.125em;
    font-weight: 600;
    white-space: nowrap;
  }
  .detail-amount .due {
    white-space: nowrap;
  }
  .note {
    font-size: 0.9375em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .actions .btn {
    flex: 1 1 10em;
  }
  .as-of {
    font-size: 0.875em;
  }

  /* Signed out or failed: the tile keeps the height data will need (nothing moves on sign-in),
     and the message sits in the middle of it rather than above an empty block. */
  .tile:is([data-state='signed-out'], [data-state='error']) {
    grid-template-rows: auto 1fr;
  }
  .tile:is([data-state='signed-out'], [data-state='error']) .state {
    align-self: center;
  }
  /* Skeleton: the same rows and line heights as the data tile, so nothing moves on arrival. */
  .loading {
    display: grid;
    gap: 0.75em;
  }
  .loading .skeleton {
    /* A text line's height minus the space between lines. */
    height: 1.1em;
    min-height: 0;
    margin-block: 0.175em;
  }
  .loading .sk-title {
    width: 5em;
  }
  .loading .sk-badge {
    width: 8em;
    height: 1.6em;
    border-radius: 999px;
  }
  .loading .sk-label {
    width: 6em;
  }
  .loading .sk-amount {
    width: 9em;
    max-width: 100%;
    height: 2.1em;
    margin-block: 0.175em;
  }
  .loading .detail {
    gap: 0.15em;
  }
  .loading .sk-line {
    width: 70%;
  }
  .loading .sk-big {
    width: 50%;
    height: 1.25em;
    margin-block: 0.2em;
  }
  .loading .short {
    width: 85%;
  }
  .loading .sk-button {
    flex: 1 1 10em;
    height: 44px;
    margin: 0;
    border-radius: var(--_radius);
  }
  .sk-as-of {
    display: grid;
    font-size: 0.875em;
  }
  .loading .sk-small {
    width: 100%;
  }
  /* Wide tiles fit "as of" on one line. */
  @container ebok-balance (min-width: 36em) {
    .loading .sk-small.short {
      display: none;
    }
  }
`;
