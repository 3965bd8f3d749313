// The one cache of computed answers (stats aggregates over 100k rows cost milliseconds each).
// Entries are keyed by the endpoint and its *validated* filter, so `?from=۱۳۹۹` and `?from=1399`
// share one, and a bad filter is refused by validation before the cache is asked. An entry is
// valid while the database has not changed: writes through this process call `invalidate()`,
// and SQLite's `PRAGMA data_version` reveals commits by other processes (a CLI import, a second
// server), so no instance serves stale numbers. `cachedJson` keeps the answer's UTF-8 bytes, so a
// hit costs neither the query, nor JSON.stringify, nor encoding the text again; a large answer
// also keeps its gzip form, made once on the first request that accepts it (the unfiltered
// timeline at 100k is 114 kB of JSON, about 0.6 s on a slow 4G link, and compresses to a tenth).

import { gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { AppEnv } from './app-env.ts';
import { readyAnswer } from './response-headers.ts';

export interface QueryCache {
  get<T>(key: string, compute: () => T): T;
  invalidate(): void;
}

export function createQueryCache(
  sqlite: Database.Database,
  maxEntries = 500,
  /** Told of every lookup (the metrics count hits and misses). */
  onLookup: (hit: boolean) => void = () => {},
): QueryCache {
  const entries = new Map<string, unknown>();
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  let seenVersion = dataVersion.get();
  return {
    get<T>(key: string, compute: () => T): T {
      const version = dataVersion.get();
      if (version !== seenVersion) {
        entries.clear();
        seenVersion = version;
      }
      const hit = entries.has(key);
      onLookup(hit);
      if (hit) return entries.get(key) as T;
      const value = compute();
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, value);
      return value;
    },
    invalidate() {
      entries.clear();
    },
  };
}

/**
 * A 200 JSON answer from the cache, computing and serializing `body()` on a miss. Typed like
 * `c.json(body())`, so the web app's client still sees the answer's shape.
 */
export function cachedJson<T>(
  c: Context<AppEnv>,
  key: string,
  body: () => T,
): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  const entry = c.get('cache').get(key, (): CachedAnswer => ({ bytes: Buffer.from(JSON.stringify(body())) }));
  return readyAnswer(
    c,
    entry.bytes,
    'application/json',
    compressible(entry) ? () => gzipOf(entry) : undefined,
  ) as unknown as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}

/** Below this a gzip answer saves less than its headers and the CPU cost. */
const GZIP_FROM_BYTES = 1024;

interface CachedAnswer {
  bytes: Buffer;
  gzip?: Buffer;
}

const compressible = (entry: CachedAnswer) => entry.bytes.byteLength >= GZIP_FROM_BYTES;

function gzipOf(entry: CachedAnswer): Buffer {
  entry.gzip ??= gzipSync(entry.bytes, { level: 6 });
  return entry.gzip;
}
