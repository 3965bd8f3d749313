// Aggregates over 100k rows cost milliseconds each; the stats endpoints answer from this cache
// instead. An entry is valid while the database has not changed: writes through this process
// call `invalidate()`, and SQLite's `PRAGMA data_version` reveals commits by other processes
// (a CLI import, a second server), so no instance serves stale numbers.
import type Database from 'better-sqlite3';

export interface QueryCache {
  get<T>(key: string, compute: () => T): T;
  /** The entry if present and still valid, without computing. */
  peek<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
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
  const fresh = () => {
    const version = dataVersion.get();
    if (version !== seenVersion) {
      entries.clear();
      seenVersion = version;
    }
  };
  const set = (key: string, value: unknown) => {
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
    entries.set(key, value);
  };
  return {
    get<T>(key: string, compute: () => T): T {
      fresh();
      const hit = entries.has(key);
      onLookup(hit);
      if (hit) return entries.get(key) as T;
      const value = compute();
      set(key, value);
      return value;
    },
    peek<T>(key: string): T | undefined {
      fresh();
      const value = entries.get(key) as T | undefined;
      onLookup(value !== undefined);
      return value;
    },
    set,
    invalidate() {
      entries.clear();
    },
  };
}
