// The machine the figures come from, and what else was running on it: on two cores, a test
// suite beside the bench skews every number, so results say when that happened.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { BenchResults } from './results.ts';

/** The parent of a process, or 0 once it has exited. */
function parentOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Is `pid` this process or one it started (our own Chromium must not count as noise)? */
function isOurs(pid: number): boolean {
  for (let current = pid; current > 1; current = parentOf(current)) if (current === process.pid) return true;
  return false;
}

/** Tests or builds running beside the bench skew every figure; say so in the results. */
function busyWith(): string[] {
  const found = spawnSync('pgrep', ['-fa', 'vitest|playwright|vite build'], { encoding: 'utf8' });
  return found.stdout.split('\n').filter((line) => line && !isOurs(Number.parseInt(line, 10)));
}

export function machine(): BenchResults['machine'] {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    busyWith: busyWith(),
  };
}
