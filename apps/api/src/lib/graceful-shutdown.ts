// Stops an HTTP server the way a deploy wants: no new connections, idle keep-alive connections
// closed at once, requests in flight allowed to finish for up to `graceMs`, then whatever is
// left is cut. A request's database work is synchronous (an import commits in one transaction),
// so a request is either wholly done or not started when the database closes after this.

import type { Server } from 'node:http';
import type { ServerType } from '@hono/node-server';

export async function closeGracefully(
  server: ServerType,
  options: { graceMs: number; before?: () => Promise<void> | undefined },
): Promise<{ forced: boolean; ms: number }> {
  const started = performance.now();
  const http = server as Server;
  const closed = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeIdleConnections();
  let forced = false;
  const timer = setTimeout(() => {
    forced = true;
    http.closeAllConnections();
  }, options.graceMs);
  await Promise.all([closed, options.before?.()]);
  clearTimeout(timer);
  return { forced, ms: Math.round(performance.now() - started) };
}
