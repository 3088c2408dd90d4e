// Fails when widgets/core/api/schema.d.ts is not what docs/api/openapi.yaml generates:
// the contract is the single source of truth, the types must follow it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'ebok-api-')), 'schema.d.ts');
execFileSync(process.execPath, ['node_modules/openapi-typescript/bin/cli.js', 'docs/api/openapi.yaml', '-o', out], { stdio: 'pipe' });
const fresh = readFileSync(out, 'utf8');
const committed = readFileSync('widgets/core/api/schema.d.ts', 'utf8');
if (fresh !== committed) {
  console.error('widgets/core/api/schema.d.ts is out of date with docs/api/openapi.yaml. Run `npm run api:types` and commit.');
  process.exit(1);
}
console.log('API types match docs/api/openapi.yaml');
