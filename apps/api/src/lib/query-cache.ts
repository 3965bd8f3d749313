// The one cache of computed answers (stats aggregates over 100k rows cost milliseconds each).
// Entries are keyed by the endpoint and its *validated* filter, so `?from=۱۳۹۹` and `?from=1399`
// share one, and a bad filter is refused by validation before the cache is asked. An entry is
// valid while the database and the day have not changed (the overview counts what is overdue by
// today): writes through this process call `invalidate()`, and SQLite's `PRAGMA data_version`
// reveals commits by other processes (a CLI import, a second server), so no instance serves
// stale numbers. `cachedJson` keeps the answer's UTF-8 bytes, so a
// hit costs neither the query, nor JSON.stringify, nor encoding the text again; a large answer
// also keeps its gzip form, made once on the first request that accepts it (the unfiltered
// timeline at 100k is 114 kB of JSON, about 0.6 s on a slow 4G link, and compresses to a tenth).

import { gzipSync } from 'node:zlib';
import type { HttpBindings } from '@hono/node-server';
import type Database from 'better-sqlite3';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { AppEnv } from './app-env.ts';
import { handlerPattern } from './auth/guard.ts';
import { isoToday } from './clock.ts';
import { readyAnswer } from './response-headers.ts';

export interface QueryCache {
  get<T>(key: string, compute: () => T): T;
  invalidate(): void;
  /**
   * The door's view (answer-door.ts): a ready answer by the raw URL an anonymous GET asked for,
   * or undefined. Checks the database's version first, like `get`, so it is never stale.
   */
  atDoor(url: string): DoorAnswer | undefined;
  /** Offers an answer the app gave to an anonymous GET of `url` to the door. */
  keepAtDoor(url: string, answer: DoorAnswer): void;
}

/** A cached answer as the door sends it, with the route pattern its access line names. */
export interface DoorAnswer {
  entry: CachedAnswer;
  route: string;
}

export function createQueryCache(
  sqlite: Database.Database,
  maxEntries = 500,
  /** Told of every lookup (the metrics count hits and misses). */
  onLookup: (hit: boolean) => void = () => {},
  /** The app clock's day: answers that count "overdue" change at midnight, the door's with them. */
  today: () => string = () => isoToday(),
): QueryCache {
  const entries = new Map<string, unknown>();
  const door = new Map<string, DoorAnswer>();
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  let seenVersion = dataVersion.get();
  let seenDay = today();
  const clear = () => {
    entries.clear();
    door.clear();
  };
  const refresh = () => {
    const version = dataVersion.get();
    const day = today();
    if (version !== seenVersion || day !== seenDay) {
      clear();
      seenVersion = version;
      seenDay = day;
    }
  };
  let checkedThisTurn = false;
  const bounded = <V>(map: Map<string, V>, key: string, value: V) => {
    if (map.size >= maxEntries) map.delete(map.keys().next().value as string);
    map.set(key, value);
  };
  return {
    get<T>(key: string, compute: () => T): T {
      refresh();
      const hit = entries.has(key);
      onLookup(hit);
      if (hit) return entries.get(key) as T;
      const value = compute();
      bounded(entries, key, value);
      return value;
    },
    invalidate: clear,
    atDoor(url) {
      // Requests that arrive in one event-loop turn share one version check: they were read off
      // their sockets together, and a commit of another process can only land between turns.
      if (!checkedThisTurn) {
        checkedThisTurn = true;
        setImmediate(() => {
          checkedThisTurn = false;
        });
        refresh();
      }
      const answer = door.get(url);
      if (answer) onLookup(true);
      return answer;
    },
    keepAtDoor(url, answer) {
      if (!door.has(url)) bounded(door, url, answer);
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
  /** The answer depends on nothing but the URL and is public: the door may send it (answer-door.ts). */
  options: { door?: boolean } = {},
): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  const cache = c.get('cache');
  const entry = cache.get(key, (): CachedAnswer => ({ bytes: Buffer.from(JSON.stringify(body())) }));
  // Only what an anonymous reader was given over a real socket: a signed-in user's answers carry
  // no-store and their own access line, and the door answers anonymous requests only.
  const url = (c.env as Partial<HttpBindings> | undefined)?.incoming?.url;
  if (options.door && url && c.req.method === 'GET' && !c.get('auth')) {
    cache.keepAtDoor(url, { entry, route: handlerPattern(c, 'GET') ?? c.req.path });
  }
  return readyAnswer(
    c,
    entry.bytes,
    'application/json',
    compressible(entry) ? () => gzipOf(entry) : undefined,
  ) as unknown as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}

/** Below this a gzip answer saves less than its headers and the CPU cost. */
const GZIP_FROM_BYTES = 1024;

export interface CachedAnswer {
  bytes: Buffer;
  gzip?: Buffer;
  /** The same bytes as one-byte (latin1) strings, for the answer door (`wireText`). */
  wire?: string;
  gzipWire?: string;
}

export const compressible = (entry: CachedAnswer) => entry.bytes.byteLength >= GZIP_FROM_BYTES;

export function gzipOf(entry: CachedAnswer): Buffer {
  entry.gzip ??= gzipSync(entry.bytes, { level: 6 });
  return entry.gzip;
}

/**
 * The answer's bytes as a latin1 string, made once per entry: Node writes a string body in one
 * piece with the headers it precedes (one copy, one write), where a Buffer body is a second
 * chunk; under load that was about 5 % of a door answer. Latin1 maps each byte to one character,
 * so the bytes on the wire, and Content-Length, are the Buffer's.
 */
export function wireText(entry: CachedAnswer, gzipped: boolean): string {
  if (gzipped) {
    entry.gzipWire ??= gzipOf(entry).toString('latin1');
    return entry.gzipWire;
  }
  entry.wire ??= entry.bytes.toString('latin1');
  return entry.wire;
}
