// src/lib/tldr.ts: the numbers of a review's TL;DR card, resolved through the same lookups as
// <Score> and <ConfigValue>: the printed value, its source and its detail line. Values come from
// the valid fixture (tests/fixtures/site-ok/content/data/results/demo.yaml), with a few cells
// added below where a case needs them.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { makeLookup } from '../../src/lib/content/lookup.ts';
import { configCell, resolveTldrNumber } from '../../src/lib/tldr.ts';
import { OK_ROOT } from './helpers.ts';

const options = { chartIds: new Set(['demo-chart']), today: new Date('2026-11-30') };
const plain = makeLookup(validateContent(readContent(OK_ROOT), options));

/** The fixture with: other-13b's MMLU printed to one decimal, derived and unverified; a config
 * column with a unit and a row addressed by label; and a derived config table. */
function edited() {
  const raw = readContent(OK_ROOT);
  raw.results = raw.results.map((f) => ({
    ...f,
    text: f.text
      .replace(
        '{ model: other-13b, benchmark: mmlu, score: 55.0, shots: 5 }',
        '{ model: other-13b, benchmark: mmlu, score: 55.0, shots: 5, decimals: 1, kind: derived, verified: false }',
      )
      .replace(
        '      - { key: layers, label: 레이어 수 }\n',
        '      - { key: layers, label: 레이어 수 }\n      - { key: tokens, label: 학습 토큰, unit: tokens }\n',
      )
      .replace(
        '      - { model: demo-7b, values: { layers: 32 } }',
        '      - { model: demo-7b, values: { layers: 32, tokens: 1500000 } }\n      - { label: 평균, values: { layers: 16, tokens: null } }',
      )
      .concat(
        [
          '  - id: table-9',
          '    label: Table 9',
          '    title: 계산한 구성',
          '    version: v1',
          '    kind: derived',
          '    columns:',
          '      - { key: heads, label: 헤드 수 }',
          '    rows:',
          '      - { model: demo-7b, values: { heads: 8 } }',
          '',
        ].join('\n'),
      ),
  }));
  return makeLookup(validateContent(raw, options));
}
const c = edited();

describe('a TL;DR score', () => {
  it('prints the score as the table does, with the paper, the table and the shots', () => {
    expect(
      resolveTldrNumber(plain, 'demo', {
        label: 'MMLU · Demo-7B',
        score: { table: 'table-2', model: 'demo-7b', benchmark: 'mmlu', shots: 5 },
      }),
    ).toEqual({ label: 'MMLU · Demo-7B', value: '60.1', raw: 60.1, source: '데모 논문, Table 2', detail: '5-shot' });
  });

  it('has an empty detail for a reported, verified score without shots or setting', () => {
    const n = resolveTldrNumber(plain, 'demo', {
      label: 'PPL',
      score: { table: 'table-2', model: 'demo-7b', benchmark: 'ppl' },
    });
    expect([n.value, n.detail]).toEqual(['4.2', '']);
  });

  it('keeps the printed decimals and says when a score is derived and unverified', () => {
    const n = resolveTldrNumber(c, 'demo', {
      label: 'MMLU · Other-13B',
      score: { table: 'table-2', model: 'other-13b', benchmark: 'mmlu' },
    });
    expect(n).toEqual({
      label: 'MMLU · Other-13B',
      value: '55.0',
      raw: 55,
      source: '데모 논문, Table 2',
      detail: '5-shot, 계산값, 미검증',
    });
  });

  it('fails, naming the cell, when the score does not resolve', () => {
    expect(() =>
      resolveTldrNumber(plain, 'demo', {
        label: 'x',
        score: { table: 'table-2', model: 'demo-7b', benchmark: 'mmlu', shots: 0 },
      }),
    ).toThrow(/matches 0 rows/);
  });
});

describe('a TL;DR config value', () => {
  it('prints the cell with the paper and the config table', () => {
    expect(
      resolveTldrNumber(plain, 'demo', {
        label: '레이어',
        config: { table: 'table-1', row: 'demo-7b', col: 'layers' },
      }),
    ).toEqual({ label: '레이어', value: '32', raw: 32, source: '데모 논문, Table 1', detail: '' });
  });

  it('adds the column’s unit and thousands separators to a large whole number', () => {
    const n = resolveTldrNumber(c, 'demo', {
      label: '토큰',
      config: { table: 'table-1', row: 'demo-7b', col: 'tokens' },
    });
    expect([n.value, n.raw]).toEqual(['1,500,000 tokens', 1500000]);
  });

  it('says when the config table is derived', () => {
    const n = resolveTldrNumber(c, 'demo', {
      label: '헤드',
      config: { table: 'table-9', row: 'demo-7b', col: 'heads' },
    });
    expect([n.value, n.source, n.detail]).toEqual(['8', '데모 논문, Table 9', '계산값']);
  });

  it('refuses a number with neither a score nor a config cell', () => {
    expect(() => resolveTldrNumber(plain, 'demo', { label: '빈 숫자' })).toThrow(
      'TL;DR number "빈 숫자": neither "score" nor "config"',
    );
  });
});

describe('configCell', () => {
  const t = c.config('demo', 'table-1');
  it('finds a row by model id or by label, with the column’s unit when it has one', () => {
    expect(configCell(t, 'demo-7b', 'layers')).toEqual({ value: 32 });
    expect(configCell(t, 'demo-7b', 'tokens')).toEqual({ value: 1500000, unit: 'tokens' });
    expect(configCell(t, '평균', 'layers')).toEqual({ value: 16 });
  });

  it('fails, naming the table, row and column, on an empty cell, an unknown row or an unknown column', () => {
    expect(() => configCell(t, '평균', 'tokens')).toThrow('demo/table-1: no value at row "평균", column "tokens"');
    expect(() => configCell(t, 'other-13b', 'layers')).toThrow('no value at row "other-13b"');
    expect(() => configCell(t, 'demo-7b', 'heads')).toThrow('column "heads"');
  });
});
