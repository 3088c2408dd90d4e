import { css } from 'lit';

/**
 * Decided by the widget's own width (container queries on its root, not the viewport): cards below
 * 960 px (two columns from 560 px), a table from 960 px with an icon-only PDF button, and its words
 * from 1100 px. The table keeps explicit ARIA roles, so changing `display` for the cards never
 * loses table semantics. Nothing inside may be wider than the box (invoices-layout.test.ts).
 *
 * Why the rules are as they are (kept here, not in the template: CSS comments would ship):
 * - A child wider than the box cannot widen the track (it would push the box past its edge).
 * - Tokens never break inside: "FV/2026/11/783699", "12.12.2026", "1 234,56 zł".
 * - Status and PDF icons are CSS masks: no SVG nodes in every row.
 * - Up to 1100 px the PDF button is its icon (the name stays in aria-label and title).
 * - A theme's uppercase buttons leave the amount alone ("ZAPŁAĆ 599,61 zł", not "599,61 ZŁ").
 * - Once something is chosen, the sum and the pay button stay in view while the list scrolls.
 * - A checkbox gutter, the number with the PDF button, then the status and two pairs of figures.
 * - Label above value; values of a pair share their baseline even when one label wraps.
 * - Narrow: the buttons take the bar's width and wrap (the pay button's words too) rather than push out.
 * - "Страница 1 из 3" above the four buttons, which then keep one line.
 * - Cards: a card is as wide as the list, never as wide as its content (the implicit auto column
 *   would follow a card's min-content width, which engines count differently for cells spanning
 *   fixed and flexible columns; an earlier try at the layout below widened the card by 46 px in
 *   WebKit).
 * - Cards: the figures take the checkbox's and the PDF button's columns too: at 320 px a date
 *   ("12.10.2026" in system-ui) or a long amount did not fit the narrow middle column and ran into
 *   the next one.
 */
