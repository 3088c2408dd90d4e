/**
 * A loading state the size of the content it stands for: the widget's own ready template,
 * rendered with placeholder data, laid out but inert and hidden from assistive technology, its
 * text drawn as skeleton bars. Lines, wraps and gaps are those of the real view at every width, so
 * nothing on the page moves when the data replaces it (a skeleton drawn by hand drifts from the
 * view it imitates each time the view changes). Outside core: only the widgets that use it load it.
 */
import { css, html, type TemplateResult } from 'lit';

/** `status` is what screen readers hear ("Loading…"); `content` the ready view with placeholders. */
export function renderGhost(status: string, content: TemplateResult): TemplateResult {
  return html`<div class="ghost" data-kind="loading" part="loading" aria-busy="true">
    <span class="visually-hidden" role="status">${status}</span>
    <div class="ghost-content" aria-hidden="true" inert>${content}</div>
  </div>`;
}

export const ghostStyles = css`
  /* No boxes of their own: the content lays out in the widget's grid exactly as it will when shown. */
  .ghost,
  .ghost-content {
    display: contents;
  }
  .ghost-content * {
    color: transparent !important;
    border-color: transparent !important;
    box-shadow: none !important;
    text-decoration: none !important;
    outline: none !important;
  }
  .ghost-content svg,
  .ghost-content img,
  .ghost-content canvas {
    visibility: hidden;
  }
  /* The text blocks and controls become bars; nested ones have the same colour. */
  .ghost-content :is(h2, h3, h4, p, dt, dd > *, label, legend, button, select, input, textarea, .btn) {
    background: var(--_skeleton) !important;
    border-radius: 4px;
    animation: ebok-pulse 1.4s ease-in-out infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .ghost-content * {
      animation: none !important;
    }
  }
`;
