// Builds the web app when its inputs changed since the last build (a content hash of the
// sources it bundles); otherwise does nothing.
import { buildWhenChanged } from './build-stamp.mjs';
import { run } from './shell.mjs';

const INPUTS = [
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/public',
  'apps/web/vite.config.ts',
  'apps/web/vite-plugin-precompress.ts',
  'apps/web/package.json',
  'packages/shared/src',
  'pnpm-lock.yaml',
];

export function buildWeb(pnpm) {
  return buildWhenChanged({
    inputs: INPUTS,
    stamp: 'apps/web/dist/.build-hash',
    output: 'apps/web/dist/index.html',
    build: () => {
      console.log('» building the web app');
      run(pnpm[0], [...pnpm.slice(1), '--filter', '@hamgen/web', 'build']);
    },
  });
}
