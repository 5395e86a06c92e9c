// The bench's machine CPU reading (scripts/bench/machine-cpu.ts): /proc/stat's aggregate line in
// seconds, and a clear error naming the file when the line is not there.
import { describe, expect, it } from 'vitest';
import { cpuBetween, parseProcStat } from '../../scripts/bench/machine-cpu.ts';

const STAT = `cpu  2540039 17624 350615 1255389 5837 0 10136 24865 0 0
cpu0 1270000 8800 175000 627000 2900 0 5000 12400 0 0
intr 123 0 0`;

describe('machine CPU from /proc/stat', () => {
  it('sums user, nice, system, irq and softirq as busy; steal and idle (with iowait) apart, in seconds', () => {
    expect(parseProcStat(STAT)).toEqual({
      busy: (2540039 + 17624 + 350615 + 0 + 10136) / 100,
      steal: 248.65,
      idle: (1255389 + 5837) / 100,
    });
  });

  it('gives the seconds between two readings', () => {
    const later = STAT.replace(
      'cpu  2540039 17624 350615 1255389 5837 0 10136 24865',
      'cpu  2550039 17624 352615 1256389 5837 0 10136 26865',
    );
    expect(cpuBetween(parseProcStat(STAT), parseProcStat(later))).toEqual({ busy: 120, steal: 20, idle: 10 });
  });

  it('names the file and what it expected when the aggregate line is missing or short', () => {
    expect(() => parseProcStat('cpu0 1 2 3 4 5 6 7 8\n', '/tmp/stat')).toThrow(
      '/tmp/stat: a "cpu " line with at least 8 numeric fields expected, got null',
    );
    expect(() => parseProcStat('cpu  1 2 3\n')).toThrow(
      '/proc/stat: a "cpu " line with at least 8 numeric fields expected, got "cpu  1 2 3"',
    );
  });
});
