// The process's one logger: JSON lines on stdout (pino), one per request plus server events, for
// journald, `docker logs` or any log shipper. Lines are buffered and written asynchronously so
// logging costs the request path as little as possible (one write per 20 ms at most);
// `flushLogs()` before exiting writes what is still buffered. LOG_LEVEL sets the level (default
// info); NODE_ENV=development prints them readable through pino-pretty (a development
// dependency, never loaded in production).
import pino, { type Logger } from 'pino';

export type { Logger };

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export function logLevel(env: NodeJS.ProcessEnv = process.env): string {
  const level = env.LOG_LEVEL?.toLowerCase() || 'info';
  if (!LEVELS.has(level)) throw new Error(`LOG_LEVEL must be one of ${[...LEVELS].join(', ')}, got ${env.LOG_LEVEL}`);
  return level;
}

/**
 * pino's isoTime, formatted once per millisecond: under load many lines share one, and
 * `toISOString()` on every line was a measurable share of a cached answer's cost.
 */
let lastMs = -1;
let lastTime = '';
function isoTimeOf(ms: number): string {
  if (ms !== lastMs) {
    lastMs = ms;
    lastTime = `,"time":"${new Date(ms).toISOString()}"`;
  }
  return lastTime;
}
const isoTime = () => isoTimeOf(Date.now());

const options: pino.LoggerOptions = {
  timestamp: isoTime,
  // "level":"info" rather than 30: the log is read by people as often as by machines.
  formatters: { level: (label) => ({ level: label }) },
};

/**
 * stdout, written every 20 ms (or 256 lines): the lines gathered meanwhile are joined and handed
 * to pino's asynchronous destination (sonic-boom, which retries a full pipe) as one write.
 * Handing it every line was the largest single cost of a cached answer under load, more than
 * pino's own formatting of the line. Access lines are kept as their fields and formatted in the
 * same pass, one after another: formatted there they cost a fraction of what building each one
 * between two answers did.
 */
const GATHER_MS = 20;
const GATHER_LINES = 256;

interface GatheredAccess {
  at: number;
  bindings: string;
  fields: AccessFields;
}

/** A pino stream that gathers lines (and access lines' fields) and writes them to `out` in batches. */
export function gatheringStream(out: { write(text: string): unknown }) {
  let pending: (string | GatheredAccess)[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    let text = '';
    let timeOf = -1;
    let time = '';
    for (const item of pending) {
      if (typeof item === 'string') {
        text += item;
        continue;
      }
      if (item.at !== timeOf) {
        timeOf = item.at;
        time = isoTimeOf(item.at);
      }
      text += accessLine(time, item.bindings, item.fields);
    }
    pending = [];
    out.write(text);
  };
  const add = (item: string | GatheredAccess) => {
    const count = pending.push(item);
    if (count === 1) setTimeout(flush, GATHER_MS);
    else if (count >= GATHER_LINES) flush();
  };
  return {
    write(line: string) {
      add(line);
    },
    writeAccess(bindings: string, fields: AccessFields) {
      add({ at: Date.now(), bindings, fields });
    },
    flush,
  };
}

function batchedStdout() {
  const out = pino.destination({ dest: 1, sync: false });
  const stream = gatheringStream(out);
  return {
    ...stream,
    flushSync() {
      stream.flush();
      out.flushSync();
    },
  };
}

const destination = process.env.NODE_ENV === 'development' ? undefined : batchedStdout();

/** A logger with the production format writing to `stream` (tests read their lines from it). */
export function createLogger(stream: pino.DestinationStream, level = logLevel()): Logger {
  return pino({ ...options, level }, stream);
}

export const logger: Logger =
  destination === undefined
    ? pino({
        ...options,
        level: logLevel(),
        transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } },
      })
    : createLogger(destination);

/** Writes buffered lines now (before exit; the asynchronous destination would lose them). */
export function flushLogs(): void {
  destination?.flushSync();
}

export interface AccessFields {
  reqId: string;
  method: string;
  route: string;
  status: number;
  ms: number;
  userId: number | null;
  bytes: number | null;
}

type PinoInternals = Record<symbol, unknown> & {
  [pino.symbols.timeSym]: () => string;
  [pino.symbols.chindingsSym]: string;
  [pino.symbols.streamSym]: pino.DestinationStream;
};

/** JSON of the method and route strings: a small set (route patterns), each quoted once. */
const quotedOf = new Map<string, string>();
function quoted(text: string): string {
  let json = quotedOf.get(text);
  if (json === undefined) {
    json = JSON.stringify(text);
    if (quotedOf.size < 1000) quotedOf.set(text, json);
  }
  return json;
}

/**
 * The access line of an answer without an error, as `logger.info(fields, 'request')` writes it,
 * built by hand: every request writes one, and pino's general serializer was a fifth of what a
 * cached answer costs. The time, the bindings (pid, hostname) and the stream are the logger's
 * own; logger.test.ts checks the line against pino's, character for character. On the gathering
 * stream (production's stdout) only the fields are kept now, and the line is made when the batch
 * is written, with the time the answer was recorded.
 */
export function writeAccessLine(logger: Logger, f: AccessFields): void {
  if (!logger.isLevelEnabled('info')) return;
  const internals = logger as unknown as PinoInternals;
  const bindings = internals[pino.symbols.chindingsSym];
  const stream = internals[pino.symbols.streamSym] as pino.DestinationStream & Partial<GatheringStream>;
  if (stream.writeAccess) stream.writeAccess(bindings, f);
  else stream.write(accessLine(internals[pino.symbols.timeSym](), bindings, f));
}

type GatheringStream = ReturnType<typeof gatheringStream>;

/** The request id needs no escaping: every id matches SAFE_REQUEST_ID (request-id.ts). */
function accessLine(time: string, bindings: string, f: AccessFields): string {
  return (
    `{"level":"info"${time}${bindings},"reqId":"${f.reqId}","method":${quoted(f.method)},` +
    `"route":${quoted(f.route)},"status":${f.status},"ms":${f.ms},"userId":${f.userId},"bytes":${f.bytes},"msg":"request"}\n`
  );
}
