// Readings from Linux's /proc: what a process and the whole machine are using. Times are in
// USER_HZ ticks, 1/100 s on Linux.
import { readFileSync } from 'node:fs';

export const TICKS_PER_SECOND = 100;

/** Resident memory of a process in MB (VmRSS now, VmHWM its peak). */
export function memoryOf(pid: number): { serverRssMb: number; serverPeakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { serverRssMb: kb('VmRSS') / 1024, serverPeakRssMb: kb('VmHWM') / 1024 };
}

/** CPU seconds a process has used so far (utime + stime). */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** CPU seconds every core together has spent busy, steal included (a VM neighbour is noise too). */
export function machineBusySeconds(): number {
  const [, user, nice, system, , , irq, softirq, steal] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / TICKS_PER_SECOND;
}
