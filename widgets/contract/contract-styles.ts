import { css } from 'lit';

export const contractStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .contract {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
  }
  h3,
  h4,
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .title {
    font-size: 1.25em;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    gap: var(--_space);
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dd {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .code {
    font-variant-numeric: tabular-nums;
    /* An 18-character PPE code stays on one line at 320 px; longer ones still wrap. */
    font-size: 0.95em;
    letter-spacing: -0.01em;
    overflow-wrap: anywhere;
  }
  .commitment {
    display: grid;
    gap: 0.25em;
    padding: var(--_space);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_bg);
  }
  .commitment[data-kind='running'] {
    border-color: var(--_primary);
  }
  .commitment-title {
    font-weight: 600;
  }
  .days-left {
    font-size: 1.25em;
    font-weight: 700;
    color: var(--_primary);
  }
  .block {
    display: grid;
    gap: var(--_space);
  }
  .block-title {
    font-size: 1.05em;
  }
  .services,
  .cards,
  .documents {
    display: grid;
    gap: var(--_space);
  }
  .service,
  .card {
    display: grid;
    gap: 0.35em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    min-width: 0;
  }
  .service-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.25em 1em;
  }
  .service-name {
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  .price {
    font-weight: 700;
    margin-left: auto;
  }
  .price.free {
    font-weight: 600;
    color: var(--_success);
  }
  .includes {
    display: grid;
    gap: 0.2em;
    padding-left: 1.2em;
    list-style: disc;
  }
  .total {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
    font-weight: 700;
  }
  .pairs {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: 0.5em var(--_space);
  }
  .device-name {
    font-weight: 600;
  }
  .document {
    display: grid;
    gap: 0.2em;
    justify-items: start;
  }
  .doc {
    max-width: 100%;
    text-align: left;
  }
  .doc-title {
    overflow-wrap: anywhere;
  }
  .doc-error {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: var(--_space);
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
  }
  .icon {
    width: 1.2em;
    height: 1.2em;
    fill: currentColor;
    vertical-align: -0.2em;
    flex: none;
  }
  .skeleton.line-title {
    height: 1.6em;
    width: 50%;
  }
  .skeleton.line-facts {
    height: 6.5em;
  }
  .skeleton.line-box {
    height: 4.5em;
  }
  .skeleton.line-service {
    height: 6em;
  }
  .skeleton.line-card {
    height: 5em;
  }
  @container (max-width: 400px) {
    .contract {
      padding: var(--_space) calc(var(--_space) * 0.75);
    }
    .service,
    .card,
    .commitment {
      padding: calc(var(--_space) * 0.75);
    }
  }
`;
