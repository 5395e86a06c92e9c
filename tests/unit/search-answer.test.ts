import { describe, expect, it } from 'vitest';
import { answerFor, canonicalTokens, modelKey, packRows, unpackRows } from '../../src/lib/search-answer.ts';
import { answerIndex, readSearchNames } from '../../src/build/search-data.ts';
import { siteContent } from '../../src/build/site-content.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const c = siteContent();
const index = answerIndex(c, readSearchNames(process.cwd(), c).families);

describe('model keys', () => {
  it('fold family spellings and drop base/chat', () => {
    expect(modelKey('DeepSeek LLM 67B Base', index.families)).toBe('deepseek67b');
    expect(modelKey('DeepSeek LLM 67B Chat', index.families)).toBe('deepseek67b');
    expect(modelKey('Llama 2-Chat 70B', index.families)).toBe('llama270b');
    expect(modelKey('LLaMA-7B', index.families)).toBe('llama7b');
    expect(canonicalTokens(['라마', '2', '70b'], index.families)).toEqual(['llama', '2', '70b']);
  });
});

describe('answerFor', () => {
  it('answers a model and a benchmark with every paper’s number, base before chat', () => {
    const a = answerFor('DeepSeek 67B MMLU', index);
    expect(a?.type).toBe('pair');
    if (a?.type !== 'pair') return;
    expect(a.benchmark.id).toBe('mmlu');
    expect(a.models[0]!.model.id).toBe('deepseek-llm-67b');
    expect(a.models.map((m) => m.model.kind)).toEqual(['base', 'chat']);
    const base = a.models[0]!.rows;
    expect(base.map((r) => [r.paper, r.table, r.text])).toContainEqual(['DeepSeek LLM 논문', 'Table 5', '71.3']);
    expect(base.find((r) => r.text === '71.3')!.href).toMatch(
      /^\/papers\/deepseek-llm\/#bt-deepseek-llm-table-\d+--deepseek-llm-67b$/,
    );
    expect(a.explorer).toContain('b=mmlu');
  });
  it('reads any order, Korean family names, spacing and case', () => {
    for (const q of ['MMLU deepseek 67b', '딥시크 67B MMLU', 'deepseek-67b mmlu']) {
      const a = answerFor(q, index);
      expect(a?.type, q).toBe('pair');
      if (a?.type === 'pair') expect(a.models[0]!.model.id).toBe('deepseek-llm-67b');
    }
    const llama = answerFor('라마2 70B GSM8K', index);
    expect(llama?.type === 'pair' && llama.models.map((m) => m.model.id)).toEqual(['llama-2-70b', 'llama-2-70b-chat']);
    const qwen = answerFor('qwen-14b humaneval', index);
    expect(qwen?.type === 'pair' && qwen.models[0]!.model.id).toBe('qwen-14b');
  });
  it('keeps a chat model only when asked for', () => {
    const a = answerFor('deepseek 67b chat mmlu', index);
    expect(a?.type === 'pair' && a.models.map((m) => m.model.kind)).toEqual(['chat']);
  });
  it('answers a model alone with its configuration and its own paper’s benchmarks', () => {
    const a = answerFor('Qwen-7B', index);
    expect(a?.type).toBe('model');
    if (a?.type !== 'model') return;
    expect(a.models[0]!.model.id).toBe('qwen-7b');
    expect(a.models[0]!.config?.values).toContainEqual(['레이어 수', '32']);
    expect(a.models[0]!.reported.every((r) => r.paper === 'Qwen 기술 보고서')).toBe(true);
  });
  it('answers a benchmark alone with an explorer link', () => {
    expect(answerFor('GSM8K', index)).toEqual({
      type: 'benchmark',
      benchmark: { id: 'gsm8k', name: 'GSM8K' },
      explorer: '/benchmarks/?b=gsm8k&all=1',
    });
  });
  it('stays out of ordinary queries', () => {
    for (const q of ['RoPE 보간', '보상 모델', '토크나이저를', '라마 2 안전성'])
      expect(answerFor(q, index), q).toBeNull();
  });
});

describe('packed rows (search-data.json)', () => {
  it('unpack to exactly the rows the index built, sources included', () => {
    const rows = [...index.rows, [1, 2, 3, '4.5', 0, 'Table 9'] as (typeof index.rows)[number]];
    const wire = JSON.parse(JSON.stringify(packRows(rows)));
    expect(unpackRows(wire)).toEqual(rows);
    expect(wire).toHaveLength(6);
  });
});

describe('readSearchNames', () => {
  it('names the file, field and expectation for an unknown family', () => {
    const root = mkdtempSync(join(tmpdir(), 'names-'));
    mkdirSync(join(root, 'content/data'), { recursive: true });
    writeFileSync(join(root, 'content/data/model-families.yaml'), '- id: x\n  families: [Nope]\n  names: [X]\n');
    expect(() => readSearchNames(root, c)).toThrow(ContentError);
    expect(() => readSearchNames(root, c)).toThrow(/model-families\.yaml → \[0\]\.families\[0\]: a "family" value/);
  });
});
