// HTTP load with wrk (Debian's package, written in C), one thread, run as a child process beside
// the servers under test. wrk replaced autocannon (issue 14, ADR 022): on this two-core machine
// the load generator shares the CPU with the server, and autocannon's JavaScript HTTP parser
// spent 23–31 µs of CPU per answer, about what the bare server does: it could not read a 4.5 kB
// answer more than ~25k times a second even from a node:http server doing nothing else, so the
// ratios measured the load generator. wrk reads the same answers for about a third of that.
//
// The requests carry the Accept-Encoding a reader's browser sends, so large answers go out
// gzipped as they do to the web app; the bare server ignores the header.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { LOOPBACK } from './paths.ts';
import { cpuSecondsOf, machineBusySeconds, memoryOf, TICKS_PER_SECOND } from './proc.ts';
import type { RunningServer } from './servers.ts';

export interface LoadTarget {
  name: string;
  group: 'bare' | 'floor' | 'health' | 'stats' | 'search';
  server: 'bare' | 'headers' | 'floor' | 'api';
  /** Several paths are sent in turn on each connection (search rotates its queries). */
  paths: string[];
  connections: number;
  seconds: number;
  /** Slow endpoints warm up on one connection: 50 queued slow requests would outlast the warm-up. */
  warmupConnections: number;
}

export interface LoadResult {
  name: string;
  group: LoadTarget['group'];
  paths: string[];
  connections: number;
  seconds: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  /** Answers of status 400 and above, plus socket errors and timeouts: the figures are void if > 0. */
  failed: number;
  /** One request before any load: for stats, the cache miss that computes the aggregate. */
  firstRequestMs: number;
  firstStatus: number;
  /**
   * Share of one core used during the measured run by the server and by this (load) process.
   * The machine has two: a server under 100% while its rival is idle means the load generator,
   * or another process on the machine, was the limit.
   */
  serverCpuPercent: number;
  loaderCpuPercent: number;
  /** CPU used meanwhile by everything else on the machine (tests, builds, a VM neighbour): noise. */
  otherCpuPercent: number;
  /** The server's resident memory after the run, and its peak so far (MB). */
  serverRssMb: number;
  serverPeakRssMb: number;
}

/** The benchmark must never send load anywhere but this machine's loopback. */
function assertLoopback(base: string): void {
  if (new URL(base).hostname !== LOOPBACK) throw new Error(`refusing to send load to ${base}: loopback only`);
}

/** What browsers send (Chromium, Firefox): the server answers gzip where it offers it. */
const ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
const WRK = '/usr/bin/wrk';
const SCRIPT = join(import.meta.dirname, 'wrk-load.lua');

interface Fired {
  requestsPerSecond: number;
  requests: number;
  failed: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** CPU seconds wrk used (its rusage, read by the shell that waited for it). */
  cpuSeconds: number;
}

function fire(base: string, target: LoadTarget, connections: number, seconds: number): Promise<Fired> {
  const [first = '/', ...rest] = target.paths;
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '30s', '-s', SCRIPT, `${base}${first}`];
  // The shell runs wrk, then prints its children's CPU time (fields 16–17 of /proc/<shell>/stat).
  const shell = `"$0" "$@"; echo "WRK_CPU $(cut -d' ' -f16,17 /proc/$$/stat)"`;
  const child = spawn('/bin/sh', ['-c', shell, WRK, ...args], {
    env: {
      ...process.env,
      HAMGEN_ACCEPT_ENCODING: ACCEPT_ENCODING,
      HAMGEN_ROTATE_PATHS: rest.length > 0 ? target.paths.join(' ') : '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const json = /^WRK_RESULT (.+)$/m.exec(out)?.[1];
      const cpu = /^WRK_CPU (\d+) (\d+)$/m.exec(out);
      if (code !== 0 || !json || !cpu) {
        reject(new Error(`wrk failed (exit ${code}) on ${target.name}:\n${out.slice(-2000)}`));
        return;
      }
      const r = JSON.parse(json) as Record<string, number>;
      const n = (key: string) => r[key] ?? Number.NaN;
      resolve({
        requestsPerSecond: n('requests') / (n('durationUs') / 1e6),
        requests: n('requests'),
        failed: n('connect') + n('read') + n('write') + n('status') + n('timeout'),
        p50Ms: n('p50Us') / 1000,
        p99Ms: n('p99Us') / 1000,
        maxMs: n('maxUs') / 1000,
        cpuSeconds: (Number(cpu[1]) + Number(cpu[2])) / TICKS_PER_SECOND,
      });
    });
  });
}

/** Until one request comes back promptly (bounded): leftover work must not slow the next target. */
async function waitUntilIdle(base: string, path: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const started = performance.now();
    await (await fetch(`${base}${path}`)).arrayBuffer();
    if (performance.now() - started < 50) return;
  }
}

export async function runLoad(server: RunningServer, target: LoadTarget): Promise<LoadResult> {
  const base = server.base;
  assertLoopback(base);
  const started = performance.now();
  const first = await fetch(`${base}${target.paths[0]}`);
  await first.arrayBuffer();
  const firstRequestMs = performance.now() - started;
  // JIT, caches and sockets warm up first; only the second run is reported.
  await fire(base, target, target.warmupConnections, 1);
  const idlePath = target.server === 'api' ? '/api/health' : '/';
  await waitUntilIdle(base, idlePath);
  const serverCpu = cpuSecondsOf(server.pid);
  const machineBusy = machineBusySeconds();
  const wallStarted = performance.now();
  const result = await fire(base, target, target.connections, target.seconds);
  const wallSeconds = (performance.now() - wallStarted) / 1000;
  const percent = (seconds: number) => (seconds / wallSeconds) * 100;
  const serverCpuPercent = percent(cpuSecondsOf(server.pid) - serverCpu);
  const loaderCpuPercent = percent(result.cpuSeconds);
  const machinePercent = percent(machineBusySeconds() - machineBusy);
  // wrk stops sending, but the server still works through the requests it already read.
  await waitUntilIdle(base, idlePath);
  return {
    name: target.name,
    group: target.group,
    paths: target.paths,
    connections: target.connections,
    seconds: target.seconds,
    reqPerSec: result.requestsPerSecond,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    maxMs: result.maxMs,
    requests: result.requests,
    failed: result.failed,
    firstRequestMs,
    firstStatus: first.status,
    serverCpuPercent,
    loaderCpuPercent,
    otherCpuPercent: Math.max(0, machinePercent - serverCpuPercent - loaderCpuPercent),
    ...memoryOf(server.pid),
  };
}
