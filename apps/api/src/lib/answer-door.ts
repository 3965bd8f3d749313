// The answer door: a cached stats answer sent straight from the node request listener, before
// Hono builds a request, a context and eight middleware frames for it. A dashboard's readers ask
// the same few URLs again and again; building the pipeline costs three times what Node's own
// HTTP handling does, while the answer is a Buffer we already hold.
//
// The door sends only what the app itself gave earlier for the very same raw URL to an anonymous
// GET (cachedJson offers it; `keepAtDoor`), so validation, the access policy and the handler have
// already decided that URL. It checks what can differ between two requests for one URL, and
// leaves every request with anything unusual to the app: another method, a body, a session
// cookie, a Host the host guard would refuse. What it sends carries the headers `answerHeaders`
// gives a JSON answer (its security headers, X-Request-Id, HSTS over TLS), gzip when accepted,
// and it writes the same access line and metrics sample as requestLog. The cache's data_version
// check runs first, so the door never sends an answer older than the database.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { SESSION_COOKIE } from './auth/session-cookie.ts';
import type { Config } from './config.ts';
import { servesHost } from './host-guard.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import { compressible, type QueryCache, wireText } from './query-cache.ts';
import { requestIdOf } from './request-id.ts';
import { protocolOf, trustedForwarded } from './request-info.ts';
import { bytesOfAnswer, recordAnswer } from './request-log.ts';
import { acceptsGzip } from './response-headers.ts';
import { DATA_SECURITY_HEADERS } from './security-headers.ts';
import { HSTS } from './transport-headers.ts';

const SECURITY_FLAT: readonly string[] = DATA_SECURITY_HEADERS.flat();

export interface AnswerDoorDeps {
  cache: QueryCache;
  config: Config;
  logger: Logger;
  metrics: Metrics;
}

/** True when the door answered; otherwise the request is the app's, untouched. */
export type AnswerDoor = (req: IncomingMessage, res: ServerResponse) => boolean;

export function answerDoor({ cache, config, logger, metrics }: AnswerDoorDeps): AnswerDoor {
  // A client sends the same Host and Accept-Encoding on every request: the verdicts on the last
  // value seen are kept.
  const served = lastVerdict((host: string) => servesHost(config, host.toLowerCase()));
  const takesGzip = lastVerdict(acceptsGzip);
  return (req, res) => {
    const { headers, url } = req;
    if (req.method !== 'GET' || url === undefined) return false;
    if (headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined) return false;
    if (headers.cookie?.includes(SESSION_COOKIE)) return false;
    if (!served(trustedForwarded(config, header(headers['x-forwarded-host'])) ?? headers.host ?? '')) return false;
    const answer = cache.atDoor(url);
    if (!answer) return false;

    const started = performance.now();
    const reqId = requestIdOf(header(headers['x-request-id']));
    // A flat [name, value, …] list: Node writes it without the per-key checks of a header
    // object, which cost as much as the rest of the answer together.
    const out = [...SECURITY_FLAT, 'X-Request-Id', reqId];
    const overTls = 'encrypted' in req.socket && req.socket.encrypted === true;
    if (protocolOf(config, header(headers['x-forwarded-proto']), overTls) === 'https') out.push(HSTS[0], HSTS[1]);
    out.push('Content-Type', 'application/json');
    const entry = answer.entry;
    let gzipped = false;
    if (compressible(entry)) {
      out.push('Vary', 'Accept-Encoding');
      gzipped = takesGzip(header(headers['accept-encoding']));
      if (gzipped) out.push('Content-Encoding', 'gzip');
    }
    const body = wireText(entry, gzipped);
    out.push('Content-Length', String(body.length));
    res.writeHead(200, out);
    res.end(body, 'latin1');
    // Recorded as soon as the answer is handed to the socket (one write of bytes we hold; the
    // socket counts what is still buffered), without a listener per answer. Door answers are
    // never in flight long enough to show in the in-flight gauge.
    const facts = {
      reqId,
      method: 'GET',
      route: answer.route,
      status: 200,
      ms: performance.now() - started,
      userId: null,
      bytes: bytesOfAnswer(res.socket),
    };
    recordAnswer(logger, metrics, facts);
    return true;
  };
}

/** The node listener: the door first, the app for everything the door leaves. */
export function behindDoor(door: AnswerDoor, app: RequestListener, logger: Logger): RequestListener {
  return (req, res) => {
    let answered: boolean;
    try {
      answered = door(req, res);
    } catch (err) {
      // A fault of the door's own must not take the server down: the app answers instead.
      logger.error({ err }, 'answer door failed');
      answered = res.headersSent;
      if (answered) res.destroy();
    }
    if (!answered) app(req, res);
  };
}

/** `decide`, asked again only when its argument differs from the last call's. */
function lastVerdict<T>(decide: (value: T) => boolean): (value: T) => boolean {
  let last: { value: T; verdict: boolean } | undefined;
  return (value) => {
    if (last === undefined || last.value !== value) last = { value, verdict: decide(value) };
    return last.verdict;
  };
}

/** A header Node may give as a list (repeated headers): the door reads single values only. */
const header = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
