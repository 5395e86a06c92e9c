// The explorer's comparable-setting rule: pass@k and maj@k with k > 1 measure something else
// than a single-sample score, so they are shown but left out of the spread.
import { describe, expect, it } from 'vitest';
import { comparable, pairs, type ExplorerRow } from '../../src/lib/explorer.ts';

const row = (setting: string, score: number, paper = 'p'): ExplorerRow => ({
  model: 'm',
  benchmark: 'b',
  paper,
  table: 'Table 1',
  score,
  text: String(score),
  setting,
  verified: true,
  kind: 'reported',
});

describe('comparable settings', () => {
  it.each([
    ['5-shot', true],
    ['pass@1', true],
    ['maj@1', true],
    ['', true],
    ['pass@10', false],
    ['pass@100', false],
    ['maj1@64', false],
    ['maj@8', false],
  ] as const)('%s → %s', (setting, ok) => {
    expect(comparable(row(setting, 1))).toBe(ok);
  });
  it('the spread counts comparable reports only', () => {
    const [pair] = pairs([row('pass@1', 30, 'a'), row('pass@1', 32.5, 'b'), row('pass@100', 80, 'c')]);
    expect(pair!.spread).toBe(2.5);
  });
});
