// Runs the compiled server and restarts it when it exits abnormally (a crash, kill -9, out of
// memory), after a pause that doubles with each quick failure (0.2 s … 30 s) and resets once it
// has stayed up for a minute. SIGTERM and SIGINT are passed on, and then the server's own exit
// ends the supervisor: a clean stop is never restarted. The supervisor logs in the server's
// format (one JSON line each), so the reason for every restart is in the same log.
// `npm start` uses it; under systemd or a container runtime, which restart on their own, the
// server runs without it (`node apps/api/dist/server.js`).
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './shell.mjs';

const FIRST_DELAY_MS = 200;
const MAX_DELAY_MS = 30_000;
const STABLE_MS = 60_000;

function log(level, fields, msg) {
  const line = { level, time: new Date().toISOString(), pid: process.pid, hostname: hostname(), name: 'supervisor' };
  process.stderr.write(`${JSON.stringify({ ...line, ...fields, msg })}\n`);
}

/**
 * How Node runs the server, here and in deploy/hamgen.service and deploy/Dockerfile (keep the
 * three in step). V8's young generation at 4 MB a half instead of 16: a cached answer allocates
 * little and briefly, and at 16 MB the heap kept ~25 MB more resident after load for a few
 * percent of throughput (docs/decisions/012, `pnpm bench`).
 */
export const SERVER_NODE_FLAGS = ['--enable-source-maps', '--max-semi-space-size=4'];

export function supervise({ args = [resolve(repoRoot, 'apps/api/dist/server.js')], env = process.env } = {}) {
  let child;
  let stopping = false;
  let delay = FIRST_DELAY_MS;

  const launch = () => {
    const startedAt = Date.now();
    child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...args], { cwd: repoRoot, stdio: 'inherit', env });
    child.on('exit', (code, signal) => {
      if (stopping || code === 0) {
        process.exit(code ?? 0);
      }
      const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
      if (Date.now() - startedAt > STABLE_MS) delay = FIRST_DELAY_MS;
      log(
        'error',
        { reason, childPid: child.pid, restartInMs: delay },
        `server stopped abnormally (${reason}); restarting`,
      );
      setTimeout(launch, delay);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    });
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      else process.exit(0);
    });
  }
  launch();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) supervise();