export const invoicesStyles = css`
  .invoices {
    container: invoices / inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.875em;
    min-width: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
  }
  .head .count {
    margin: 0;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: end;
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .field {
    display: grid;
    gap: 0.25em;
    flex: 1 1 8em;
    min-width: 0;
  }
  .field.wide {
    flex-basis: 14em;
  }
  .field label {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  select,
  input[type='date'] {
    min-height: 44px;
    width: 100%;
    min-width: 0;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .field-error {
    color: var(--_error);
    font-size: 0.875em;
    flex-basis: 100%;
    display: flex;
    gap: 0.35em;
    align-items: flex-start;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_primary);
    overflow-wrap: anywhere;
  }
  .notice[data-tone='error'] {
    border-inline-start-color: var(--_error);
  }
  .notice[data-tone='error'] .notice-text {
    color: var(--_error);
  }
  .notice-text {
    flex: 1 1 14em;
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
  }
  .notice .btn {
    min-height: 44px;
  }
  .progress:empty {
    display: none;
  }

  .choose-all {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    cursor: pointer;
    font-weight: 600;
    width: fit-content;
    max-width: 100%;
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
    cursor: pointer;
  }

  .table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .table caption {
    text-align: start;
  }
  .table th,
  .table td {
    padding: 0.375em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  .table thead th {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
    height: 44px;
  }
  .table .num {
    text-align: end;
  }
  .table tbody tr.chosen {
    background: color-mix(in srgb, var(--_primary) 7%, var(--_bg));
  }
  .number,
  .issue,
  .due {
    white-space: nowrap;
  }
  .number {
    font-weight: 600;
  }
  .sort-btn {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 44px;
    padding: 0 0.25em;
    margin-inline: -0.25em;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 600;
    cursor: pointer;
    text-align: inherit;
    border-radius: 4px;
  }
  .sort-btn .arrow {
    width: 0.9em;
    height: 0.9em;
    fill: currentColor;
    flex: none;
  }
  .sort-btn[data-active] {
    color: var(--_text);
  }
  .table .choose {
    width: 44px;
    padding: 0;
    text-align: center;
    cursor: pointer;
  }
  .status::before,
  .pdf::before {
    content: '';
    display: inline-block;
    flex: none;
    width: 20px;
    height: 20px;
    vertical-align: -0.25em;
    margin-inline-end: 0.35em;
    background: currentColor;
    mask: var(--_icon) center / contain no-repeat;
  }
  .status {
    font-weight: 600;
  }
  .more-btn {
    min-height: 44px;
    padding: 0 0.25em;
    margin-inline: -0.25em;
    border: 0;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: underline dotted;
    text-underline-offset: 0.25em;
    cursor: pointer;
  }
  .more-btn::after {
    content: ' ▾';
  }
  .more-btn[aria-expanded='true']::after {
    content: ' ▴';
  }
  .status[data-status='paid'] {
    color: var(--_success);
    --_icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z'/%3E%3C/svg%3E");
  }
  .status[data-status='unpaid'],
  .status[data-status='posting'] {
    color: var(--_text);
    --_icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 11h-5v-2h3V6h2v7z'/%3E%3C/svg%3E");
  }
  .status[data-status='partly_paid'] {
    color: var(--_warning);
    --_icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M11 7h2v2h-2zm0 4h2v6h-2zm1-9a10 10 0 1 0 0 20 10 10 0 0 0 0-20z'/%3E%3C/svg%3E");
  }
  .status[data-status='overdue'] {
    color: var(--_error);
    --_icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M12 2 1 21h22L12 2zm1 15h-2v-2h2v2zm0-4h-2V9h2v4z'/%3E%3C/svg%3E");
  }
  .status[data-status='posting'] {
    color: var(--_primary);
  }
  .due[data-overdue] {
    color: var(--_error);
    font-weight: 600;
  }
  .pdf {
    --_icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M5 20h14v-2H5v2zM19 9h-4V3H9v6H5l7 7 7-7z'/%3E%3C/svg%3E");
    min-height: 44px;
    padding: 0.4em 0.7em;
    white-space: nowrap;
    font-weight: 600;
  }
  .actions {
    text-align: end;
  }
  @container invoices (max-width: 1099px) {
    .pdf {
      width: 44px;
      padding: 0;
      font-size: 0;
      gap: 0;
    }
    .pdf::before {
      margin: 0;
    }
  }
  .money {
    text-transform: none;
  }
  .rows-skeleton .state {
    justify-items: stretch;
    gap: 0.5em;
  }
  .rows-skeleton .skeleton {
    width: 100%;
  }
  .skeleton.line-title {
    height: 1.4em;
    width: 8em;
  }
  .skeleton.line-filters {
    height: 4.2em;
  }
  .skeleton.line-row {
    height: 3.1em;
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
  }
  .pager .btn {
    min-width: 44px;
    padding-inline: 0.75em;
  }
  .pager-status {
    padding-inline: 0.5em;
    text-align: center;
  }

  .paybar {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    margin-inline: calc(-1 * var(--_space) + 1px);
    margin-block-end: calc(-1 * var(--_space) + 1px);
    border-top: 1px solid var(--_border);
    border-radius: 0 0 var(--_radius) var(--_radius);
    background: var(--_bg);
  }
  .paybar[data-active] {
    position: sticky;
    bottom: 0;
    z-index: 1;
    box-shadow: 0 -2px 6px rgb(0 0 0 / 0.08);
  }
  .paybar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .summary {
    flex: 1 1 16em;
    min-width: 0;
  }
  .summary-total {
    font-weight: 600;
  }
  .pay-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .limit-hint {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
    color: var(--_warning);
  }
  .empty {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding-block: 1em;
  }

  @container invoices (max-width: 959px) {
    .table,
    .table tbody {
      display: block;
    }
    .table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .table tbody {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5em;
    }
    .table tbody tr {
      display: grid;
      min-width: 0;
      grid-template-columns: 44px minmax(0, 1fr) minmax(0, 1fr) 44px;
      grid-template-areas:
        'choose number number pdf'
        '. status status status'
        'issue issue due due'
        'amount amount rest rest';
      column-gap: 0.5em;
      padding: 0 0.25em 0.5em 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .table td {
      display: block;
      padding: 0;
      border: 0;
      min-width: 0;
      text-align: start;
    }
    .table td[data-label] {
      line-height: 1.3;
      align-self: end;
    }
    .table td.num {
      text-align: start;
    }
    .table td[data-label]::before {
      content: attr(data-label);
      display: block;
      font-size: 0.75em;
      font-weight: normal;
      color: var(--_muted);
      white-space: normal;
    }
    .table .choose {
      grid-area: choose;
      display: flex;
      align-items: center;
      justify-content: center;
      min-height: 44px;
    }
    .table .number {
      grid-area: number;
      align-self: center;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .table .actions {
      grid-area: pdf;
      align-self: start;
    }
    .table .status {
      grid-area: status;
      font-size: 0.875em;
      line-height: 1.3;
      margin-block-end: 0.125em;
    }
    .table .issue {
      grid-area: issue;
      padding-inline-start: 0.5em;
    }
    .table .due {
      grid-area: due;
    }
    .table .amount {
      grid-area: amount;
      padding-inline-start: 0.5em;
    }
    .table .rest {
      grid-area: rest;
    }
    .paybar {
      padding: 0.5em 0.75em;
      gap: 0.35em;
    }
  }
  @container invoices (min-width: 560px) and (max-width: 959px) {
    .table tbody {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container invoices (max-width: 559px) {
    .pager-status {
      order: -1;
      flex-basis: 100%;
    }
    .paybar .pay-actions {
      width: 100%;
    }
    .paybar .pay-actions .btn {
      flex: 1 1 auto;
      min-width: 0;
      padding-inline: 0.6em;
    }
  }
`;
