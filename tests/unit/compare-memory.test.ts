// src/lib/compare/memory.ts: which models the memory calculator offers and the text of each of
// its rows (weights, KV cache, total, each with its formula), from the site's comparison facts
// (content/data/compare/*.yaml).
import { describe, expect, it } from 'vitest';
import { siteContent } from '../../src/build/site-content.ts';
import { memoryModels, memoryRow } from '../../src/lib/compare/memory.ts';

const site = siteContent();
const names = new Map(site.models.map((m) => [m.id, m.name]));
const models = memoryModels(site.compare, names);
const model = (id: string) => models.find((m) => m.id === id)!;
const archRow = (id: string) => site.compare.find((r) => r.topic === 'architecture' && r.model === id)!;

describe('the calculator’s models', () => {
  it('offers each model whose KV cache can be computed (layers, heads, KV heads, d_model known)', () => {
    // Llama 2 34B gives only its KV heads; Qwen and PanGu-π Pro give no KV heads
    expect(models.map((m) => m.id)).toEqual([
      'deepseek-llm-7b',
      'deepseek-llm-67b',
      'llama-2-7b',
      'llama-2-13b',
      'llama-2-70b',
    ]);
  });

  it('marks GQA where a model has fewer KV heads than heads', () => {
    expect(models.map((m) => [m.id, m.gqa])).toEqual([
      ['deepseek-llm-7b', false],
      ['deepseek-llm-67b', true],
      ['llama-2-7b', false],
      ['llama-2-13b', false],
      ['llama-2-70b', true],
    ]);
  });

  it('counts parameters from a complete config, else takes the reported size in billions', () => {
    expect(model('llama-2-70b')).toMatchObject({ params: 68_976_648_192, paramsSource: '설정값으로 센 파라미터' });
    // DeepSeek LLM 67B: no tied/untied embedding given, reported "67B"
    expect(model('deepseek-llm-67b')).toMatchObject({ params: 67e9, paramsSource: '보고된 크기(공칭값)' });
  });

  it('keeps the KV cache per token at one byte: 2 × 80 layers × 8 KV heads × 128 for Llama 2 70B', () => {
    expect(model('llama-2-70b').kvPerTokenAtOneByte).toBe(163_840);
  });

  it('names a model by its row label, else its catalogue name, else its id', () => {
    const row = archRow('llama-2-70b');
    expect(memoryModels([row], names)[0]!.name).toBe('Llama 2 70B');
    expect(memoryModels([{ ...row, label: '70B 채팅' }], names)[0]!.name).toBe('70B 채팅');
    expect(memoryModels([row], new Map())[0]!.name).toBe('llama-2-70b');
  });

  it('reads architecture rows only', () => {
    const row = archRow('llama-2-70b');
    expect(memoryModels([row, { ...row, topic: 'training' }], names)).toHaveLength(1);
  });
});

describe('a row of the calculator', () => {
  it('Llama 2 70B in int8 at 4,096 tokens, batch 2: 64.24 + 1.25 GiB, each with its formula', () => {
    // weights 68,976,648,192 × 1 B = 64.24 GiB; KV 163,840 B × 4,096 × 2 = 1,342,177,280 B = 1.25 GiB
    expect(memoryRow(model('llama-2-70b'), 4096, 2, 'int8')).toEqual({
      id: 'llama-2-70b',
      name: 'Llama 2 70B',
      weights: '64.24',
      kv: '1.25',
      total: '65.49',
      weightsTip: '계산값: 설정값으로 센 파라미터 68,976,648,192 × 1바이트(int8) = 64.24 GiB',
      kvTip:
        '계산값: 토큰당 163,840 B (2(K,V) × 층수 80 × KV 헤드 8 × 헤드 차원 128 (= 8,192÷64) × 1바이트) × 컨텍스트 4,096 × 배치 2 = 1.25 GiB',
      totalTip: '계산값: 가중치 64.24 + KV 캐시 1.25 GiB (활성값·프레임워크 여유분 제외)',
    });
  });

  it('DeepSeek LLM 7B in int4: half a byte per weight and per cached value', () => {
    // weights 7·10⁹ × 0.5 B = 3.26 GiB; KV 2 × 30 × 32 × 128 × 0.5 = 122,880 B per token × 4,096 = 0.47 GiB
    const r = memoryRow(model('deepseek-llm-7b'), 4096, 1, 'int4');
    expect([r.weights, r.kv, r.total]).toEqual(['3.26', '0.47', '3.73']);
    expect(r.weightsTip).toBe('계산값: 보고된 크기(공칭값) 7,000,000,000 × 0.5바이트(int4) = 3.26 GiB');
    expect(r.kvTip).toBe(
      '계산값: 토큰당 122,880 B (2(K,V) × 층수 30 × KV 헤드 32 × 헤드 차원 128 (= 4,096÷32) × 0.5바이트) × 컨텍스트 4,096 × 배치 1 = 0.47 GiB',
    );
  });
});

describe('the memory calculator in bf16', () => {
  it('Llama 2 70B at 4,096 tokens, batch 1, bf16 → KV 1.25 GiB', () => {
    const r = memoryRow(model('llama-2-70b'), 4096, 1, 'bf16');
    expect(r.kv).toBe('1.25');
    expect(r.weights).toBe('128.48');
    expect(r.kvTip).toContain('× 컨텍스트 4,096 × 배치 1');
  });
  it('a model without a full config uses its reported size in billions', () => {
    // DeepSeek LLM 7B reports "7B" and no FFN width: weights 7·10⁹ × 2 bytes = 13.04 GiB in bf16
    const r = memoryRow(model('deepseek-llm-7b'), 4096, 1, 'bf16');
    expect(r.weights).toBe('13.04');
    expect(r.weightsTip).toContain('보고된 크기(공칭값) 7,000,000,000 × 2바이트(bf16) = 13.04 GiB');
  });
});
