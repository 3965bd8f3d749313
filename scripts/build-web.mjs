// Builds the web app when its inputs changed since the last build (a content hash of the
// sources it bundles); otherwise does nothing.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot, run } from './shell.mjs';

const STAMP = resolve(repoRoot, 'apps/web/dist/.build-hash');
const INPUTS = [
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/vite-plugin-precompress.ts',
  'apps/web/package.json',
  'packages/shared/src',
  'pnpm-lock.yaml',
];

function hashInputs() {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      hash.update(path.slice(repoRoot.length)).update(readFileSync(path));
    }
  };
  for (const input of INPUTS) visit(resolve(repoRoot, input));
  return hash.digest('hex');
}

export function buildWeb(pnpm) {
  const hash = hashInputs();
  const built = existsSync(resolve(repoRoot, 'apps/web/dist/index.html'));
  if (built && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return false;
  console.log('» building the web app');
  run(pnpm[0], [...pnpm.slice(1), '--filter', '@hamgen/web', 'build']);
  writeFileSync(STAMP, hash);
  return true;
}
