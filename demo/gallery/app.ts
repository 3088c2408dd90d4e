/**
 * The designers' gallery: every widget in every state side by side, with live switchers for
 * language, operator theme and container width, the embed snippet, and the element's API from the
 * custom-elements manifest. Rendered into light DOM with lit-html: no inline styles or scripts, so
 * it runs under a strict CSP. State lives in the URL (`?lang=uk&theme=fala&width=320#invoices`), so
 * every view can be linked, screenshotted and tested.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { WIDGETS, widgetById, type Sample, type WidgetEntry, type WidgetId } from './catalog';
import {
  codeSpans,
  findElement,
  publicMethods,
  scriptProperties,
  type Manifest,
  type ManifestElement,
  type ManifestEntry,
} from './manifest';
import { chartDrawn } from '../../widgets/usage/test-utils/chart';

export const LANGS = [
  { id: 'pl', name: 'Polski' },
  { id: 'uk', name: 'Українська' },
  { id: 'ru', name: 'Русский' },
] as const;

/** The default look plus fictional operators, each in demo/themes/<id>.css (tokens and ::part only). */
export const THEMES = [
  { id: 'default', name: 'Domyślny' },
  { id: 'baltyk', name: 'Energia Bałtyk (prąd)' },
  { id: 'zdroj', name: 'Wodociągi Zdrój (woda)' },
  { id: 'fala', name: 'Fala Mobile (telekom, ciemny)' },
] as const;

export const WIDTHS = [320, 768, 1280] as const;

export type Lang = (typeof LANGS)[number]['id'];
export type ThemeId = (typeof THEMES)[number]['id'];
export type Width = (typeof WIDTHS)[number];
export type Route = 'overview' | WidgetId;

export interface GallerySettings {
  route: Route;
  lang: Lang;
  theme: ThemeId;
  width: Width;
}

export const DEFAULTS: GallerySettings = { route: 'overview', lang: 'pl', theme: 'default', width: 320 };

