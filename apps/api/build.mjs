// Compiles the API to plain JavaScript in dist/: server.js, cli.js and one file per worker in
// src/workers/*.worker.ts (dist/workers/<name>.worker.js, found by the server through
// import.meta.url). The project's own code (this package and @hamgen/shared) is bundled; the
// packages this package depends on stay external and load from node_modules (better-sqlite3 and
// argon2 are native). The migrations are copied beside server.js, where db/client.ts looks.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = import.meta.dirname;
const dist = resolve(root, 'dist');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const external = Object.entries(manifest.dependencies)
  .filter(([, version]) => !version.startsWith('workspace:'))
  .flatMap(([name]) => [name, `${name}/*`]);

const workersDir = resolve(root, 'src/workers');
const workers = existsSync(workersDir)
  ? readdirSync(workersDir)
      .filter((name) => name.endsWith('.worker.ts'))
      .map((name) => `src/workers/${name}`)
  : [];

rmSync(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/server.ts', 'src/cli.ts', ...workers],
  outbase: 'src',
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  external,
  sourcemap: true,
  // A CommonJS module bundled from @hamgen/shared's dependencies may call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
cpSync(resolve(root, 'src/db/migrations'), resolve(dist, 'migrations'), { recursive: true });
console.log(`» compiled the API to ${dist} (${2 + workers.length} entry points)`);
