import { spawnSync } from 'node:child_process';
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
