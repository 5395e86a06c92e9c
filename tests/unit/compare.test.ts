// Comparison facts: validation (units converted or refused, fields checked, <Compare>
// links), and the computed cells of the real site's comparison pages.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/build/read-content.ts';
import { validateContent, type SiteContent } from '../../src/lib/content/validate.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import { buildCompareTable, type CompareTableView } from '../../src/lib/compare/view.ts';
import { compareInput } from '../../src/lib/compare/from-content.ts';
import { chartIds } from '../../src/charts/ids.ts';
import { FIXTURES, OK_ROOT } from './helpers.ts';

const charts = { chartIds: new Set(['demo-chart']) };

function withCompare(name: string, reviewExtra = '') {
  const raw = readContent(OK_ROOT);
  raw.compare = [
    { file: 'content/data/compare/demo.yaml', text: readFileSync(join(FIXTURES, 'compare', `${name}.yaml`), 'utf8') },
  ];
  if (reviewExtra) raw.reviews = raw.reviews.map((r) => ({ ...r, text: `${r.text}\n${reviewExtra}\n` }));
  return raw;
}

function issuesOf(raw: ReturnType<typeof readContent>): string[] {
  try {
    validateContent(raw, charts);
  } catch (e) {
    if (e instanceof ContentError)
      return e.issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''} → ${i.field}: ${i.expected}`);
    throw e;
  }
  return [];
}

describe('comparison facts: validation', () => {
  it('converts a batch in sequences to tokens with the conversion kept', () => {
    const c = validateContent(withCompare('ok'), charts);
    const batch = c.compare[0]!.cells.batch!;
    expect(batch.value).toBe(2_097_152);
    expect(batch.conversion).toBe('1,024 시퀀스 × 2,048 토큰 = 2,097,152 토큰');
  });
  it('refuses a batch in sequences without a sequence length, naming file and field', () => {
    expect(issuesOf(withCompare('mixed-units'))).toEqual([
      'content/data/compare/demo.yaml → entries[0].values.batch.unit: a batch in sequences needs the sequence length (a "context" value in tokens) to become tokens',
    ]);
  });
  it('names an unknown topic, an unknown field, a wrong type and an unknown unit', () => {
    const issues = issuesOf(withCompare('bad-fields'));
    expect(issues).toContain(
      'content/data/compare/demo.yaml → entries[0].topic: one of architecture, alignment, long-context, tokenizers, training, got "speed"',
    );
    expect(issues.some((i) => /entries\[1\]\.values\.layers: a number value, got "thirty-two"/.test(i))).toBe(true);
    expect(
      issues.some((i) => /entries\[1\]\.values\.depth: a field of the architecture page \(params, layers/.test(i)),
    ).toBe(true);
    expect(issues.some((i) => /entries\[1\]\.values\.context\.unit: a value in "tokens" .*got unit "GB"/.test(i))).toBe(
      true,
    );
  });
  it('checks <Compare topic model> in MDX like <Concept>', () => {
    const issues = issuesOf(
      withCompare('ok', '<Compare topic="speed">x</Compare> <Compare topic="architecture" model="demo-7b">y</Compare>'),
    );
    expect(
      issues.some((i) =>
        /content\/reviews\/demo\.mdx:\d+ → <Compare topic>: one of architecture, memory, .*got "speed"/.test(i),
      ),
    ).toBe(true);
    expect(
      issues.some((i) => /<Compare model>: a model with a row on \/compare\/architecture\/ .*got "demo-7b"/.test(i)),
    ).toBe(true);
    expect(issuesOf(withCompare('ok', '<Compare topic="training" model="demo-7b">z</Compare>'))).toEqual([]);
  });
});

describe('comparison pages from the site content', () => {
  const site: SiteContent = validateContent(readContent(join(import.meta.dirname, '..', '..')), {
    chartIds: new Set(chartIds),
  });
  const input = compareInput(site);
  const cell = (v: CompareTableView, model: string, key: string) => {
    const row = v.rows.find((r) => r.id === model)!;
    return row.cells[v.columns.findIndex((c) => c.key === key)]!;
  };
  const arch = buildCompareTable(input, 'architecture');

  it('KV cache per token (bf16): Llama 2 70B = 320 KiB, DeepSeek 67B = 380 KiB, Llama 2 7B = 512 KiB', () => {
    expect(cell(arch, 'llama-2-70b', 'kv_bf16')).toMatchObject({ text: '320', kind: 'derived' });
    expect(cell(arch, 'llama-2-70b', 'kv_bf16').tip).toContain('2(K,V) × 층수 80 × KV 헤드 8 × 헤드 차원 128');
    expect(cell(arch, 'deepseek-llm-67b', 'kv_bf16').text).toBe('380');
    expect(cell(arch, 'llama-2-7b', 'kv_bf16').text).toBe('512');
  });
  it('parameters from the config match the reported size (Llama 2 70B: 68.98 vs 70)', () => {
    expect(cell(arch, 'llama-2-70b', 'params_formula').text).toBe('68.98');
    expect(cell(arch, 'llama-2-70b', 'params').text).toBe('70');
  });
  it('a value from released configs says so; a missing one says 논문에 없음', () => {
    expect(cell(arch, 'llama-2-70b', 'layers')).toMatchObject({ kind: 'config' });
    expect(cell(arch, 'llama-2-70b', 'layers').tip).toMatch(
      /저자 공개 config·코드: 공개 config \(meta-llama\/Llama-2-70b-hf config.json\) \(논문이 아닌 저자 공개 자료\)/,
    );
    expect(cell(arch, 'qwen-7b', 'kv_heads')).toMatchObject({ text: '–', kind: 'missing', tip: '논문에 없음' });
    expect(cell(arch, 'qwen-7b', 'kv_bf16').tip).toContain('KV 헤드');
  });
  it('a value the fact sheets do not confirm shows 미검증 with its source', () => {
    expect(cell(arch, 'deepseek-llm-67b', 'ffn')).toMatchObject({ text: '22,016', kind: 'unverified' });
    expect(cell(arch, 'deepseek-llm-67b', 'ffn').tip).toMatch(/^미검증 — DeepSeek/);
  });
  it('training: batch in sequences converted to tokens, and DeepSeek η_opt/B_opt labelled as an extrapolation', () => {
    const t = buildCompareTable(input, 'training');
    expect(cell(t, 'deepseek-llm-7b', 'batch').text).toBe('9,437,184');
    expect(cell(t, 'deepseek-llm-7b', 'batch').tip).toContain('2,304 시퀀스 × 4,096 토큰 = 9,437,184 토큰');
    expect(cell(t, 'qwen-7b', 'batch').tip).toContain('4 M tokens = 4,000,000 tokens');
    const eta = cell(t, 'deepseek-llm-7b', 'eta_opt');
    expect(Number(eta.sort)).toBeCloseTo(4.25e-4, 6);
    expect(eta.tip).toContain('외삽값');
    expect(cell(t, 'llama-7b', 'eta_opt').kind).toBe('missing');
  });
});
