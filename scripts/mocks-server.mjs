// Bundles mocks/server (TypeScript) for Node with esbuild and imports it: the mock API over HTTP
// for `npm run api`, the conformance checker's CI run and its tests.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function loadMocksServer() {
  const outdir = `${root}node_modules/.cache/ebok-mocks-server`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/server-${process.pid}.mjs`;
  await build({
    entryPoints: [`${root}mocks/server/index.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
