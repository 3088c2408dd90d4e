/**
 * Theme for the canvas. A canvas cannot use CSS custom properties, so the chart's colours and font
 * are read with getComputedStyle and must be read again whenever the theme changes.
 *
 * Watching for a change: a theme can change in many ways — an operator sets `--ebok-*` on our host
 * (`style`), toggles a class on <html> or any ancestor, swaps a stylesheet, or a
 * `prefers-color-scheme` media query flips. Observing attributes only catches the first. Instead
 * a tiny, invisible "probe" element in our shadow root uses every token we read as a transitionable
 * property with a 1 ms transition: whenever any of their computed values changes, for whatever
 * reason, the browser starts a transition and fires `transitionrun` on the probe. That covers
 * every cause with one listener and no polling. As a fallback (transitions can be switched off by
 * a page or a user agent), a MutationObserver on the host's `style`/`class`/`data-theme` and a
 * `prefers-color-scheme` media listener also trigger a re-read. Re-reads are coalesced to one per
 * frame, and everything is removed in `disconnect()`.
 */
import { css } from 'lit';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  current: string;
  previous: string;
  background: string;
  fontFamily: string;
  fontSize: number;
}

/**
 * Probe styles: every token the chart uses is bound to a property that can transition. The
 * `!important` transition beats the reduced-motion reset in the base styles: this is not a visible
 * animation (and not in the template: CSS comments would ship).
 */
export const probeStyles = css`
  .theme-probe {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    pointer-events: none;
    color: var(--_text);
    background-color: var(--_usage-current);
    border-style: solid;
    border-width: 0;
    border-top-color: var(--_muted);
    border-right-color: var(--_border);
    border-bottom-color: var(--_bg);
    outline-color: var(--_usage-previous);
    font-size: var(--_font-size);
    transition:
      color 1ms,
      background-color 1ms,
      border-top-color 1ms,
      border-right-color 1ms,
      border-bottom-color 1ms,
      outline-color 1ms,
      font-size 1ms,
      font-family 1ms allow-discrete !important;
    transition-behavior: allow-discrete !important;
  }
`;

/** Read the chart's theme from the host's resolved tokens and font. */
export function readTheme(host: HTMLElement): ChartTheme {
  const cs = getComputedStyle(host);
  const get = (name: string, fallback: string): string => cs.getPropertyValue(name).trim() || fallback;
  return {
    text: get('--_text', '#1c1f23'),
    muted: get('--_muted', '#555d66'),
    grid: get('--_border', '#c9ced6'),
    current: get('--_usage-current', '#0b57d0'),
    previous: get('--_usage-previous', '#555d66'),
    background: get('--_bg', '#ffffff'),
    fontFamily: cs.fontFamily || 'sans-serif',
    fontSize: Number.parseFloat(cs.fontSize) || 16,
  };
}

let parser: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour with an alpha: "#0b57d0", 0.4 → "rgba(11, 87, 208, 0.4)". Unknown formats stay opaque. */
export function withAlpha(color: string, alpha: number): string {
  parser ??= document.createElement('canvas').getContext('2d');
  if (!parser) return color;
  parser.fillStyle = '#000000';
  parser.fillStyle = color;
  const normal = String(parser.fillStyle);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normal);
  if (hex) return `rgba(${parseInt(hex[1]!, 16)}, ${parseInt(hex[2]!, 16)}, ${parseInt(hex[3]!, 16)}, ${alpha})`;
  const rgba = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(normal);
  if (rgba) return `rgba(${rgba[1]}, ${rgba[2]}, ${rgba[3]}, ${Number(rgba[4]) * alpha})`;
  return normal;
}

/** Calls `onChange` (at most once a frame) when the theme or the motion preference may have changed. */
export class ThemeWatcher {
  private readonly observer: MutationObserver;
  private readonly media: MediaQueryList[];
  private frame = 0;
  private probe: HTMLElement | undefined;

  constructor(
    private readonly host: HTMLElement,
    private readonly onChange: () => void,
  ) {
    this.observer = new MutationObserver(this.schedule);
    this.media = ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)', '(forced-colors: active)'].map((q) =>
      window.matchMedia(q),
    );
  }

  private readonly schedule = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.onChange();
    });
  };

  /** Start watching; `probe` is the element styled with `.theme-probe`. */
  connect(probe: HTMLElement): void {
    if (this.probe === probe) return;
    this.disconnect();
    this.probe = probe;
    probe.addEventListener('transitionrun', this.schedule);
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['style', 'class', 'data-theme'] });
    for (const m of this.media) m.addEventListener('change', this.schedule);
  }

  disconnect(): void {
    if (!this.probe) return;
    this.probe.removeEventListener('transitionrun', this.schedule);
    this.probe = undefined;
    this.observer.disconnect();
    for (const m of this.media) m.removeEventListener('change', this.schedule);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
