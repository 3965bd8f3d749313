// The servers under test run as child processes, away from the load generator's event loop.
// Every child is tracked and killed when the bench ends, fails or is interrupted.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { buildApi } from '../../scripts/build-api.mjs';
import { SERVER_NODE_FLAGS } from '../../scripts/supervise.mjs';
import { apiDir, benchDir, LOOPBACK } from './paths.ts';

export interface RunningServer {
  name: string;
  base: string;
  pid: number;
}

/** Children still running: each removes itself when it exits. */
const children = new Set<ChildProcess>();
const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForOk(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child))
      throw new Error(`${url}: the server exited (${child.exitCode ?? child.signalCode})\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s\n${output()}`);
}

interface NodeCommand {
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** stdout and stderr go to this file (as a production service manager would keep them), else are kept in memory. */
  logPath?: string;
}

async function startNode(name: string, command: NodeCommand, readyPath: string): Promise<RunningServer> {
  const port = await freePort();
  const log = command.logPath ? openSync(command.logPath, 'a') : undefined;
  const child = spawn(process.execPath, command.args, {
    cwd: command.cwd,
    env: { ...process.env, ...command.env, PORT: String(port), HOST: LOOPBACK },
    stdio: ['ignore', log ?? 'pipe', log ?? 'pipe'],
  });
  if (log !== undefined) closeSync(log);
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const tail = () => (command.logPath ? readFileSync(command.logPath, 'utf8').slice(-4000) : output);
  const base = `http://${LOOPBACK}:${port}`;
  await waitForOk(`${base}${readyPath}`, child, tail);
  return { name, base, pid: child.pid ?? -1 };
}

export const startBareServer = (): Promise<RunningServer> =>
  startNode('bare node:http', { args: ['--import', 'tsx', 'src/bare-server.ts'], cwd: benchDir, env: {} }, '/');

export const startHeadersFloorServer = (): Promise<RunningServer> =>
  startNode(
    'bare node:http + app headers',
    { args: ['--import', 'tsx', 'src/bare-server.ts'], cwd: benchDir, env: { WITH_APP_HEADERS: '1' } },
    '/',
  );

export const startHonoFloorServer = (): Promise<RunningServer> =>
  startNode('hono floor', { args: ['--import', 'tsx', 'src/hono-floor-server.ts'], cwd: benchDir, env: {} }, '/');

/**
 * How the API server is started: the compiled bundle (`ensureApiBuild` builds it first), with the
 * Node flags production runs it with, and no TypeScript loader in the process.
 */
export function apiServerArgs(): { args: string[] } {
  return { args: [...SERVER_NODE_FLAGS, resolve(apiDir, 'dist/server.js')] };
}

/** Compiles the API when its sources changed since the last build (or it was never built). */
export function ensureApiBuild(log: (line: string) => void): void {
  if (buildApi()) log('compiled the API server (apps/api/dist)');
}

export const startApiServer = (databasePath: string, webDist: string, logPath: string): Promise<RunningServer> =>
  startNode(
    'api',
    {
      args: apiServerArgs().args,
      cwd: apiDir,
      env: {
        DATABASE_PATH: databasePath,
        WEB_DIST: webDist,
        // Production settings: the per-address limit on search and exports would refuse the
        // benchmark's own load, and logging stays at the level a deployment writes.
        HAMGEN_EXPENSIVE_PER_MINUTE: '0',
        LOG_LEVEL: 'info',
        NODE_ENV: 'production',
      },
      logPath,
    },
    '/api/health',
  );

/** SIGTERM, then SIGKILL whatever is still running after 5 s. */
export async function stopServers(): Promise<void> {
  const exits = [...children].map((child) => new Promise<void>((done) => child.once('exit', () => done())));
  for (const child of children) child.kill('SIGTERM');
  const timer = setTimeout(killServersNow, 5000);
  await Promise.all(exits);
  clearTimeout(timer);
}

/** Synchronous, for process 'exit': no orphan server survives the bench. */
export function killServersNow(): void {
  for (const child of children) if (!hasExited(child)) child.kill('SIGKILL');
}
