// Configuration of `npm run manifest` (cem analyze) and of the gallery, which builds the same
// manifest in memory (demo/build/gallery-plugins.ts). Writes dist/custom-elements.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SHARED_TOKENS = fileURLToPath(new URL('./widgets/core/styles.ts', import.meta.url));

/** What each shared token is for; the defaults are read from widgets/core/styles.ts. */
const TOKEN_DESCRIPTIONS = {
  '--ebok-color-text': 'Text.',
  '--ebok-color-muted': 'Secondary text (dates, hints). Keep 4.5:1 on the background.',
  '--ebok-color-background': 'Background of the widget box.',
  '--ebok-color-surface': 'Background of inner panels and table headers.',
  '--ebok-color-border': 'Borders and table lines.',
  '--ebok-color-primary': 'Buttons, links, the chosen item.',
  '--ebok-color-on-primary': 'Text on primary buttons.',
  '--ebok-color-debt': 'Arrears: what is overdue (red by default; an icon and words always go with it).',
  '--ebok-color-credit': 'Overpayment (blue by default).',
  '--ebok-color-success': 'Paid, sent, resolved.',
  '--ebok-color-warning': 'Partly paid, in progress, limits.',
  '--ebok-color-error': 'Errors.',
  '--ebok-color-focus': 'The focus outline.',
  '--ebok-color-skeleton': 'Loading placeholders.',
  '--ebok-radius': 'Corner radius of boxes, buttons and inputs.',
  '--ebok-space': 'Inner padding of the box; gaps scale from it.',
  '--ebok-font-size': 'Base font size (px; the widgets never use rem).',
  '--ebok-font-family': 'Font; inherits the page font by default.',
  '--ebok-line-height': 'Line height.',
  '--ebok-shadow': 'Shadow of the box.',
};

/** `--_x: var(--ebok-y, default);` lines of the shared tokens. */
function sharedTokens() {
  const source = readFileSync(SHARED_TOKENS, 'utf8');
  const tokens = [];
  for (const m of source.matchAll(/--_[\w-]+:\s*var\((--ebok-[\w-]+),\s*([^;]+)\);/g)) {
    const [, name, fallback] = m;
    tokens.push({ name, default: fallback.trim(), description: TOKEN_DESCRIPTIONS[name] ?? 'Shared design token.' });
  }
  return tokens;
}

/**
 * Our elements are registered with `defineWidget('ebok-x', EbokX)` (widgets/core/base-element.ts)
 * or `defineElement('ebok-x', EbokX)` (widgets/core/define.ts),
 * which the analyzer does not know: teach it, and tidy the result for operators.
 */
function ebokPlugin() {
  const definitions = new Map(); // module path -> [{ tag, className }]
  return {
    name: 'ebok-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || !['defineElement', 'defineWidget'].includes(node.expression.text)) return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      const list = definitions.get(moduleDoc.path) ?? [];
      list.push({ tag: tag.text, className: ctor.text });
      definitions.set(moduleDoc.path, list);
    },
    moduleLinkPhase({ moduleDoc }) {
      const exported = new Set((moduleDoc.exports ?? []).map((e) => e.declaration?.name));
      for (const { tag, className } of definitions.get(moduleDoc.path) ?? []) {
        const decl = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === className);
        if (!decl) continue;
        decl.customElement = true;
        decl.tagName = tag;
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: moduleDoc.path } },
        ];
      }
      // Module-level helpers the analyzer picks up from destructuring are not part of the API.
      moduleDoc.declarations = (moduleDoc.declarations ?? []).filter((d) => exported.has(d.name));
    },
    packageLinkPhase({ customElementsManifest }) {
      const tokens = sharedTokens();
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement) continue;
          // Internals (private/protected members, static styles and translations) are not API.
          decl.members = (decl.members ?? []).filter(
            (m) => !m.privacy && !m.static && !m.name.startsWith('_') && m.name !== 'translationsReady',
          );
          // Inherited from EbokElement (widgets/core/base-element.ts), which is not analyzed.
          if (!decl.attributes?.some((a) => a.name === 'lang')) {
            decl.attributes = [
              ...(decl.attributes ?? []),
              { name: 'lang', type: { text: 'string' }, description: 'Language of this widget only (`pl`, `uk`, `ru`); inherited from the page by default.' },
            ];
          }
          if (!decl.attributes?.some((a) => a.name === 'label')) {
            decl.attributes = [
              ...(decl.attributes ?? []),
              {
                name: 'label',
                type: { text: 'string' },
                description: 'Name of this widget\'s landmarks when a page has several of one kind (e.g. `Faktury — firma`); by default the second one is numbered.',
              },
            ];
          }
          decl.superclass = { name: 'EbokElement', module: 'widgets/core/base-element.ts' };
          // Every widget reads the shared tokens; widget-specific ones come from its JSDoc.
          const own = new Map((decl.cssProperties ?? []).map((p) => [p.name, p]));
          for (const token of tokens) {
            const mine = own.get(token.name);
            if (mine) mine.default ??= token.default;
            else own.set(token.name, { ...token });
          }
          decl.cssProperties = [...own.values()];
        }
      }
    },
  };
}

export default {
  globs: ['widgets/*/ebok-*.ts'],
  exclude: ['**/*.test.ts', '**/*.bench.ts', '**/_*'],
  outdir: 'dist',
  litelement: true,
  // package.json already points "customElements" at dist/custom-elements.json: never rewrite it.
  packagejson: false,
  plugins: [ebokPlugin()],
};
