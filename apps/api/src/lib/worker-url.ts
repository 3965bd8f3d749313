// Where a worker's code is, in both layouts the server runs from: the sources under tsx or
// vitest (src/lib/ → src/workers/<name>.worker.ts), or the compiled bundle (dist/server.js →
// dist/workers/<name>.worker.js, plain JavaScript). Node 20 cannot load `.ts` itself, and a
// worker started with `execArgv: ['--import', 'tsx']` still fails on its own `.ts` entry
// (ERR_UNKNOWN_FILE_EXTENSION), so a source worker starts from a two-line script that registers
// tsx's loader first and then imports the real entry.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface WorkerSource {
  /** What `new Worker()` is given: a file URL, or code when `evaluate` is set. */
  entry: URL | string;
  evaluate: boolean;
}

export function workerSource(name: string): WorkerSource {
  const source = new URL(`../workers/${name}.worker.ts`, import.meta.url);
  if (existsSync(fileURLToPath(source))) {
    const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const entry = JSON.stringify(source.href);
    return { entry: `import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`, evaluate: true };
  }
  return { entry: new URL(`./workers/${name}.worker.js`, import.meta.url), evaluate: false };
}
