import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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

/** Which chunk a module belongs to: one shared core, chart.js alone, everything else per widget. */
function chunkOf(id: string): string | null {
  if (/[\\/]node_modules[\\/](chart\.js|@kurkle)[\\/]/.test(id)) return 'chart';
  if (/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs[\\/](?!virtualizer)|i18next)/.test(id)) return 'core';
  if (/[\\/]widgets[\\/]core[\\/](?!.*\.json$)/.test(id)) return 'core';
  return null;
}

export default defineConfig(({ mode }) => {
  if (mode === 'demo') {
    // The gallery: a static site that works from any sub-path (relative base).
    return {
      root: here('./demo'),
      base: './',
      publicDir: false,
      plugins: [mockServiceWorker()],
      build: { outDir: here('./dist/demo'), emptyOutDir: true, target: 'es2022' },
    };
  }
  if (mode === 'development' || process.argv.includes('serve') || !process.argv.includes('build')) {
    return {
      root: here('./demo'),
      publicDir: false,
      plugins: [mockServiceWorker()],
      server: { fs: { allow: [here('.')] } },
    };
  }
  // The operator bundle: dist/ebok.js (unhashed, short cache) + content-hashed chunks (cache forever).
  return {
    publicDir: false,
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
            ],
          },
        },
      },
    },
  };
});
