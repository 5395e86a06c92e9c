// Every number on the site must match the fact sheets (../shared/reference). The sections this
// test reads are kept in the repo as tests/fixtures/fact-sheets/*.md (title, source labels and
// the table, written by `npm run fixture:fact-sheets`), so the comparison runs in any clone; a
// sample of cells across all four papers is compared with content/data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteContent } from '../../src/build/site-content.ts';
import { matchingRows } from '../../src/lib/content/score-rows.ts';
import { SECTIONS as SECTION } from '../../scripts/fact-sheet-fixture.ts';

const REF = join(import.meta.dirname, '..', 'fixtures', 'fact-sheets');

function sheetCell(sheet: string, rowKey: string[], col: number): number {
  const text = readFileSync(join(REF, sheet), 'utf8');
  const start = text.indexOf(SECTION[sheet]!);
  if (start < 0) throw new Error(`${sheet}: heading "${SECTION[sheet]}" not found`);
  for (const line of text.slice(start).split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.replace(/\*/g, '').trim());
    if (rowKey.every((k, i) => cells[i] === k)) {
      const v = Number(cells[col]);
      if (Number.isNaN(v)) throw new Error(`${sheet}: cell ${col} of row ${rowKey.join(' | ')} is "${cells[col]}"`);
      return v;
    }
  }
  throw new Error(`${sheet}: no table row starting with ${rowKey.join(' | ')}`);
}

function dataScore(
  paper: string,
  table: string,
  model: string,
  benchmark: string,
  shots?: number,
  setting?: string,
): number {
  const t = siteContent().tables.find((x) => x.paper === paper && x.id === table);
  const rows = t ? matchingRows(t.rows, { model, benchmark, shots, setting }) : [];
  if (rows.length !== 1) throw new Error(`${paper}/${table}: ${rows.length} rows for ${model}/${benchmark}`);
  return rows[0]!.score;
}

type Check = [
  sheet: string,
  row: string[],
  col: number,
  paper: string,
  table: string,
  model: string,
  benchmark: string,
  shots?: number,
];

