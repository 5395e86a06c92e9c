// Whole-machine CPU time from /proc/stat, for figures that must say how busy the machine was: a
// "quiet" CI run on a virtual machine can still lose CPU to the host (steal), which the load
// average does not show.
import { existsSync, readFileSync } from 'node:fs';

/** Seconds of CPU time summed over all cores since boot. */
export interface CpuTimes {
  /** user, nice, system, irq and softirq: work done on this machine */
  busy: number;
  /** time the host gave to other guests while this one had work to run */
  steal: number;
  idle: number;
}

/** USER_HZ: /proc/stat counts in 1/100 s on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** Parses the aggregate `cpu` line of /proc/stat (fields: user nice system idle iowait irq softirq steal …). */
export function parseProcStat(text: string, file = '/proc/stat'): CpuTimes {
  const line = text.split('\n').find((l) => l.startsWith('cpu '));
  const f = line?.trim().split(/\s+/).slice(1).map(Number);
  if (!f || f.length < 8 || f.some((n) => !Number.isFinite(n)))
    throw new Error(
      `${file}: a "cpu " line with at least 8 numeric fields expected, got ${JSON.stringify(line ?? null)}`,
    );
  const [user, nice, system, idle, iowait, irq, softirq, steal] = f as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    busy: (user + nice + system + irq + softirq) / TICKS_PER_SECOND,
    steal: steal / TICKS_PER_SECOND,
    idle: (idle + iowait) / TICKS_PER_SECOND,
  };
}

/** The machine's CPU times now, or null where there is no /proc/stat (not Linux). */
export function machineCpu(): CpuTimes | null {
  return existsSync('/proc/stat') ? parseProcStat(readFileSync('/proc/stat', 'utf8')) : null;
}

/** CPU seconds spent between two readings, whole seconds. */
export function cpuBetween(a: CpuTimes, b: CpuTimes): CpuTimes {
  return {
    busy: Math.round(b.busy - a.busy),
    steal: Math.round(b.steal - a.steal),
    idle: Math.round(b.idle - a.idle),
  };
}
