/**
 * Waiting for the usage chart from outside (tests, the benchmark, the gallery's screenshots): the
 * element marks its chart element `data-chart="drawing"` until the chart shows what is rendered, so
 * nothing test-only is on the element itself. No imports: the gallery bundles this.
 */
export async function chartDrawn(el: HTMLElement & { updateComplete: Promise<unknown> }, timeout = 10_000): Promise<void> {
  await el.updateComplete;
  const start = performance.now();
  while (el.shadowRoot?.querySelector<HTMLElement>('[data-chart]')?.dataset.chart === 'drawing') {
    if (performance.now() - start > timeout) throw new Error(`<${el.localName}>: the chart was not drawn within ${timeout} ms`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