// Qwen Table 2 columns: Model | Params | MMLU | C-Eval | GSM8K | MATH | HumanEval | MBPP | BBH
// Llama 2 Table 3: Model | Size | Code | Commonsense | World | Reading | Math | MMLU | BBH | AGI Eval
// DeepSeek Table 5: Benchmark | Shots | LLaMA2 7B | DeepSeek 7B | LLaMA2 70B | DeepSeek 67B
// PanGu final table: Model | C-Eval | CMMLU | MMLU | AGI-Eval | BoolQ | AX-b | PIQA | EPRSTMT | XSum | C3 | Average
const CHECKS: Check[] = [
  ['qwen.md', ['Qwen', '14B'], 2, 'qwen', 'table-2', 'qwen-14b', 'mmlu'],
  ['qwen.md', ['Qwen', '14B'], 3, 'qwen', 'table-2', 'qwen-14b', 'c-eval'],
  ['qwen.md', ['Qwen', '7B'], 4, 'qwen', 'table-2', 'qwen-7b', 'gsm8k'],
  ['qwen.md', ['Qwen', '1.8B'], 5, 'qwen', 'table-2', 'qwen-1.8b', 'math'],
  ['qwen.md', ['LLaMA 2', '70B'], 2, 'qwen', 'table-2', 'llama-2-70b', 'mmlu'],
  ['qwen.md', ['LLaMA 2', '70B'], 6, 'qwen', 'table-2', 'llama-2-70b', 'humaneval'],
  ['qwen.md', ['StableBeluga2', '70B'], 7, 'qwen', 'table-2', 'stablebeluga2-70b', 'mbpp'],
  ['qwen.md', ['InternLM', '20B'], 8, 'qwen', 'table-2', 'internlm-20b', 'bbh'],
  ['qwen.md', ['InternLM', '7B'], 3, 'qwen', 'table-2', 'internlm-7b', 'c-eval'],
  ['llama2.md', ['Llama 2', '70B'], 7, 'llama-2', 'table-3', 'llama-2-70b', 'mmlu'],
  ['llama2.md', ['Llama 2', '70B'], 2, 'llama-2', 'table-3', 'llama-2-70b', 'llama2-code-avg'],
  ['llama2.md', ['Llama 2', '34B'], 6, 'llama-2', 'table-3', 'llama-2-34b', 'llama2-math-avg'],
  ['llama2.md', ['Llama 2', '13B'], 3, 'llama-2', 'table-3', 'llama-2-13b', 'llama2-commonsense-avg'],
  ['llama2.md', ['Llama 2', '7B'], 9, 'llama-2', 'table-3', 'llama-2-7b', 'agieval'],
  ['llama2.md', ['MPT', '30B'], 2, 'llama-2', 'table-3', 'mpt-30b', 'llama2-code-avg'],
  ['llama2.md', ['Falcon', '40B'], 7, 'llama-2', 'table-3', 'falcon-40b', 'mmlu'],
  ['llama2.md', ['Llama 1', '65B'], 8, 'llama-2', 'table-3', 'llama-65b', 'bbh'],
  ['llama2.md', ['Llama 1', '7B'], 6, 'llama-2', 'table-3', 'llama-7b', 'llama2-math-avg'],
  ['deepseek-llm.md', ['MMLU', '5'], 5, 'deepseek-llm', 'table-5', 'deepseek-llm-67b', 'mmlu'],
  ['deepseek-llm.md', ['MMLU', '5'], 4, 'deepseek-llm', 'table-5', 'llama-2-70b', 'mmlu'],
  ['deepseek-llm.md', ['GSM8K', '8'], 5, 'deepseek-llm', 'table-5', 'deepseek-llm-67b', 'gsm8k'],
  ['deepseek-llm.md', ['HumanEval', '0'], 3, 'deepseek-llm', 'table-5', 'deepseek-llm-7b', 'humaneval'],
  ['deepseek-llm.md', ['C-Eval', '5'], 5, 'deepseek-llm', 'table-5', 'deepseek-llm-67b', 'c-eval'],
  ['deepseek-llm.md', ['CMMLU', '5'], 2, 'deepseek-llm', 'table-5', 'llama-2-7b', 'cmmlu'],
  ['deepseek-llm.md', ['HellaSwag', '0'], 4, 'deepseek-llm', 'table-5', 'llama-2-70b', 'hellaswag'],
  ['deepseek-llm.md', ['BBH', '3'], 5, 'deepseek-llm', 'table-5', 'deepseek-llm-67b', 'bbh'],
  ['deepseek-llm.md', ['CHID', '0'], 3, 'deepseek-llm', 'table-5', 'deepseek-llm-7b', 'chid'],
  [
    'pangu-pi-pro.md',
    ['PanGu-π-1.5B Pro'],
    11,
    'pangu-pi-pro',
    'comparison-table',
    'pangu-pi-pro-1.5b',
    'pangu-avg-10',
  ],
  ['pangu-pi-pro.md', ['PanGu-π-1B Pro'], 3, 'pangu-pi-pro', 'comparison-table', 'pangu-pi-pro-1b', 'mmlu'],
  ['pangu-pi-pro.md', ['Qwen-1.8B'], 1, 'pangu-pi-pro', 'comparison-table', 'qwen-1.8b', 'c-eval'],
  ['pangu-pi-pro.md', ['Phi2-2.7B'], 3, 'pangu-pi-pro', 'comparison-table', 'phi-2-2.7b', 'mmlu'],
  ['pangu-pi-pro.md', ['PanGu-π-1B'], 10, 'pangu-pi-pro', 'comparison-table', 'pangu-pi-1b', 'c3'],
  ['pangu-pi-pro.md', ['Chinese-LLaMA2-1.3B'], 9, 'pangu-pi-pro', 'comparison-table', 'chinese-llama-2-1.3b', 'xsum'],
  ['pangu-pi-pro.md', ['PanGu-π-1.5B Pro'], 8, 'pangu-pi-pro', 'comparison-table', 'pangu-pi-pro-1.5b', 'eprstmt'],
  ['pangu-pi-pro.md', ['TinyLLaMA-1.1B'], 5, 'pangu-pi-pro', 'comparison-table', 'tinyllama-1.1b', 'boolq'],
];

describe('numbers match the fact sheets (tests/fixtures/fact-sheets)', () => {
  it.each(CHECKS)('%s %j col %i = %s %s %s/%s', (sheet, row, col, paper, table, model, bench, shots) => {
    expect(dataScore(paper, table, model, bench, shots)).toBe(sheetCell(sheet, row, col));
  });
  it('every paper is sampled', () => {
    const papers = siteContent().tables.map((t) => t.paper);
    expect([...new Set(CHECKS.map((c) => c[3]))].sort()).toEqual([...new Set(papers)].sort());
  });
});
