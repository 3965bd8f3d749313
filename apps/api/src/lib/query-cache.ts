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

export function createQueryCache(sqlite: Database.Database, maxEntries = 500): QueryCache {
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
      if (entries.has(key)) return entries.get(key) as T;
      const value = compute();
      set(key, value);
      return value;
    },
    peek<T>(key: string): T | undefined {
      fresh();
      return entries.get(key) as T | undefined;
    },
    set,
    invalidate() {
      entries.clear();
    },
  };
}
