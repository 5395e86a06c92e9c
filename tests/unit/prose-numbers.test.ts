// The prose-number check reads the MDX syntax tree: it must see numbers in prose, callouts
// and tables, and never in code, math, JSX attributes or <Score>/<ConfigValue>.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers.ts';
import { siteContent } from '../../src/build/site-content.ts';
import {
  formatFindings,
  isCandidate,
  paperDataCells,
  proseNumbers,
  significantDigits,
  unwrappedNumbers,
} from '../../src/lib/prose-numbers.ts';

const source = readFileSync(join(FIXTURES, 'prose-numbers', 'review.mdx'), 'utf8');

describe('proseNumbers', () => {
  const found = proseNumbers(source);
  it('finds decimals and long numbers in prose, callouts and tables with their file lines', () => {
    expect(found.map((n) => [n.text, n.line])).toEqual([
      ['68.9', 7],
      ['1,720,320', 7],
      ['63.6', 24],
      ['37.5', 29],
      ['12.345', 31],
    ]);
  });
  it('reads "1,720,320" as one number', () => {
    expect(found.find((n) => n.text === '1,720,320')?.value).toBe(1720320);
  });
});

describe('isCandidate', () => {
  it.each([
    ['3.2.3', '§', ','],
    ['25', 'Table ', ','],
    ['2023', ' ', '년'],
    ['7', ' ', 'B,'],
    ['1.8', 'Qwen-', 'B,'],
    ['3.5', 'GPT-', '는'],
    ['1', '그림 ', ','],
    ['32,000', ' ', '개'],
  ])('skips %s (before "%s", after "%s")', (text, before, after) => {
    expect(isCandidate(text, before, after)).toBe(false);
  });
  it.each([
    ['0.15', ' ', '보다'],
    ['4096', ' ', '토큰'],
    ['2048', '(', ')'],
    ['1,418,091', ' ', '건'],
  ])('keeps %s', (text, before, after) => {
    expect(isCandidate(text, before, after)).toBe(true);
  });
  it('counts significant digits without leading zeros or an integer’s trailing zeros', () => {
    expect([
      significantDigits('0.006'),
      significantDigits('32000'),
      significantDigits('102400'),
      significantDigits('1,418,091'),
    ]).toEqual([1, 2, 4, 7]);
  });
});

describe('unwrappedNumbers against the Llama 2 data', () => {
  const c = siteContent();
  const found = unwrappedNumbers(proseNumbers(source), paperDataCells(c, 'llama-2'));
  it('reports only numbers equal to a data value of the paper, naming the cells', () => {
    expect(found.map((f) => f.text)).toEqual(['68.9', '1,720,320', '63.6', '37.5']);
    expect(found[1]!.cells.map((x) => x.where)).toContain('table-2 llama-2-70b · gpu_hours');
    expect(found[0]!.cells.map((x) => x.where)).toContain('table-3 llama-2-70b / mmlu (5-shot)');
  });
  it('prints file:line, the number and the cells', () => {
    const [line] = formatFindings('content/reviews/x.mdx', [found[1]!]);
    expect(line).toBe('content/reviews/x.mdx:7  1,720,320  → table-2 llama-2-70b · gpu_hours');
  });
});
