// Compiles the API and CLI (apps/api/build.mjs → apps/api/dist) when their inputs changed since
// the last build; otherwise does nothing.
import { pathToFileURL } from 'node:url';
import { buildWhenChanged } from './build-stamp.mjs';
import { run } from './shell.mjs';

const INPUTS = ['apps/api/src', 'apps/api/build.mjs', 'apps/api/package.json', 'packages/shared/src', 'pnpm-lock.yaml'];

export function buildApi() {
  return buildWhenChanged({
    inputs: INPUTS,
    stamp: 'apps/api/dist/.build-hash',
    output: 'apps/api/dist/server.js',
    build: () => run(process.execPath, ['apps/api/build.mjs']),
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildApi();
