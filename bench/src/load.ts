// HTTP load with autocannon, run inside the bench process while the servers are children: the
// load generator and the server under test never share an event loop.
import autocannon from 'autocannon';
import { LOOPBACK } from './paths.ts';
import { cpuSecondsOf, machineBusySeconds, memoryOf } from './proc.ts';
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
  /** Anything but a 2xx answer, plus socket errors and timeouts: the figures are void if > 0. */
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

function fire(base: string, target: LoadTarget, connections: number, seconds: number) {
  return autocannon({
    url: `${base}${target.paths[0]}`,
    requests: target.paths.map((path) => ({ method: 'GET', path })),
    connections,
    duration: seconds,
    timeout: 30,
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
  const loaderCpu = process.cpuUsage();
  const machineBusy = machineBusySeconds();
  const wallStarted = performance.now();
  const result = await fire(base, target, target.connections, target.seconds);
  const wallSeconds = (performance.now() - wallStarted) / 1000;
  const loader = process.cpuUsage(loaderCpu);
  const percent = (seconds: number) => (seconds / wallSeconds) * 100;
  const serverCpuPercent = percent(cpuSecondsOf(server.pid) - serverCpu);
  const loaderCpuPercent = percent((loader.user + loader.system) / 1e6);
  const machinePercent = percent(machineBusySeconds() - machineBusy);
  // autocannon stops sending, but the server still works through the requests it already read.
  await waitUntilIdle(base, idlePath);
  return {
    name: target.name,
    group: target.group,
    paths: target.paths,
    connections: target.connections,
    seconds: target.seconds,
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: result.requests.total,
    failed: result.non2xx + result.errors + result.timeouts,
    firstRequestMs,
    firstStatus: first.status,
    serverCpuPercent,
    loaderCpuPercent,
    otherCpuPercent: Math.max(0, machinePercent - serverCpuPercent - loaderCpuPercent),
    ...memoryOf(server.pid),
  };
}
