import { css } from 'lit';

/**
 * Why some rules are as they are (kept here, not in the template: CSS comments would ship):
 * - `.period-label` balances its lines: "сентябрь 2026 г." on two lines splits evenly instead of
 *   leaving "г." alone.
 * - `.swatch.previous` is the chart's hatching: colour is not the only difference between the years.
 * - `.plot` to `.u-off`: the chart element and the few layout rules uPlot's own stylesheet has
 *   (uPlot sets positions through CSSOM; without these its layers would stack instead of overlapping).
 * - `.chart-tip` is as wide as its longest line, up to the plot's width: a time range or an amount
 *   is not broken.
 */
export const usageStyles = css`
  :host {
    --_usage-current: var(--ebok-usage-color-current, var(--_primary));
    --_usage-previous: var(--ebok-usage-color-previous, var(--_muted));
    --_chart-height: var(--ebok-usage-chart-height, 280px);
  }
  .usage {
    container-type: inline-size;
    display: grid;
    gap: var(--_space);
    min-width: 0;
    position: relative;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em var(--_space);
    align-items: flex-end;
    min-width: 0;
  }
  .field {
    display: grid;
    gap: 0.25em;
    flex: 1 1 16em;
    min-width: 0;
  }
  .field-label {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
    padding: 0;
  }
  select {
    width: 100%;
    min-width: 0;
    max-width: 100%;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    text-overflow: ellipsis;
  }
  .point-single {
    flex: 1 1 100%;
    overflow-wrap: anywhere;
  }
  .periods {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: grid;
    gap: 0.25em;
    flex: 0 1 26em;
  }
  .segmented {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    gap: 1px;
    background: var(--_border);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .segment {
    position: relative;
    display: flex;
    background: var(--_bg);
  }
  .segment input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .segment span {
    flex: 1;
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 42px;
    min-width: 44px;
    padding: 0.3em 0.9em;
    line-height: 1.2;
    text-align: center;
  }
  .segment input:checked + span {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .segment input:focus-visible + span {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .nav {
    display: flex;
    align-items: center;
    gap: 0.5em;
    flex: 1 1 100%;
    min-width: 0;
  }
  .icon-btn {
    min-width: 44px;
    padding: 0.5em;
    flex: none;
  }
  .period-label {
    flex: 1 1 auto;
    min-width: 0;
    text-align: center;
    font-weight: 600;
    overflow-wrap: anywhere;
    text-wrap: balance;
  }
  .excluded p {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .excluded .icon {
    margin-top: 0.15em;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: 0.75em var(--_space);
    margin: 0;
  }
  .total {
    display: grid;
    gap: 0.15em;
    align-content: start;
    min-width: 0;
  }
  .total dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .total dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .total dd.num {
    white-space: normal;
  }
  .big {
    font-size: 1.375em;
    font-weight: 600;
    line-height: 1.2;
  }
  .change {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
  }
  .change[data-direction='up'] .icon {
    color: var(--_warning);
  }
  .change[data-direction='down'] .icon {
    color: var(--_success);
  }
  .change-words {
    font-weight: normal;
  }
  .note {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    font-size: 0.875em;
    color: var(--_muted);
    margin-top: calc(var(--_space) * -0.5);
  }
  .note .icon {
    margin-top: 0.15em;
    flex: none;
  }
  .legend-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 var(--_space);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    font-size: 0.875em;
    cursor: pointer;
  }
  .toggle input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .chart {
    margin: 0;
    display: grid;
    gap: 0.5em;
    min-width: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 0.75em;
    border-radius: 2px;
    flex: none;
  }
  .swatch.current {
    background: var(--_usage-current);
  }
  .swatch.previous {
    background: repeating-linear-gradient(
      -45deg,
      var(--_usage-previous) 0 1.5px,
      color-mix(in srgb, var(--_usage-previous) 30%, transparent) 1.5px 4px
    );
    border: 1.5px solid var(--_usage-previous);
  }
  .swatch.line {
    height: 0;
    width: 1.5em;
    border-radius: 0;
    background: none;
    border: 0;
    border-top: 2px solid var(--_usage-current);
  }
  .swatch.previous.line {
    border-top: 2px dashed var(--_usage-previous);
  }
  .chart-box {
    position: relative;
    height: var(--_chart-height);
    min-width: 0;
    width: 100%;
  }
  .plot {
    width: 100%;
    height: 100%;
    border-radius: var(--_radius);
  }
  .u-wrap {
    position: relative;
    user-select: none;
  }
  .u-over,
  .u-under,
  .u-axis {
    position: absolute;
  }
  .u-under {
    overflow: hidden;
  }
  .plot canvas {
    display: block;
    position: relative;
    width: 100%;
    height: 100%;
  }
  .u-cursor-x,
  .u-cursor-pt {
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: none;
  }
  .u-cursor-x {
    height: 100%;
    border-right: 1px dashed var(--_muted);
  }
  .u-cursor-pt {
    border-radius: 50%;
    border: 0 solid;
    background-clip: padding-box !important;
  }
  .u-select,
  .u-off {
    display: none;
  }
  .chart-tip {
    position: absolute;
    left: 0;
    top: 0;
    display: none;
    width: max-content;
    max-width: min(26em, 100%);
    padding: 0.375em 0.5em;
    border-radius: 4px;
    background: var(--_text);
    color: var(--_bg);
    font-size: 0.8125em;
    line-height: 1.35;
    pointer-events: none;
    z-index: 1;
  }
  .chart-tip.shown {
    display: grid;
  }
  .chart-state {
    display: grid;
    align-content: center;
    justify-content: center;
    text-align: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .chart-state .state {
    justify-items: center;
  }
  .summary {
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .table-wrap {
    max-height: 26em;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5em 0.75em;
  }
  th,
  td {
    padding: 0.35em 0.75em;
    border-top: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_surface);
    font-size: 0.875em;
  }
  tbody th {
    font-weight: normal;
  }
  td.num,
  .num-head {
    text-align: end;
  }
  td.missing {
    color: var(--_muted);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_space);
    align-items: center;
  }
  .loading,
  .series-loading {
    display: grid;
    gap: var(--_space);
  }
  .sk-controls {
    height: 44px;
  }
  .sk-totals {
    height: 3.2em;
  }
  .sk-actions {
    height: 44px;
    width: 60%;
  }
  @container (max-width: 30em) {
    .segmented {
      grid-auto-flow: row;
      grid-template-columns: repeat(2, 1fr);
    }
    .segment:last-child:nth-child(odd) {
      grid-column: span 2;
    }
  }
  @media (forced-colors: active) {
    .swatch.current {
      background: CanvasText;
    }
    .segment input:checked + span {
      outline: 2px solid Highlight;
    }
  }
`;
