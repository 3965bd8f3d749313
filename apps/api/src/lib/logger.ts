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
function isoTime(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastTime = `,"time":"${new Date(ms).toISOString()}"`;
  }
  return lastTime;
}

const options: pino.LoggerOptions = {
  timestamp: isoTime,
  // "level":"info" rather than 30: the log is read by people as often as by machines.
  formatters: { level: (label) => ({ level: label }) },
};

/**
 * stdout, written every 20 ms (or 256 lines): the lines gathered meanwhile are joined and handed
 * to pino's asynchronous destination (sonic-boom, which retries a full pipe) as one write.
 * Handing it every line was the largest single cost of a cached answer under load, more than
 * pino's own formatting of the line.
 */
const GATHER_MS = 20;
const GATHER_LINES = 256;

function batchedStdout() {
  const out = pino.destination({ dest: 1, sync: false });
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    out.write(pending.join(''));
    pending = [];
  };
  return {
    write(line: string) {
      const count = pending.push(line);
      if (count === 1) setTimeout(flush, GATHER_MS);
      else if (count >= GATHER_LINES) flush();
    },
    flushSync() {
      flush();
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

/**
 * The access line of an answer without an error, as `logger.info(fields, 'request')` writes it,
 * built by hand: every request writes one, and pino's general serializer was a fifth of what a
 * cached answer costs. The time, the bindings (pid, hostname) and the stream are the logger's
 * own; logger.test.ts checks the line against pino's, character for character.
 */
export function writeAccessLine(logger: Logger, f: AccessFields): void {
  if (!logger.isLevelEnabled('info')) return;
  const internals = logger as unknown as PinoInternals;
  const time = internals[pino.symbols.timeSym]();
  const bindings = internals[pino.symbols.chindingsSym];
  internals[pino.symbols.streamSym].write(
    `{"level":"info"${time}${bindings},"reqId":${JSON.stringify(f.reqId)},"method":${JSON.stringify(f.method)},` +
      `"route":${JSON.stringify(f.route)},"status":${f.status},"ms":${f.ms},"userId":${f.userId},"bytes":${f.bytes},"msg":"request"}\n`,
  );
}
