// Declarations for the npm package: tsc emits .d.ts for every entry's module graph into
// dist/npm/types; hand-written or generated .d.ts sources (the API schema) are copied beside them,
// since tsc does not emit those, and JSON files the declarations name (translation keys) too.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const out = join(root, 'dist/npm/types');
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'scripts/npm/tsconfig.json')], { stdio: 'inherit' });

const emitted = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.d.ts')) emitted.push(p);
  }
})(out);
// Follow relative specifiers of every emitted declaration to sources tsc does not emit.
for (const file of emitted) {
  const text = readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/(?:from|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = resolve(dirname(file), spec);
    const source = join(root, relative(out, target));
    for (const candidate of [`${source}.d.ts`, source.endsWith('.json') ? source : null].filter(Boolean)) {
      const dest = join(out, relative(root, candidate));
      if (existsSync(candidate) && !existsSync(dest)) cpSync(candidate, dest);
    }
  }
}
