// src/lib/explorer.ts: the comparable-setting rule, pairing, selection and its URL form.
import { describe, expect, it } from 'vitest';
import {
  comparable,
  pairs,
  parseSelection,
  selectPairs,
  selectionQuery,
  type ExplorerRow,
} from '../../src/lib/explorer.ts';

const row = (paper: string, model: string, benchmark: string, score: number, setting = ''): ExplorerRow => ({
  paper,
  model,
  benchmark,
  score,
  setting,
  table: 'Table 1',
  text: String(score),
  verified: true,
  kind: 'reported',
});

describe('explorer', () => {
  it('treats pass@k / maj@k with k > 1 as a different measure, pass@1 and maj@1 as comparable', () => {
    expect(comparable(row('a', 'm', 'b', 1, '0-shot'))).toBe(true);
    expect(comparable(row('a', 'm', 'b', 1, 'pass@1'))).toBe(true);
    expect(comparable(row('a', 'm', 'b', 1, 'maj1@1'))).toBe(true);
    expect(comparable(row('a', 'm', 'b', 1, 'pass@100'))).toBe(false);
    expect(comparable(row('a', 'm', 'b', 1, 'maj1@64'))).toBe(false);
  });

  it('pairs reports by (model, benchmark), counting papers and the spread over comparable reports only', () => {
    const all = pairs([
      row('p1', 'm', 'gsm8k', 50.0),
      row('p2', 'm', 'gsm8k', 56.5),
      row('p3', 'm', 'gsm8k', 90, 'maj1@64'),
      row('p1', 'm', 'mmlu', 60),
    ]);
    const gsm = all.find((p) => p.benchmark === 'gsm8k')!;
    expect(gsm.reports).toHaveLength(3);
    expect(gsm.papers).toBe(2);
    expect(gsm.spread).toBe(6.5);
    expect(all.find((p) => p.benchmark === 'mmlu')!.spread).toBeNull();
  });

  it('selects cross-paper pairs by default, widest spread first, and filters by models and benchmarks', () => {
    const all = pairs([
      row('p1', 'a', 'x', 1),
      row('p2', 'a', 'x', 2),
      row('p1', 'b', 'x', 1),
      row('p2', 'b', 'x', 5),
      row('p1', 'c', 'y', 1),
    ]);
    expect(selectPairs(all, { benchmarks: [], models: [], crossOnly: true }).map((p) => p.model)).toEqual(['b', 'a']);
    expect(selectPairs(all, { benchmarks: ['y'], models: [], crossOnly: false }).map((p) => p.model)).toEqual(['c']);
    expect(selectPairs(all, { benchmarks: [], models: ['a'], crossOnly: true }).map((p) => p.model)).toEqual(['a']);
  });

  it('round-trips a selection through the URL and drops unknown ids', () => {
    const known = { models: new Set(['a', 'b']), benchmarks: new Set(['x']) };
    const sel = { benchmarks: ['x'], models: ['a', 'b'], crossOnly: false };
    const q = selectionQuery(sel);
    expect(q).toBe('?b=x&m=a,b&all=1');
    expect(parseSelection(q, known)).toEqual(sel);
    expect(parseSelection('?m=a,zz&b=nope', known)).toEqual({ benchmarks: [], models: ['a'], crossOnly: true });
    expect(selectionQuery({ benchmarks: [], models: [], crossOnly: true })).toBe('');
  });
});
