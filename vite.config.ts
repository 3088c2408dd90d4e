import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { ebokManifest, galleryPages } from './demo/build/gallery-plugins.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const workerFile = here('./node_modules/msw/lib/mockServiceWorker.js');

/** msw's service worker, served and emitted byte for byte at the site root. */
function mockServiceWorker(): Plugin {
  return {
    name: 'ebok-mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'application/javascript');
        res.end(readFileSync(workerFile));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(workerFile) });
    },
  };
}

/** Form fields, their styles, the countdown and focus controllers: one `forms` chunk. */
const FORM_PIECES = /[\\/]widgets[\\/]core[\\/](forms[\\/](field|form-styles)|controllers[\\/](countdown|focus))\.ts$/;

/** Which chunk a module belongs to: one shared core, the chart library (uPlot) alone, everything else per widget. */
function chunkOf(id: string): string | null {
  if (/[\\/]node_modules[\\/]uplot[\\/]/.test(id)) return 'chart';
  if (/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs[\\/](?!virtualizer)|i18next)/.test(id)) return 'core';
  // The payment flow is shared by balance and invoices only: not core. payment-loader.ts is what
  // they import (a chunk of their own); payment.ts and its rules come later, when someone pays.
  if (/[\\/]widgets[\\/]core[\\/]payment(-rules|-loader)?\.ts$/.test(id)) return null;
  // Validators too: a widget without forms does not pay for them in core, and the shared chunk
  // keeps only the rules some widget uses (tree-shaken, e.g. no PESEL until a widget checks one).
  if (/[\\/]widgets[\\/]core[\\/]validators\.ts$/.test(id)) return null;
  // Form controllers (countdown, draft, focus): only the widgets with forms load them.
  if (/[\\/]widgets[\\/]core[\\/]controllers[\\/]/.test(id)) return null;
  // Form fields and their styles: shared by the form widgets (one chunk of their own), not core.
  if (/[\\/]widgets[\\/]core[\\/]forms[\\/]/.test(id)) return null;
  // Loaded when needed, not with every page: the idle watcher at the first sign-in (session.ts),
  // multipart uploads at the first upload (endpoints.ts), file downloads by the widgets with files.
  if (/[\\/]widgets[\\/]core[\\/](idle|api[\\/]upload|download)\.ts$/.test(id)) return null;
  if (/[\\/]widgets[\\/]core[\\/](?!.*\.json$)/.test(id)) return 'core';
  return null;
}

/**
 * Lit's css`` and html`` templates reach the browser as written: indented, CSS with its comments.
 * In the operator bundle this drops the indentation after each line break and the CSS comments
 * (their line breaks stay, so every line keeps its number and the source maps stay right). No
 * template here is laid out with `white-space: pre` or `pre-wrap`, where indentation would show;
 * `pre-line` removes it anyway.
 */
function compactTemplates(): Plugin {
  type Node = { type?: string; start: number; end: number; [key: string]: unknown };
  const TAGS = new Set(['css', 'html', 'svg']);
  return {
    name: 'ebok-compact-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/](widgets|shell)[\\/].*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as Node;
        const tag = n.type === 'TaggedTemplateExpression' ? (n.tag as Node & { name?: string }) : undefined;
        if (tag?.type === 'Identifier' && TAGS.has(tag.name!)) {
          for (const q of (n.quasi as { quasis: Node[] }).quasis) {
            const raw = code.slice(q.start, q.end);
            let text = raw;
            // A comment cut by an expression is left alone (its parts are not comments on their own).
            if (tag.name === 'css') text = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ''));
            text = text.replace(/\n[ \t]+/g, '\n');
            if (text !== raw) edits.push({ start: q.start, end: q.end, text });
          }
        }
        for (const key in n) if (key !== 'type' && key !== 'start' && key !== 'end') visit(n[key]);
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      // Only whitespace inside lines changed: the line-based mappings so far still hold.
      return { code: out, map: null };
    },
  };
}

/**
 * Fills shell/widgets.ts PRELOADS: each `__ebok_preload:<module>__` placeholder in the loader
 * becomes the space-separated paths of that module's chunk and every chunk it imports statically
 * (e.g. a widget's chart module and its library), so the loader can
 * modulepreload them beside the widget's own chunk.
 */
