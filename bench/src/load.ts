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
import { median } from './stats.ts';

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
  /**
   * Measured in this many rounds (even) that alternate with the bare server, `seconds` each side: the
   * ratio is then to the bare runs taken beside it. This machine's speed wanders by a fifth
   * within a minute, so a bare run a minute away says little about the speed of this one.
   */
  pairedRounds?: number;
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
  /** Server CPU per answer (µs): its CPU seconds over the requests wrk counted. */
  serverCpuUsPerAnswer: number;
  /**
   * A paired target's bare runs, alternated with its own (same length, same connections), with
   * their own failures and CPU shares: they are the judged ratio's other half.
   */
  pairedBare?: {
    rounds: number;
    reqPerSec: number;
    p99Ms: number;
    failed: number;
    serverCpuPercent: number;
    loaderCpuPercent: number;
    otherCpuPercent: number;
  };
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
  requests: number;
  /** How long wrk sent, as it measured it. */
  seconds: number;
  failed: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Latency at p90, p90.1, … p99.9 (ms): what `mergedP99` combines. */
  tailMs: number[];
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
      const r = JSON.parse(json) as Record<string, number> & { tailUs?: number[] };
      const n = (key: string) => r[key] ?? Number.NaN;
      resolve({
        requests: n('requests'),
        seconds: n('durationUs') / 1e6,
        failed: n('connect') + n('read') + n('write') + n('status') + n('timeout'),
        p50Ms: n('p50Us') / 1000,
        p99Ms: n('p99Us') / 1000,
        maxMs: n('maxUs') / 1000,
        tailMs: (r.tailUs ?? []).map((us) => us / 1000),
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

/** One measured run, with what the server, wrk and the whole machine spent meanwhile. */
interface Measured extends Fired {
  wallSeconds: number;
  serverCpuSeconds: number;
  machineBusySeconds: number;
}

async function measure(server: RunningServer, target: LoadTarget): Promise<Measured> {
  const serverCpu = cpuSecondsOf(server.pid);
  const machineBusy = machineBusySeconds();
  const wallStarted = performance.now();
  const fired = await fire(server.base, target, target.connections, target.seconds);
  const wallSeconds = (performance.now() - wallStarted) / 1000;
  const measured = {
    ...fired,
    wallSeconds,
    serverCpuSeconds: cpuSecondsOf(server.pid) - serverCpu,
    machineBusySeconds: machineBusySeconds() - machineBusy,
  };
  // wrk stops sending, but the server still works through the requests it already read.
  await waitUntilIdle(server.base, idlePathOf(target));
  return measured;
}

const idlePathOf = (target: LoadTarget) => (target.server === 'api' ? '/api/health' : '/');

/** Several runs of one target as one: counts and CPU add up, the p99 is their merged tail's. */
function combined(runs: Measured[]): Measured {
  const sum = (pick: (run: Measured) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    requests: sum((r) => r.requests),
    seconds: sum((r) => r.seconds),
    failed: sum((r) => r.failed),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: runs.length === 1 ? (runs[0]?.p99Ms ?? Number.NaN) : mergedP99(runs),
    maxMs: Math.max(...runs.map((r) => r.maxMs)),
    tailMs: [],
    cpuSeconds: sum((r) => r.cpuSeconds),
    wallSeconds: sum((r) => r.wallSeconds),
    serverCpuSeconds: sum((r) => r.serverCpuSeconds),
    machineBusySeconds: sum((r) => r.machineBusySeconds),
  };
}

/** Shares of one core over the runs' own wall time: the server, wrk, and everything else. */
function cpuShares(runs: Measured) {
  const percent = (seconds: number) => (seconds / runs.wallSeconds) * 100;
  const serverCpuPercent = percent(runs.serverCpuSeconds);
  const loaderCpuPercent = percent(runs.cpuSeconds);
  return {
    serverCpuPercent,
    loaderCpuPercent,
    otherCpuPercent: Math.max(0, percent(runs.machineBusySeconds) - serverCpuPercent - loaderCpuPercent),
  };
}

/**
 * The p99 of several runs' requests together, from each run's tail (p90 to p99.9 by 0.1): the
 * smallest latency that at least 99% of all their requests did not exceed. A run counts only the
 * share its tail point at or under a latency guarantees (none below its p90), so a merged p99 is
 * never lower than the exact one; the 0.1 steps and the cap at p99.9 can make it a little higher.
 */
export function mergedP99(runs: { requests: number; tailMs: number[] }[]): number {
  const total = runs.reduce((sum, run) => sum + run.requests, 0);
  const candidates = [...new Set(runs.flatMap((run) => run.tailMs))].sort((a, b) => a - b);
  for (const latency of candidates) {
    let within = 0;
    for (const run of runs) {
      let share = 0;
      run.tailMs.forEach((value, i) => {
        if (value <= latency) share = (900 + i) / 1000;
      });
      within += share * run.requests;
    }
    if (within >= 0.99 * total) return latency;
  }
  return candidates.at(-1) ?? Number.NaN;
}

/**
 * Measures `target` on `server`; a target with `pairedRounds` (an even number) alternates with
 * `bare`: bare, target, target, bare, … so a steady drift weighs on both sides alike.
 */
export async function runLoad(server: RunningServer, target: LoadTarget, bare?: RunningServer): Promise<LoadResult> {
  const base = server.base;
  assertLoopback(base);
  const started = performance.now();
  const first = await fetch(`${base}${target.paths[0]}`);
  await first.arrayBuffer();
  const firstRequestMs = performance.now() - started;
  // JIT, caches and sockets warm up first; only the later runs are reported.
  await fire(base, target, target.warmupConnections, 1);
  await waitUntilIdle(base, idlePathOf(target));
  const rounds = target.pairedRounds ?? 0;
  if (rounds > 0 && !bare) throw new Error(`${target.name}: a paired target needs the bare server`);
  if (rounds % 2 !== 0) throw new Error(`${target.name}: paired rounds come in pairs (bare-target, target-bare)`);
  const bareTarget: LoadTarget = { ...target, server: 'bare', paths: ['/'] };
  const own: Measured[] = [];
  const bares: Measured[] = [];
  if (bare && rounds > 0) {
    assertLoopback(bare.base);
    for (let round = 0; round < rounds; round++) {
      if (round % 2 === 0) bares.push(await measure(bare, bareTarget));
      own.push(await measure(server, target));
      if (round % 2 === 1) bares.push(await measure(bare, bareTarget));
    }
  } else {
    own.push(await measure(server, target));
  }
  const result = combined(own);
  const shares = cpuShares(result);
  const bareResult = bares.length > 0 ? combined(bares) : undefined;
  return {
    name: target.name,
    group: target.group,
    paths: target.paths,
    connections: target.connections,
    seconds: target.seconds * own.length,
    reqPerSec: result.requests / result.seconds,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    maxMs: result.maxMs,
    requests: result.requests,
    failed: result.failed,
    firstRequestMs,
    firstStatus: first.status,
    ...shares,
    serverCpuUsPerAnswer: (result.serverCpuSeconds / result.requests) * 1e6,
    ...memoryOf(server.pid),
    ...(bareResult && {
      pairedBare: {
        rounds,
        reqPerSec: bareResult.requests / bareResult.seconds,
        p99Ms: bareResult.p99Ms,
        failed: bareResult.failed,
        ...cpuShares(bareResult),
      },
    }),
  };
}
