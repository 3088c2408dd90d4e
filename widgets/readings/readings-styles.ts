import { css } from 'lit';

/**
 * The readings widget. One column at every width (the form and the history read top to bottom);
 * from 44em of its own width the meter card and the form sit side by side. Estimated bars are
 * outlined and dashed, not only lighter: colour never carries the meaning alone.
 */
export const readingsStyles = css`
  :host {
    container: ebok-readings / inline-size;
  }
  .readings {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.0625em;
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .point {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .meter,
  .form-block {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    background: var(--_surface);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .form-block {
    background: var(--_bg);
    border: 1px solid var(--_border);
  }
  .meter-name {
    overflow-wrap: anywhere;
  }
  .last {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  .last > div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
  }
  .last dt {
    color: var(--_muted);
  }
  .last dd {
    margin: 0;
    font-weight: 600;
    white-space: nowrap;
  }
  .window {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
  }
  .window.closed {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface);
  }
  .register {
    display: grid;
    gap: 0.2em;
  }
  .echo {
    min-height: 1.45em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.08em;
  }
  .confirm {
    padding: 0.75em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface);
  }
  .receipt {
    border-color: var(--_success);
    border-width: 2px;
  }
  .receipt h3 .icon {
    color: var(--_success);
  }
  .history {
    display: grid;
    gap: 0.75em;
    min-width: 0;
  }
  .chart {
    margin: 0;
    min-width: 0;
    display: grid;
    gap: 0.35em;
    max-width: 44em;
  }
  .chart figcaption {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .bars {
    display: block;
    width: 100%;
    height: 8em;
    border-block-end: 1px solid var(--_border);
    overflow: visible;
  }
  .bar {
    fill: var(--_primary);
  }
  .bar.r1,
  .swatch.r1 {
    fill: var(--_credit);
    background: var(--_credit);
  }
  .bar.estimated {
    fill-opacity: 0.25;
    stroke: var(--_muted);
    stroke-width: 1.5px;
    stroke-dasharray: 3 2;
  }
  .ticks {
    display: flex;
    min-width: 0;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .ticks li {
    flex: 1 1 0;
    min-width: 0;
    text-align: center;
    white-space: nowrap;
    overflow: visible;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
    background: var(--_primary);
  }
  .swatch.real {
    background: var(--_muted);
  }
  .swatch.estimated {
    background: transparent;
    border: 1.5px dashed var(--_muted);
  }
  .table-wrap {
    min-width: 0;
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375em;
  }
  th,
  td {
    padding: 0.4em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-weight: 600;
    color: var(--_muted);
    font-size: 0.875em;
  }
  th.num,
  td.num {
    text-align: end;
  }
  tbody th {
    font-weight: normal;
    white-space: nowrap;
  }
  td.num {
    white-space: nowrap;
  }
  .use,
  .event {
    display: block;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .tag.estimated {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px dashed var(--_muted);
    border-radius: 4px;
  }
  /* Skeleton: the meter card, the form and the history at their usual heights. */
  .loading {
    display: grid;
    gap: var(--_space);
  }
  .sk-meter {
    height: 6.5em;
  }
  .sk-form {
    height: 16em;
  }
  .sk-chart {
    height: 12em;
  }
  /* Narrow: the table becomes one block per reading (day, then each register with its name, then
     the source), so nothing scrolls sideways on a phone; and every other month label goes. */
  @container ebok-readings (max-width: 30em) {
    .ticks li.minor {
      visibility: hidden;
    }
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      padding: 0.4em 0;
      border-block-end: 1px solid var(--_border);
    }
    th,
    td {
      padding: 0.1em 0;
      border: 0;
    }
    tbody th {
      font-weight: 600;
    }
    td.num {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 0.75em;
      white-space: normal;
    }
    td.num::before {
      content: attr(data-label);
      color: var(--_muted);
    }
    td.num .use {
      flex-basis: 100%;
      text-align: end;
    }
  }
  @container ebok-readings (min-width: 44em) {
    .readings[data-state='ready'] {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr);
      align-items: start;
    }
    .readings > h2,
    .readings > .point,
    .readings > .history,
    .readings > .state,
    .readings > .loading,
    .readings > [data-field='meter'] {
      grid-column: 1 / -1;
    }
  }
`;
