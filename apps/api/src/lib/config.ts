// Configuration from the environment, read once at start. Every setting has a safe default so
// `npm start` works on a fresh clone.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

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
  /** Lets Prometheus read /metrics from another machine (Bearer token); loopback needs none. */
  metricsToken: string | null;
  /** Scheduled backups: off unless a directory is given. */
  backup: { dir: string | null; intervalHours: number; keep: number };
  /**
   * The one origin users reach (`https://hamgen.example.ir`): it alone decides the Secure flag,
   * the Origin check and HSTS, and other Hosts get 421. Null: only loopback Hosts are answered.
   */
  publicOrigin: string | null;
  /** Search and export requests per address and minute; 0 switches the limit off. */
  expensivePerMinute: number;
  /** Exports built at once in this process (as many again may wait their turn); more get 429. */
  exportConcurrency: number;
}

function nonNegativeInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, got ${raw}`);
  return value;
}

function origin(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`HAMGEN_PUBLIC_ORIGIN must be an origin such as https://hamgen.example.ir, got ${raw}`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`HAMGEN_PUBLIC_ORIGIN must be scheme://host[:port] only, got ${raw}`);
  }
  return url.origin;
}

/** What the server says at start about which Hosts it answers. */
export function originNotice(config: Config): string {
  return config.publicOrigin
    ? `Public origin ${config.publicOrigin}: other Hosts than it (and loopback) get 421.`
    : 'HAMGEN_PUBLIC_ORIGIN is not set: only loopback Hosts (localhost, 127.0.0.0/8, [::1]) are answered, others get 421. Set it to the address users open, e.g. https://hamgen.example.ir.';
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
}

/** apps/api, found upward from this file: src/lib/ when run from source, dist/ when compiled. */
function apiRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(resolve(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const repoRoot = resolve(apiRoot(), '../..');

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
    metricsToken: env.HAMGEN_METRICS_TOKEN || null,
    backup: {
      dir: env.HAMGEN_BACKUP_DIR ? resolve(env.HAMGEN_BACKUP_DIR) : null,
      intervalHours: positiveNumber(env, 'HAMGEN_BACKUP_INTERVAL_HOURS', 24),
      keep: Math.floor(positiveNumber(env, 'HAMGEN_BACKUP_KEEP', 14)),
    },
    publicOrigin: origin(env.HAMGEN_PUBLIC_ORIGIN),
    expensivePerMinute: nonNegativeInteger(env, 'HAMGEN_EXPENSIVE_PER_MINUTE', 120),
    exportConcurrency: positiveNumber(env, 'HAMGEN_EXPORT_CONCURRENCY', 1),
  };
}
