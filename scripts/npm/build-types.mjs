// Declarations for the npm package: tsc emits .d.ts for every entry's module graph into
// dist/npm/types; hand-written or generated .d.ts sources (the API schema) are copied beside them,
// since tsc does not emit those, and JSON files the declarations name (translation keys) too.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

// The widgets' typed translation keys augment i18next's CustomTypeOptions: right inside this
// project, wrong in an operator's app, where the augmentation would retype the operator's own
// i18next (and break i18next's declarations under skipLibCheck: false). The package ships the
// keys as plain strings and no `declare module 'i18next'` block.
const withoutAugmentation = (text) => {
  let out = text;
  for (let at = out.indexOf("declare module 'i18next'"); at >= 0; at = out.indexOf("declare module 'i18next'")) {
    let depth = 0;
    let end = out.indexOf('{', at);
    for (; end < out.length; end++) {
      if (out[end] === '{') depth++;
      else if (out[end] === '}' && --depth === 0) break;
    }
    out = `${out.slice(0, at)}${out.slice(end + 1).replace(/^\s*\n/, '')}`;
  }
  return out;
};
for (const file of emitted) {
  if (file.endsWith(join('widgets', 'core', 'i18n', 'keys.d.ts'))) {
    writeFileSync(
      file,
      [
        "import type { TOptions } from 'i18next';",
        '/** Translation namespaces and keys are plain strings in the package (typed only inside the project). */',
        'export type Namespace = string;',
        'export type TranslationKey<NS extends Namespace> = string;',
        'export type Translate<NS extends Namespace> = (key: TranslationKey<NS> | TranslationKey<NS>[], options?: TOptions) => string;',
        'export type CommonTranslate = (key: string, options?: TOptions) => string;',
        '',
      ].join('\n'),
    );
    continue;
  }
  const text = readFileSync(file, 'utf8');
  const stripped = withoutAugmentation(text);
  if (stripped !== text) writeFileSync(file, stripped);
}
