// Where things are, from the bench package's point of view.
import { resolve } from 'node:path';

export const benchDir = resolve(import.meta.dirname, '..');
export const repoRoot = resolve(benchDir, '..');
export const apiDir = resolve(repoRoot, 'apps/api');
export const webDist = resolve(repoRoot, 'apps/web/dist');
export const resultsPath = resolve(benchDir, 'results.json');

/** The only address the benchmark ever sends load to. */
export const LOOPBACK = '127.0.0.1';
