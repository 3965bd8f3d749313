import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..');

/** Runs a command with inherited output; exits the script when it fails unless `allowFail`. */
export function run(command, args, { cwd = repoRoot, env = process.env, allowFail = false } = {}) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  const ok = result.status === 0;
  if (!ok && !allowFail) {
    console.error(`✗ ${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
    process.exit(result.status || 1);
  }
  return ok;
}

/** Runs a command and returns its trimmed stdout, or null when it cannot run. */
export function runQuiet(command, args, { cwd = repoRoot } = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * The workspace packages as pnpm sees them: the `packages:` globs of pnpm-workspace.yaml
 * (plain folders or `dir/*`), each folder that holds a package.json. Read by hand because this
 * runs before any dependency (a YAML parser included) is installed.
 */
export function workspacePackages() {
  const yaml = readFileSync(resolve(repoRoot, 'pnpm-workspace.yaml'), 'utf8');
  const globs = [];
  let inPackages = false;
  for (const line of yaml.split('\n')) {
    if (/^\S/.test(line)) inPackages = /^packages:\s*$/.test(line);
    else if (inPackages) {
      const item = /^\s+-\s+['"]?([^'"#\s]+)['"]?/.exec(line);
      if (item) globs.push(item[1]);
    }
  }
  const dirs = globs.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [glob];
    const parent = glob.slice(0, -2);
    const abs = resolve(repoRoot, parent);
    if (!existsSync(abs)) return [];
    return readdirSync(abs, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
      .sort();
  });
  return dirs
    .filter((dir) => existsSync(resolve(repoRoot, dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(resolve(repoRoot, dir, 'package.json'), 'utf8')) }));
}

/**
 * A Debian package the tests use as a real client, installed when missing and we are root (CI);
 * otherwise the reason is printed and the caller decides whether the step can run without it.
 */
export function ensureDebianTool(path, pkg, why, extraArgs = []) {
  if (existsSync(path)) return true;
  if (process.getuid?.() !== 0) {
    console.error(`✗ ${path} is missing: install Debian's package (sudo apt-get install ${pkg}) ${why}`);
    return false;
  }
  console.log(`» installing Debian's ${pkg} ${why}`);
  return (
    run('apt-get', ['update', '-qq'], { allowFail: true }) &&
    run('apt-get', ['install', '-y', '-qq', ...extraArgs, pkg], {
      allowFail: true,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  );
}

/** Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium), installed when missing: the e2e suite and the bench's page loads. */
export function ensureChromium(why) {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (ensureDebianTool(path, 'chromium', why)) return true;
  console.error('  or point CHROMIUM_PATH at a Chromium binary, then run again.');
  return false;
}
