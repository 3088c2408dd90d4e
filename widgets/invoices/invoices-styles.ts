import { css } from 'lit';

/**
 * A table from 640 px of the widget's own width; below that each row becomes a card (container
 * query, so it follows the space the operator gives the widget, not the viewport). The table keeps
 * explicit ARIA roles, so changing `display` for the cards never loses table semantics.
 */
export const invoicesStyles = css`
  .invoices {
    container: invoices / inline-size;
    display: grid;
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

  /* ------------------------------------------------------------ filters */
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

  /* ------------------------------------------------------------ notices */
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

  /* ------------------------------------------------------------ choose all */
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

  /* ------------------------------------------------------------ table */
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
    padding: 0.5em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  .table thead th {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
    white-space: nowrap;
    vertical-align: middle;
    height: 44px;
  }
  .table .num {
    text-align: end;
  }
  .table tbody tr[aria-selected='true'],
  .table tbody tr.chosen {
    background: color-mix(in srgb, var(--_primary) 7%, var(--_bg));
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
  .choose {
    width: 44px;
  }
  .check {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
    margin: -0.5em;
    cursor: pointer;
  }
  .number {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
  }
  .status[data-status='paid'] {
    color: var(--_success);
  }
  .status[data-status='unpaid'] {
    color: var(--_text);
  }
  .status[data-status='partly_paid'] {
    color: var(--_warning);
  }
  .status[data-status='overdue'] {
    color: var(--_error);
  }
  .due[data-overdue] {
    color: var(--_error);
    font-weight: 600;
  }
  .pdf {
    min-height: 44px;
    padding: 0.4em 0.7em;
    white-space: nowrap;
    font-weight: 600;
  }
  .actions {
    text-align: end;
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

  /* ------------------------------------------------------------ pager */
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

  /* ------------------------------------------------------------ pay bar */
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
  /* Once something is chosen, the sum and the pay button stay in view while the list scrolls. */
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

  /* ------------------------------------------------------------ cards below 640 px */
  @container invoices (max-width: 639px) {
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
    .table tbody tr {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.25em 0.75em;
      padding: 0.75em;
      margin-block-end: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .table td {
      display: flex;
      justify-content: space-between;
      gap: 0.75em;
      padding: 0.125em 0;
      border: 0;
      grid-column: 1 / -1;
      min-width: 0;
      text-align: end;
    }
    .table td[data-label]::before {
      content: attr(data-label);
      color: var(--_muted);
      text-align: start;
      min-width: 0;
      font-weight: normal;
    }
    .table td .v {
      white-space: nowrap;
      flex: none;
    }
    .table td.number {
      grid-column: 1;
      grid-row: 1;
      justify-content: flex-start;
      text-align: start;
      align-items: center;
      font-size: 1.0625em;
    }
    .table td.choose {
      grid-column: 2;
      grid-row: 1;
      width: auto;
      justify-content: flex-end;
    }
    .table td.choose .check {
      margin: -0.5em -0.5em -0.5em 0;
    }
    .table td.choose:empty {
      display: none;
    }
    .table td.status-cell {
      justify-content: flex-start;
      padding-block-end: 0.25em;
    }
    .table td.actions {
      justify-content: stretch;
      padding-block-start: 0.5em;
    }
    .table td.actions .pdf {
      width: 100%;
    }
    .paybar {
      padding: 0.5em 0.75em;
      gap: 0.35em;
    }
    .paybar .pay-actions {
      width: 100%;
      flex-wrap: nowrap;
    }
    .paybar .pay-actions .btn {
      flex: 1 1 auto;
      padding-inline: 0.6em;
    }
  }
`;
