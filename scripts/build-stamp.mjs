// A content hash of a build's inputs, stored beside its output: a build whose inputs have not
// changed since the last one is skipped (`npm start` and `npm test` call every build each time).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from './shell.mjs';

export function hashInputs(inputs) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      hash.update(path.slice(repoRoot.length)).update(readFileSync(path));
    }
  };
  for (const input of inputs) visit(resolve(repoRoot, input));
  return hash.digest('hex');
}

/** Runs `build` unless `output` exists and `stamp` holds the hash of `inputs`; true when it ran. */
export function buildWhenChanged({ inputs, stamp, output, build }) {
  const hash = hashInputs(inputs);
  const stampPath = resolve(repoRoot, stamp);
  if (existsSync(resolve(repoRoot, output)) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === hash) {
    return false;
  }
  build();
  writeFileSync(stampPath, hash);
  return true;
}
