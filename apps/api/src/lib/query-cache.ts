// Aggregates over 100k rows cost milliseconds each; the stats endpoints answer from this cache
// instead. An entry is valid while the database has not changed: writes through this process
// call `invalidate()`, and SQLite's `PRAGMA data_version` reveals commits by other processes
// (a CLI import, a second server), so no instance serves stale numbers.
import type Database from 'better-sqlite3';

export interface QueryCache {
  get<T>(key: string, compute: () => T): T;
  invalidate(): void;
}

export function createQueryCache(sqlite: Database.Database, maxEntries = 500): QueryCache {
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
      if (entries.has(key)) return entries.get(key) as T;
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
