/**
 * Vite plugins of the gallery (demo/): the custom-elements manifest as a virtual module, built in
 * memory by the same analyzer and configuration as `npm run manifest`, so the gallery's API tables
 * always match the widgets' JSDoc (also on a fresh clone, before any build). Regenerated when a
 * widget's element file changes in dev.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:ebok-manifest';
const RESOLVED = `\0${ID}`;

export function ebokManifest(root: string): Plugin {
  let cached: Promise<unknown> | undefined;
  const build = async (): Promise<unknown> => {
    const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
    // Reads custom-elements-manifest.config.mjs from `root` (globs, plugins, packagejson: false).
    return cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
  };
  return {
    name: 'ebok-manifest',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      cached ??= build();
      return `export default ${JSON.stringify(await cached)};`;
    },
    configureServer(server) {
      const widgetFile = /[\\/]widgets[\\/][^\\/]+[\\/]ebok-[^\\/]+\.ts$/;
      server.watcher.on('change', (file) => {
        if (!widgetFile.test(file) || /\.(test|bench)\.ts$/.test(file)) return;
        cached = undefined;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
    },
  };
}

/** The gallery's HTML pages, for a multi-page build. */
export function galleryPages(demoRoot: string): Record<string, string> {
  return {
    index: resolve(demoRoot, 'index.html'),
    operator: resolve(demoRoot, 'operator.html'),
    gateway: resolve(demoRoot, 'gateway.html'),
  };
}
