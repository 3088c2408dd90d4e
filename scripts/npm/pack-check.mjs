// `npm run pack:check` (CI, after `npm run build`): packs the npm package as it would be
// published, installs the tarball into an example project in a temporary folder, imports two
// widgets with Vite and builds, and type-checks the example against the shipped declarations.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const work = mkdtempSync(join(tmpdir(), 'ebok-pack-'));
const run = (cmd, args, cwd) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
  } catch (error) {
    console.error(`pack:check: ${[cmd, ...args].join(' ')} failed in ${cwd}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exit(1);
  }
};
const fail = (message) => {
  console.error(`pack:check: ${message}`);
  process.exit(1);
};

try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const files = packed.files.map((f) => f.path);
  console.log(`packed ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} KB`);
  const stray = files.filter((f) => !/^(package\.json|README\.md|LICENSE|dist\/(npm\/|chunks\/|ebok\.js$|custom-elements\.json$))/.test(f));
  if (stray.length) fail(`the tarball holds files operators do not need: ${stray.slice(0, 5).join(', ')}`);
  for (const needed of ['dist/npm/index.js', 'dist/npm/balance.js', 'dist/npm/types/widgets/balance/ebok-balance.d.ts', 'dist/ebok.js', 'dist/custom-elements.json'])
    if (!files.includes(needed)) fail(`${needed} is missing from the tarball (run npm run build first)`);

  const app = join(work, 'app');
  execFileSync('mkdir', ['-p', join(app, 'src')]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'operator-site', private: true, type: 'module' }, null, 2));
  writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="pl"><body><ebok-login></ebok-login><ebok-balance></ebok-balance><script type="module" src="/src/main.ts"></script></body></html>\n');
  writeFileSync(
    join(app, 'src/main.ts'),
    [
      "import { configure, type EbokConfig } from 'ebok-widgets';",
      "import 'ebok-widgets/login';",
      "import type { EbokBalance } from 'ebok-widgets/balance';",
      "import 'ebok-widgets/balance';",
      "const config: Partial<EbokConfig> = { api: 'https://ebok.operator.pl/api', lang: 'pl' };",
      'configure(config);',
      "const balance: EbokBalance = document.createElement('ebok-balance');",
      "document.addEventListener('ebok-logout', (e) => console.log(e.detail));",
      'document.body.append(balance);',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [] }, include: ['src'] }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', join(work, packed.filename)], app);
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], app);
  console.log('the example type-checks against the shipped declarations (HTMLElementTagNameMap, events)');
  run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], app);
  const assets = readdirSync(join(app, 'dist/assets')).filter((f) => f.endsWith('.js'));
  const code = assets.map((f) => readFileSync(join(app, 'dist/assets', f), 'utf8')).join('\n');
  for (const tag of ['ebok-login', 'ebok-balance']) if (!code.includes(tag)) fail(`the example build does not define <${tag}>`);
  if (/ebok-usage|u-cursor-pt|Chart\.register/.test(code)) fail('the example build contains the usage widget or its chart library, which it never imported');
  console.log(`the example builds with Vite: ${assets.length} JS files, <ebok-login> and <ebok-balance> defined, nothing else`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
