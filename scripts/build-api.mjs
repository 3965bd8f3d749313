// Compiles the API and CLI (apps/api/build.mjs → apps/api/dist) when their inputs changed since
// the last build; otherwise does nothing.
import { pathToFileURL } from 'node:url';
import { buildWhenChanged } from './build-stamp.mjs';
import { run } from './shell.mjs';

const INPUTS = ['apps/api/src', 'apps/api/build.mjs', 'apps/api/package.json', 'packages/shared/src', 'pnpm-lock.yaml'];

/** True when it compiled; a failed build exits, or with `allowFail` throws (no stamp is kept). */
export function buildApi({ allowFail = false } = {}) {
  return buildWhenChanged({
    inputs: INPUTS,
    stamp: 'apps/api/dist/.build-hash',
    output: 'apps/api/dist/server.js',
    build: () => {
      if (!run(process.execPath, ['apps/api/build.mjs'], { allowFail })) throw new Error('the API build failed');
    },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildApi();
