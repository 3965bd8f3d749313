// Configuration from the environment, read once at start. Every setting has a safe default so
// `npm start` works on a fresh clone.
import { resolve } from 'node:path';

export interface Config {
  databasePath: string;
  host: string;
  port: number;
  webDist: string;
  publicRead: boolean;
  /** A session ends after this long without a request (sliding). */
  sessionIdleMinutes: number;
  /** …and after this long in any case. */
  sessionMaxHours: number;
  /** Behind a reverse proxy: believe its X-Forwarded-For, -Proto and -Host headers. */
  trustProxy: boolean;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
}

const repoRoot = resolve(import.meta.dirname, '../../../..');

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer 0..65535, got ${env.PORT}`);
  }
  return {
    databasePath: resolve(env.DATABASE_PATH ?? resolve(repoRoot, 'data/hamgen.db')),
    host: env.HOST ?? '127.0.0.1',
    port,
    webDist: resolve(env.WEB_DIST ?? resolve(repoRoot, 'apps/web/dist')),
    publicRead: env.HAMGEN_PUBLIC_READ !== 'false',
    sessionIdleMinutes: positiveNumber(env, 'HAMGEN_SESSION_IDLE_MINUTES', 30),
    sessionMaxHours: positiveNumber(env, 'HAMGEN_SESSION_MAX_HOURS', 12),
    trustProxy: env.HAMGEN_TRUST_PROXY === 'true',
  };
}
