// Brings a fresh clone to a state where the app builds and runs: the pinned pnpm, the
// dependencies (better-sqlite3 compiled against the local Node headers when they exist).
// Each step is skipped when it is already done, so running it again costs well under a second.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, run, runQuiet, workspacePackages } from './shell.mjs';

const PNPM_VERSION = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')).packageManager.split('@')[1];
const INSTALL_STAMP = resolve(repoRoot, 'node_modules/.hamgen-install');
const MANIFESTS = [
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'package.json',
  ...workspacePackages().map(({ dir }) => `${dir}/package.json`),
];

/** node-gyp finds Node's headers here on Debian-style machines with no internet for headers. */
export function installEnv() {
  const env = { ...process.env };
  if (existsSync('/usr/include/node/node_version.h') && !env.npm_config_nodedir) env.npm_config_nodedir = '/usr';
  return env;
}

/** The pnpm command to use: the global one when it matches the pin, else installed or via npx. */
export function pnpmCommand() {
  if (runQuiet('pnpm', ['--version']) === PNPM_VERSION) return ['pnpm'];
  if (process.getuid?.() === 0) {
    console.log(`» installing pnpm ${PNPM_VERSION} globally`);
    run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]);
    if (runQuiet('pnpm', ['--version']) === PNPM_VERSION) return ['pnpm'];
  }
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

function manifestHash() {
  const hash = createHash('sha256');
  for (const file of MANIFESTS) {
    const path = resolve(repoRoot, file);
    hash.update(file).update(existsSync(path) ? readFileSync(path) : '');
  }
  return hash.digest('hex');
}

export function setup() {
  const pnpm = pnpmCommand();
  const hash = manifestHash();
  const done = existsSync(INSTALL_STAMP) && readFileSync(INSTALL_STAMP, 'utf8') === hash;
  if (!done) {
    console.log('» installing dependencies (the first time compiles better-sqlite3, about 2 minutes)');
    run(pnpm[0], [...pnpm.slice(1), 'install', '--frozen-lockfile'], { env: installEnv() });
    writeFileSync(INSTALL_STAMP, hash);
  }
  return { pnpm };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) setup();