/** Settings from a URL (unknown values fall back to the defaults). */
export function settingsFromUrl(url: URL): GallerySettings {
  const q = url.searchParams;
  const route = url.hash.replace(/^#\/?/, '');
  const lang = LANGS.find((l) => l.id === q.get('lang'))?.id ?? DEFAULTS.lang;
  const theme = THEMES.find((t) => t.id === q.get('theme'))?.id ?? DEFAULTS.theme;
  const width = WIDTHS.find((w) => String(w) === q.get('width')) ?? DEFAULTS.width;
  return { route: widgetById(route) ? (route as WidgetId) : 'overview', lang, theme, width };
}

/** The URL for settings, relative to the current page (works from any sub-path). */
export function urlFor(s: GallerySettings, base: URL): URL {
  const url = new URL(base.href);
  url.search = '';
  if (s.lang !== DEFAULTS.lang) url.searchParams.set('lang', s.lang);
  if (s.theme !== DEFAULTS.theme) url.searchParams.set('theme', s.theme);
  if (s.width !== DEFAULTS.width) url.searchParams.set('width', String(s.width));
  url.hash = s.route === 'overview' ? '' : s.route;
  return url;
}

/** The script tag and element an operator pastes. */
export function embedSnippet(widget: WidgetEntry, lang: Lang): string {
  return [
    '<script type="module" src="https://cdn.example.pl/ebok/0.1.0/ebok.js"',
    `        data-api="https://ebok.operator.pl/api" data-lang="${lang}"></script>`,
    '',
    widget.example,
  ].join('\n');
}

interface RenderedSample {
  sample: Sample;
  element: HTMLElement;
}

export interface GalleryOptions {
  manifest: Manifest;
  /** Where settings are read from and written to (default: the page's location and history). */
  location?: { get(): URL; set(url: URL): void };
  /** Copies text (default: the async clipboard API). */
  copy?: (text: string) => Promise<void>;
}

export class Gallery {
  private settings: GallerySettings;
  private rendered: { route: Route; samples: RenderedSample[] } | undefined;
  private copyStatus = '';
  private readonly loc: { get(): URL; set(url: URL): void };
  private readonly copy: (text: string) => Promise<void>;
  private readonly onHashChange = () => this.navigate(settingsFromUrl(this.loc.get()), false);

  constructor(
    private readonly root: HTMLElement,
    private readonly options: GalleryOptions,
  ) {
    this.loc = options.location ?? {
      get: () => new URL(location.href),
      set: (url) => history.replaceState(null, '', url),
    };
    this.copy = options.copy ?? ((text) => navigator.clipboard.writeText(text));
    this.settings = settingsFromUrl(this.loc.get());
    window.addEventListener('hashchange', this.onHashChange);
  }

  get current(): GallerySettings {
    return { ...this.settings };
  }

  /** Renders the current settings; resolves when every widget on the page has rendered its state. */
  async start(): Promise<void> {
    await this.navigate(this.settings, false);
  }

  dispose(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    render(nothing, this.root);
  }

  /** Switch to other settings (route, language, theme, width) and wait for the widgets. */
  async navigate(next: Partial<GallerySettings>, writeUrl = true): Promise<void> {
    const previousRoute = this.settings.route;
    this.settings = { ...this.settings, ...next };
    if (writeUrl) this.loc.set(urlFor(this.settings, this.loc.get()));
    if (this.settings.route !== previousRoute) this.copyStatus = '';
    const widget = this.settings.route === 'overview' ? undefined : widgetById(this.settings.route);
    if (widget && this.rendered?.route !== widget.id) {
      await widget.load();
      this.rendered = { route: widget.id, samples: widget.samples().map((sample) => ({ sample, element: createSample(widget, sample) })) };
    } else if (!widget) {
      this.rendered = undefined;
    }
    this.paint();
    if (this.settings.route !== previousRoute) document.title = `${widget ? `<${widget.tag}> — ${widget.name}` : 'Przegląd'} · eBOK — galeria`;
    await this.ready();
  }

  /** Resolves when every shown widget has its strings loaded and has rendered (and drawn its chart). */
  async ready(): Promise<void> {
    const elements = this.rendered?.samples.map((r) => r.element) ?? [];
    await Promise.all(
      elements.map(async (el) => {
        const widget = el as HTMLElement & { translationsReady?: Promise<void>; updateComplete?: Promise<unknown> };
        await widget.translationsReady;
        if (widget.updateComplete) await chartDrawn(widget as HTMLElement & { updateComplete: Promise<unknown> });
      }),
    );
  }

  /** The rendered widget element of a sample (tests). */
  elementFor(sampleId: string): HTMLElement | undefined {
    return this.rendered?.samples.find((r) => r.sample.id === sampleId)?.element;
  }

  private paint(): void {
    render(this.template(), this.root);
  }

  private template(): TemplateResult {
    const s = this.settings;
    const widget = s.route === 'overview' ? undefined : widgetById(s.route);
    return html`
      <a class="g-skip" href="#g-main" @click=${this.skip}>Przejdź do treści</a>
      <header class="g-header">
        <a class="g-brand" href=${this.href({ route: 'overview' })}>eBOK <span>galeria widżetów</span></a>
        <nav class="g-nav" aria-label="Widżety">
          <ul>
            <li><a href=${this.href({ route: 'overview' })} aria-current=${s.route === 'overview' ? 'page' : nothing}>Przegląd</a></li>
            ${WIDGETS.map(
              (w) => html`<li>
                <a href=${this.href({ route: w.id })} aria-current=${s.route === w.id ? 'page' : nothing}>${w.name}</a>
              </li>`,
            )}
            <li><a href="./operator.html">Strona operatora (na żywo)</a></li>
          </ul>
        </nav>
      </header>
      ${this.toolbar()}
      <main id="g-main" class="g-main" tabindex="-1">${widget ? this.widgetPage(widget) : this.overview()}</main>
      <footer class="g-footer">
        <p>
          Stany są renderowane z danych (<code>preview</code>), bez sieci i zegarów. Dokumentacja dla operatorów:
          <code>docs/operators/</code> w repozytorium.
        </p>
      </footer>
    `;
  }

  private readonly skip = (e: Event) => {
    // The hash is the route: move focus without touching it.
    e.preventDefault();
    this.root.querySelector<HTMLElement>('#g-main')?.focus();
  };

  private href(patch: Partial<GallerySettings>): string {
    const url = urlFor({ ...this.settings, ...patch }, this.loc.get());
    return `${url.search}${url.hash || '#'}`;
  }

  private toolbar(): TemplateResult {
    const s = this.settings;
    return html`<form class="g-toolbar" aria-label="Ustawienia podglądu" @submit=${(e: Event) => e.preventDefault()}>
      <fieldset class="g-segmented">
        <legend>Język widżetów</legend>
        ${LANGS.map(
          (l) => html`<label lang=${l.id}>
            <input type="radio" name="lang" value=${l.id} .checked=${s.lang === l.id} @change=${() => void this.navigate({ lang: l.id })} />
            <span>${l.name}</span>
          </label>`,
        )}
      </fieldset>
      <label class="g-select">
        <span>Motyw operatora</span>
        <select name="theme" .value=${s.theme} @change=${(e: Event) => void this.navigate({ theme: (e.target as HTMLSelectElement).value as ThemeId })}>
          ${THEMES.map((t) => html`<option value=${t.id} ?selected=${s.theme === t.id}>${t.name}</option>`)}
        </select>
      </label>
      <fieldset class="g-segmented">
        <legend>Szerokość kontenera</legend>
        ${WIDTHS.map(
          (w) => html`<label>
            <input type="radio" name="width" value=${w} .checked=${s.width === w} @change=${() => void this.navigate({ width: w })} />
            <span>${w} px</span>
          </label>`,
        )}
      </fieldset>
    </form>`;
  }

  private overview(): TemplateResult {
    return html`<h1>Galeria widżetów eBOK</h1>
      <p class="g-lead">
        Każdy widżet w każdym stanie, obok siebie, w trzech językach i w motywach przykładowych operatorów. Wybierz widżet:
      </p>
      <ul class="g-cards">
        ${WIDGETS.map((w) => {
          const el = findElement(this.options.manifest, w.tag);
          return html`<li class="g-card">
            <h2><a href=${this.href({ route: w.id })}>${w.name}</a></h2>
            <p><code>&lt;${w.tag}&gt;</code></p>
            <p>${el?.summary ?? ''}</p>
            <p class="g-muted">Stanów: ${w.samples().length}</p>
          </li>`;
        })}
        <li class="g-card">
          <h2><a href="./operator.html">Strona operatora</a></h2>
          <p>Przykładowa strona operatora z widżetami osadzonymi przez loader, na danych testowych. Zaloguj się jako dowolna persona.</p>
        </li>
      </ul>`;
  }

  private widgetPage(widget: WidgetEntry): TemplateResult {
    const s = this.settings;
    const el = findElement(this.options.manifest, widget.tag);
    const samples = this.rendered?.samples ?? [];
    return html`<h1><code>&lt;${widget.tag}&gt;</code> ${widget.name}</h1>
      ${el?.summary ? html`<p class="g-lead">${el.summary}</p>` : nothing}
      <nav class="g-toc" aria-label="Na tej stronie">
        <a href="#states" @click=${this.jump}>Stany (${samples.length})</a>
        <a href="#embed" @click=${this.jump}>Osadzanie</a>
        <a href="#api" @click=${this.jump}>API</a>
      </nav>
      <section class="g-section" aria-labelledby="states">
        <h2 id="states" tabindex="-1">Stany</h2>
        <div class="g-stage" data-theme=${s.theme} data-width=${s.width}>
          ${samples.map(
            ({ sample, element }) => html`<figure class="g-sample" data-sample=${sample.id}>
              <figcaption>${sample.label} <code>${sample.id}</code></figcaption>
              <div class="g-viewport"><div class="g-frame" lang=${s.lang}>${element}</div></div>
            </figure>`,
          )}
        </div>
      </section>
      <section class="g-section" aria-labelledby="embed">
        <h2 id="embed" tabindex="-1">Osadzanie</h2>
        ${this.snippet(widget)}
      </section>
      <section class="g-section" aria-labelledby="api">
        <h2 id="api" tabindex="-1">API</h2>
        ${el ? apiTables(el) : html`<p class="g-muted">Brak elementu <code>${widget.tag}</code> w custom-elements.json.</p>`}
      </section>`;
  }

  /** In-page links: the hash holds the route, so scroll and focus instead of navigating. */
  private readonly jump = (e: Event) => {
    e.preventDefault();
    const id = (e.currentTarget as HTMLAnchorElement).getAttribute('href')!.slice(1);
    const target = this.root.querySelector<HTMLElement>(`#${id}`);
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  };

  private snippet(widget: WidgetEntry): TemplateResult {
    const code = embedSnippet(widget, this.settings.lang);
    return html`<div class="g-snippet">
      <pre><code>${code}</code></pre>
      <div class="g-snippet-actions">
        <button type="button" class="g-button" @click=${() => void this.copySnippet(code)}>Kopiuj kod</button>
        <span role="status" class="g-copy-status">${this.copyStatus}</span>
      </div>
      <p class="g-muted">
        Jeden skrypt na stronę; elementy wstawiasz tam, gdzie mają się pojawić. Loader pobiera tylko widżety obecne na stronie.
      </p>
    </div>`;
  }

  private async copySnippet(code: string): Promise<void> {
    try {
      await this.copy(code);
      this.copyStatus = 'Skopiowano do schowka.';
    } catch {
      // No clipboard permission (e.g. an iframe): select the code so Ctrl+C works.
      const pre = this.root.querySelector('.g-snippet pre');
      if (pre) getSelection()?.selectAllChildren(pre);
      this.copyStatus = 'Nie udało się skopiować — kod jest zaznaczony, naciśnij Ctrl+C.';
    }
    this.paint();
  }
}

function createSample(widget: WidgetEntry, sample: Sample): HTMLElement {
  const el = document.createElement(widget.tag);
  for (const [name, value] of Object.entries(sample.attrs ?? {})) el.setAttribute(name, value);
  Object.assign(el, sample.props ?? {}, { preview: sample.state });
  el.dataset.sample = sample.id;
  return el;
}

function text(value: string | undefined): TemplateResult[] {
  return codeSpans(value).map((p) => (p.code ? html`<code>${p.text}</code>` : html`${p.text}`));
}

function table(caption: string, head: string[], rows: (string | TemplateResult | TemplateResult[])[][]): TemplateResult {
  if (rows.length === 0) return html`<h3>${caption}</h3><p class="g-muted">Brak.</p>`;
  return html`<h3>${caption}</h3>
    <div class="g-table-scroll">
      <table class="g-table">
        <thead>
          <tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr>
        </thead>
        <tbody>
          ${rows.map((r) => html`<tr>${r.map((c, i) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td>${c}</td>`))}</tr>`)}
        </tbody>
      </table>
    </div>`;
}

const name = (n: string) => html`<code>${n}</code>`;
const type = (e: ManifestEntry) => (e.type?.text ? html`<code>${e.type.text}</code>` : '');
const dflt = (e: ManifestEntry) => (e.default !== undefined ? html`<code>${e.default}</code>` : '');

/** The element's API from the manifest, as tables. */
export function apiTables(el: ManifestElement): TemplateResult {
  const methods = publicMethods(el);
  return html`${el.description ? html`<p class="g-description">${text(el.description)}</p>` : nothing}
    ${table(
      'Atrybuty',
      ['Atrybut', 'Typ', 'Domyślnie', 'Opis'],
      (el.attributes ?? []).map((a) => [name(a.name), type(a), dflt(a), text(a.description)]),
    )}
    ${table(
      'Właściwości (z JavaScriptu)',
      ['Właściwość', 'Typ', 'Opis'],
      scriptProperties(el).map((p) => [name(p.name), type(p), text(p.description)]),
    )}
    ${methods.length ? table('Metody', ['Metoda', 'Opis'], methods.map((m) => [name(`${m.name}()`), text(m.description)])) : nothing}
    ${table('Zdarzenia', ['Zdarzenie', 'Opis'], (el.events ?? []).map((e) => [name(e.name), text(e.description)]))}
    ${table(
      'Właściwości CSS (--ebok-*)',
      ['Właściwość', 'Domyślnie', 'Opis'],
      (el.cssProperties ?? []).map((p) => [name(p.name), dflt(p), text(p.description)]),
    )}
    ${table('Części (::part)', ['Część', 'Opis'], (el.cssParts ?? []).map((p) => [name(p.name), text(p.description)]))}`;
}
