// Build timing for the bench: wall clock and CPU time of `npm run build` and every process it
// waits for (Astro, Pagefind). CPU time is what the growth figure compares: on a 2-core machine
// shared with other work, wall clock of builds taken minutes apart moves with the load, while
// the CPU a build needs barely does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildTime {
  /** wall clock */
  ms: number;
  /** user + system CPU of the build and all its child processes */
  cpuMs: number;
  /** exports rendered (export-cache misses) */
  rendered: number;
  indexReused: boolean;
  /** 1-minute load average when the build started and when it ended */
  load: [before: number, after: number];
}

/** User + system CPU of the waited-for children, from bash's `times` (second line: children). */
export function childCpuMs(times: string): number {
  const line = times.trim().split('\n')[1] ?? '';
  const m = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(line.trim());
  if (!m) throw new Error(`bench: cannot read CPU times from bash \`times\` output: ${JSON.stringify(times)}`);
  return Math.round((Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000);
}

/** Runs `command` (bash) in `root`: wall clock, CPU of it and all its child processes, its stdout. */
export function timedCommand(
  root: string,
  command: string,
  env: NodeJS.ProcessEnv = process.env,
): { ms: number; cpuMs: number; stdout: string; load: [before: number, after: number] } {
  const tmp = mkdtempSync(join(tmpdir(), 'prn-bench-times-'));
  const timesFile = join(tmp, 'times');
  try {
    const before = loadavg()[0]!;
    const t = performance.now();
    const r = spawnSync('bash', ['-c', `${command}; s=$?; times > "$1"; exit $s`, 'bash', timesFile], {
      cwd: root,
      env,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(`\`${command}\` failed in ${root}:\n${r.stdout}\n${r.stderr}`.slice(-4000));
    return { ms, cpuMs: childCpuMs(readFileSync(timesFile, 'utf8')), stdout: r.stdout, load: [before, loadavg()[0]!] };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `npm run build` in `root` with its export cache in `cacheDir`. */
export function timedBuild(root: string, cacheDir: string): BuildTime {
  const tmp = mkdtempSync(join(tmpdir(), 'prn-bench-log-'));
  const log = join(tmp, 'misses.log');
  try {
    const r = timedCommand(root, 'npm run build', {
      ...process.env,
      PRN_EXPORT_CACHE_DIR: cacheDir,
      PRN_EXPORT_CACHE_LOG: log,
    });
    return {
      ms: r.ms,
      cpuMs: r.cpuMs,
      rendered: existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0,
      indexReused: r.stdout.includes('reused the search index'),
      load: r.load,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export interface Growth {
  /** cost per added review between the first two counts, and between the last two */
  perA: number;
  perB: number;
  /** perB / perA */
  ratio: number;
  /** the two within `within`× of each other */
  ok: boolean;
}

/** (T(n2) − T(n1)) / (n2 − n1) for both steps of three review counts. */
export function growthCosts(points: ReadonlyArray<[reviews: number, cost: number]>, within = 1.5): Growth {
  if (points.length !== 3) throw new Error(`bench growth: three review counts, got ${points.length}`);
  const [[n0, t0], [n1, t1], [n2, t2]] = points as [[number, number], [number, number], [number, number]];
  if (!(n0 < n1 && n1 < n2)) throw new Error(`bench growth: increasing review counts, got ${n0}, ${n1}, ${n2}`);
  const perA = (t1 - t0) / (n1 - n0);
  const perB = (t2 - t1) / (n2 - n1);
  const ratio = perB / perA;
  return { perA, perB, ratio, ok: perA > 0 && ratio <= within && ratio >= 1 / within };
}

/**
 * The builds whose machine was busy with other work: 1-minute load above twice the CPU count at
 * their start or end (a build alone keeps it near the CPU count). CPU time is not load-invariant
 * here: the same 40-review build took 197.8 s CPU quiet and 373.0 s at load 13, so growth read
 * from builds at different loads measures the load, not the build.
 */
export function loadedBuilds(
  builds: ReadonlyArray<{ reviews: number; load: readonly number[] }>,
  cpus: number,
): string[] {
  return builds
    .filter((b) => Math.max(...b.load) > 2 * cpus)
    .map((b) => `${b.reviews} reviews (load ${b.load.map((l) => l.toFixed(1)).join('→')})`);
}