function preloadPlaceholders(): Plugin {
  return {
    name: 'ebok-preload-placeholders',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const loader = chunks.find((c) => c.isEntry);
      if (!loader) return;
      loader.code = loader.code.replace(/__ebok_preload:([^_'"`]+)__/g, (_all, module: string) => {
        const start = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/${module}`));
        if (!start) this.error(`PRELOADS names ${module}, which is not a chunk of its own`);
        const files = new Set<string>();
        const walk = (fileName: string): void => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const i of chunks.find((c) => c.fileName === fileName)?.imports ?? []) walk(i);
        };
        walk(start.fileName);
        return [...files].join(' ');
      });
    },
  };
}

/**
 * Release artefacts next to the operator bundle (docs/operators/security.md):
 * - dist/<version>/ — the same loader and chunks under a versioned path, for operators who pin;
 * - dist/release.json — version, the loader's SRI hash (sha384) and every file with its own hash;
 * - dist/_headers — the cache rules (Netlify / Cloudflare Pages format; copy them to any CDN).
 */
function releaseArtefacts(): Plugin {
  return {
    name: 'ebok-release-artefacts',
    apply: 'build',
    async writeBundle(options) {
      const { createHash } = await import('node:crypto');
      const { cpSync, readdirSync, readFileSync: read, writeFileSync, rmSync } = await import('node:fs');
      const { join } = await import('node:path');
      const outDir = options.dir ?? here('./dist');
      const version = (JSON.parse(read(here('./package.json'), 'utf8')) as { version: string }).version;
      const sri = (file: string) => `sha384-${createHash('sha384').update(read(join(outDir, file))).digest('base64')}`;
      const files = ['ebok.js', ...readdirSync(join(outDir, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
      const pinned = join(outDir, version);
      rmSync(pinned, { recursive: true, force: true });
      for (const f of files) cpSync(join(outDir, f), join(pinned, f));
      const release = {
        version,
        loader: `${version}/ebok.js`,
        integrity: sri('ebok.js'),
        files: Object.fromEntries(files.map((f) => [f, sri(f)])),
      };
      writeFileSync(join(outDir, 'release.json'), `${JSON.stringify(release, null, 2)}\n`);
      writeFileSync(join(outDir, 'ebok.js.sri'), `${release.integrity}\n`);
      writeFileSync(
        join(outDir, '_headers'),
        [
          '# Latest loader: short cache, so a new release reaches every page within minutes.',
          '/ebok.js',
          '  Cache-Control: public, max-age=300, must-revalidate',
          '  Access-Control-Allow-Origin: *',
          '# Content-hashed chunks and pinned versions never change.',
          '/chunks/*',
          '  Cache-Control: public, max-age=31536000, immutable',
          '  Access-Control-Allow-Origin: *',
          `/${version}/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '  Access-Control-Allow-Origin: *',
          '',
        ].join('\n'),
      );
    },
  };
}

/** One entry per widget for the npm package (dist/npm): importing one defines its tag and nothing else. */
const NPM_ENTRIES = {
  index: './shell/npm/index.ts',
  login: './widgets/login/ebok-login.ts',
  balance: './widgets/balance/ebok-balance.ts',
  invoices: './widgets/invoices/ebok-invoices.ts',
  usage: './widgets/usage/ebok-usage.ts',
  contact: './widgets/contact/ebok-contact.ts',
  register: './widgets/register/ebok-register.ts',
  'account-switcher': './widgets/account-switcher/ebok-account-switcher.ts',
  contract: './widgets/contract/ebok-contract.ts',
  readings: './widgets/readings/ebok-readings.ts',
  account: './widgets/account/ebok-account.ts',
  payments: './widgets/payments/ebok-payments.ts',
  messages: './widgets/messages/ebok-messages.ts',
};

export default defineConfig(({ command, mode }) => {
  if (mode === 'npm') {
    // The npm package: unminified ES modules for the operator's own bundler, dependencies left
    // as imports (package.json dependencies) so lit, i18next and uPlot are installed once.
    return {
      publicDir: false,
      build: {
        outDir: here('./dist/npm'),
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: Object.fromEntries(Object.entries(NPM_ENTRIES).map(([k, v]) => [k, here(v)])), formats: ['es'] },
        minify: false,
        rolldownOptions: {
          external: (id: string) => /^(lit|lit-html|lit-element|@lit|@lit-labs|i18next|uplot)(\/|$)/.test(id),
          output: { entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'demo') {
    // The gallery: a static site that works from any sub-path (relative base).
    return {
      root: here('./demo'),
      base: './',
      publicDir: false,
      plugins: [mockServiceWorker(), ebokManifest(here('.'))],
      build: {
        outDir: here('./dist/demo'),
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: galleryPages(here('./demo')) },
      },
    };
  }
  if (command === 'serve') {
    return {
      root: here('./demo'),
      publicDir: false,
      plugins: [mockServiceWorker(), ebokManifest(here('.'))],
      server: { fs: { allow: [here('.')] } },
    };
  }
  // The operator bundle: dist/ebok.js (unhashed, short cache) + content-hashed chunks (cache forever).
  return {
    publicDir: false,
    plugins: [compactTemplates(), preloadPlaceholders(), releaseArtefacts()],
    build: {
      outDir: here('./dist'),
      emptyOutDir: true,
      target: 'es2022',
      // Library mode: Vite adds no preload helper to dynamic imports, which keeps the loader tiny.
      lib: { entry: here('./shell/ebok.ts'), formats: ['es'], fileName: () => 'ebok.js' },
      sourcemap: true,
      // Library mode leaves ES output unminified unless asked.
      minify: 'oxc',
      rolldownOptions: {
        preserveEntrySignatures: false,
        output: {
          format: 'es',
          // Vite keeps whitespace in library builds; these files go straight to browsers.
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'chunks/[name]-[hash][extname]',
          codeSplitting: {
            groups: [
              { name: 'chart', test: (id: string) => chunkOf(id) === 'chart', priority: 20 },
              { name: 'core', test: (id: string) => chunkOf(id) === 'core', priority: 10 },
              // The pieces every form widget (login, contact, register, account, readings) loads
              // together: one request instead of four (issue 13). Not validators, the Announcer,
              // select styles or drafts: widgets without forms use those alone.
              { name: 'forms', test: (id: string) => FORM_PIECES.test(id), priority: 5 },
              // form-styles.ts imports it, which would pull it into `forms`; the list, chart,
              // inbox and payments use it without any form.
              { name: 'select-styles', test: (id: string) => /[\\/]widgets[\\/]core[\\/]forms[\\/]select-styles\.ts$/.test(id), priority: 6 },
            ],
          },
        },
      },
    },
  };
});
