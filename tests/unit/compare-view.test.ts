// src/lib/compare/view.ts: the view models of the /compare/ pages built from the site's comparison
// facts (content/data/compare/*.yaml, content/data/models.yaml): column order and units, one row
// per entry, the provenance of every cell (paper, released config, README, 계산값, 미검증, missing),
// the computed columns and their formulas and sort keys (the CSV: compare-csv.test.ts). Expected numbers are the YAML
// values or hand computations from them.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readContent } from '../../src/build/read-content.ts';
import { validateContent, type SiteContent } from '../../src/lib/content/validate.ts';
import type { CompareRow, CompareValue } from '../../src/lib/content/validate-compare.ts';
import {
  buildCompareTable,
  computeBudget,
  formatValue,
  type CompareInput,
  type CompareTableView,
} from '../../src/lib/compare/view.ts';
import { compareInput } from '../../src/lib/compare/from-content.ts';
import { siteContent } from '../../src/build/site-content.ts';
import { chartIds } from '../../src/charts/ids.ts';

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

// ---- the same content, read once per process by siteContent() -------------------------------------

const siteInput = compareInput(siteContent());
const archView = buildCompareTable(siteInput, 'architecture');
const trainingView = buildCompareTable(siteInput, 'training');

const col = (v: CompareTableView, key: string) => v.columns.findIndex((c) => c.key === key);
const cellOf = (v: CompareTableView, model: string, key: string) => {
  const row = v.rows.find((r) => r.id === model);
  if (!row) throw new Error(`no row ${model} on ${v.topic}`);
  const i = col(v, key);
  if (i < 0) throw new Error(`no column ${key} on ${v.topic}`);
  return row.cells[i]!;
};
/** The site's input with one row's cells changed. */
function withCells(topic: CompareRow['topic'], model: string, change: Record<string, Partial<CompareValue>>) {
  const rows = siteInput.rows.map((r) => {
    if (r.topic !== topic || r.model !== model) return r;
    const cells = { ...r.cells };
    for (const [k, v] of Object.entries(change)) cells[k] = { ...cells[k]!, ...v };
    return { ...r, cells };
  });
  return { ...siteInput, rows } satisfies CompareInput;
}
function withoutCell(topic: CompareRow['topic'], model: string, key: string): CompareInput {
  const rows = siteInput.rows.map((r) => {
    if (r.topic !== topic || r.model !== model) return r;
    const cells = { ...r.cells };
    delete cells[key];
    return { ...r, cells };
  });
  return { ...siteInput, rows };
}

describe('columns of a comparison page', () => {
  it('architecture: the reported fields in field order, then the three computed columns', () => {
    expect(archView.columns.map((c) => [c.key, c.group])).toEqual([
      ['params', 'reported'],
      ['layers', 'reported'],
      ['d_model', 'reported'],
      ['heads', 'reported'],
      ['kv_heads', 'reported'],
      ['ffn', 'reported'],
      ['vocab', 'reported'],
      ['context', 'reported'],
      ['train_tokens', 'reported'],
      ['position', 'reported'],
      ['norm', 'reported'],
      ['activation', 'reported'],
      ['tied', 'reported'],
      ['params_formula', 'derived'],
      ['kv_bf16', 'derived'],
      ['embedding_share', 'derived'],
    ]);
  });

  it('training: learning rate, schedule, batch, sequence length, tokens, then compute, η_opt and B_opt', () => {
    expect(trainingView.columns.map((c) => c.key)).toEqual([
      'lr',
      'schedule',
      'batch',
      'context',
      'train_tokens',
      'compute',
      'eta_opt',
      'b_opt',
    ]);
  });

  it('tokenizers: hides the lab tokenizer id and ends with the measured Korean tokens per character', () => {
    expect(buildCompareTable(siteInput, 'tokenizers').columns.map((c) => c.key)).toEqual([
      'vocab',
      'algorithm',
      'byte_fallback',
      'digits_split',
      'origin_vocab',
      'ko_tokens_per_char',
    ]);
  });

  it('alignment and long-context add no computed column', () => {
    for (const topic of ['alignment', 'long-context'] as const)
      expect(
        buildCompareTable(siteInput, topic).columns.every((c) => c.group === 'reported'),
        topic,
      ).toBe(true);
    expect(buildCompareTable(siteInput, 'long-context').columns.map((c) => c.key)).toEqual([
      'rope_base',
      'context',
      'pi',
      'ntk',
      'dynamic_ntk',
      'logn',
      'window',
      'longest_eval',
      'result',
    ]);
  });

  it('carries each column’s unit: B, tokens, T tokens, KiB, %, FLOPs; none where the field has none', () => {
    const units = (v: CompareTableView) =>
      Object.fromEntries(v.columns.filter((c) => c.unit).map((c) => [c.key, c.unit]));
    expect(units(archView)).toEqual({
      params: 'B',
      context: 'tokens',
      train_tokens: 'T tokens',
      params_formula: 'B',
      kv_bf16: 'KiB',
      embedding_share: '%',
    });
    expect(units(trainingView)).toEqual({
      batch: 'tokens',
      context: 'tokens',
      train_tokens: 'T tokens',
      compute: 'FLOPs',
      b_opt: 'tokens',
    });
    expect('unit' in trainingView.columns[col(trainingView, 'eta_opt')]!).toBe(false);
  });

  it('sorts text columns as text and every other column (numbers, yes/no) as numbers', () => {
    expect(archView.columns.filter((c) => !c.numeric).map((c) => c.key)).toEqual(['position', 'norm', 'activation']);
    expect(trainingView.columns.filter((c) => !c.numeric).map((c) => c.key)).toEqual(['schedule']);
  });
});

describe('rows of a comparison page', () => {
  it('one per entry of the topic, in the order of the files and entries', () => {
    expect(archView.rows.map((r) => r.id)).toEqual([
      'deepseek-llm-7b',
      'deepseek-llm-67b',
      'llama-2-7b',
      'llama-2-13b',
      'llama-2-34b',
      'llama-2-70b',
      'pangu-pi-1b',
      'pangu-pi-pro-1b',
      'pangu-pi-pro-1.5b',
      'qwen-1.8b',
      'qwen-7b',
      'qwen-14b',
    ]);
    expect(buildCompareTable(siteInput, 'long-context').rows.map((r) => r.id)).toEqual([
      'deepseek-llm-67b',
      'llama-2-70b',
      'qwen-7b',
      'qwen-14b',
    ]);
  });

  it('names a row by its label, else by the model’s name', () => {
    expect(buildCompareTable(siteInput, 'alignment').rows.map((r) => r.name)).toEqual([
      'DeepSeek LLM 67B Chat (DPO)',
      'Llama 2-Chat (70B 기준)',
      'Qwen-Chat (RLHF)',
    ]);
    expect(archView.rows.slice(0, 2).map((r) => r.name)).toEqual(['DeepSeek LLM 7B Base', 'DeepSeek LLM 67B Base']);
  });

  it('takes size and size class from the model catalogue: ≤3B xs, 3–15B s, 15–40B m, above l', () => {
    const size = (id: string) => archView.rows.filter((r) => r.id === id).map((r) => [r.params, r.sizeId])[0];
    expect(size('pangu-pi-pro-1.5b')).toEqual([1.5, 'xs']);
    expect(size('qwen-14b')).toEqual([14, 's']);
    expect(size('llama-2-34b')).toEqual([34, 'm']);
    expect(size('deepseek-llm-67b')).toEqual([67, 'l']);
  });

  it('lists the papers and size classes present, papers in row order and sizes smallest first', () => {
    const align = buildCompareTable(siteInput, 'alignment');
    expect(align.papers.map((p) => p.id)).toEqual(['deepseek-llm', 'llama-2', 'qwen']);
    expect(align.sizes).toEqual([
      { id: 's', label: '3–15B' },
      { id: 'l', label: '40B 초과' },
    ]);
    expect(buildCompareTable(siteInput, 'tokenizers').sizes.map((s) => s.id)).toEqual(['xs', 's']);
    expect(archView.sizes.map((s) => s.id)).toEqual(['xs', 's', 'm', 'l']);
  });
});

describe('reported cells', () => {
  it('print integers with separators, learning rates in scientific notation, trillions as written, yes/no', () => {
    expect(cellOf(archView, 'qwen-7b', 'vocab').text).toBe('151,851');
    expect(cellOf(trainingView, 'deepseek-llm-7b', 'lr').text).toBe('4.2×10⁻⁴');
    expect(cellOf(archView, 'pangu-pi-pro-1b', 'train_tokens').text).toBe('1.6');
    expect(cellOf(archView, 'llama-2-7b', 'tied').text).toBe('아니요');
    expect(cellOf(buildCompareTable(siteInput, 'tokenizers'), 'qwen-7b', 'digits_split').text).toBe('예');
  });

  it('sort by the value: numbers as numbers, yes/no as 1/0, text as text, missing as null', () => {
    expect(cellOf(trainingView, 'deepseek-llm-7b', 'lr').sort).toBe(4.2e-4);
    expect(cellOf(trainingView, 'deepseek-llm-7b', 'batch').sort).toBe(9_437_184);
    expect(cellOf(archView, 'llama-2-7b', 'tied').sort).toBe(0);
    expect(cellOf(buildCompareTable(siteInput, 'tokenizers'), 'qwen-7b', 'digits_split').sort).toBe(1);
    expect(cellOf(archView, 'qwen-7b', 'position').sort).toBe('RoPE (역주파수는 FP32)');
    expect(cellOf(archView, 'qwen-7b', 'kv_heads').sort).toBeNull();
  });

  it('a paper value names the paper and its table, then the value’s note', () => {
    expect(cellOf(archView, 'llama-2-70b', 'params')).toMatchObject({ kind: 'paper', tip: 'Llama 2 논문, Table 1' });
    expect(cellOf(archView, 'deepseek-llm-67b', 'kv_heads').tip).toBe(
      'DeepSeek LLM 논문, Table 2 · GQA. 67B는 FFN 폭 대신 깊이(95층)를 늘림(§2.2)',
    );
  });

  it('a README value says it is the authors’ README, not the paper', () => {
    expect(cellOf(archView, 'qwen-7b', 'vocab')).toMatchObject({
      kind: 'readme',
      tip: "저자 저장소 README: tech_memo.md (QwenLM/Qwen) (논문이 아닌 저자 공개 자료) · 논문은 '약 152K'",
    });
  });

  it('an unverified config value is marked 미검증 before its released-config source', () => {
    expect(cellOf(buildCompareTable(siteInput, 'long-context'), 'qwen-7b', 'rope_base')).toEqual({
      text: '10,000',
      sort: 10_000,
      kind: 'unverified',
      tip: '미검증 — 저자 공개 config·코드: 공개 config 사본 (Qwen-7B config.json) (논문이 아닌 저자 공개 자료)',
    });
  });

  it('a converted value shows the column’s unit and the conversion, then the note (Llama 2: 4 M tokens)', () => {
    expect(cellOf(trainingView, 'llama-2-7b', 'batch')).toEqual({
      text: '4,000,000',
      sort: 4_000_000,
      kind: 'paper',
      tip: 'Llama 2 논문, §2.2 · 변환: 4 M tokens = 4,000,000 tokens · 모든 크기에 같은 전역 배치',
    });
  });

  it('a value the entry does not give is "–" with 논문에 없음', () => {
    expect(cellOf(archView, 'deepseek-llm-7b', 'tied')).toEqual({
      text: '–',
      sort: null,
      kind: 'missing',
      tip: '논문에 없음',
    });
  });
});

describe('computed architecture cells', () => {
  it('count Llama 2 7B’s parameters from its config: 6,738,415,616 = 6.74B, sorted unrounded', () => {
    // 32 × (2·4096² + 2·4096·32·128 + 3·4096·11008 + 2·4096) + 4096 + 2·32000·4096
    const c = cellOf(archView, 'llama-2-7b', 'params_formula');
    expect(c).toMatchObject({ text: '6.74', sort: 6.738415616, kind: 'derived' });
    expect(c.tip).toBe(
      '계산값: 층수 32 × (Q·O 2·4,096² + K·V 2·4,096·32·128 + FFN 3·4,096·11,008 + norm 2·4,096) + 최종 norm 4,096 + 임베딩 2·32,000·4,096 = 6,738,415,616',
    );
  });

  it('KV cache per token in KiB with its formula: Llama 2 13B 2 × 40 × 40 × 128 × 2 B = 800 KiB', () => {
    expect(cellOf(archView, 'llama-2-13b', 'kv_bf16')).toEqual({
      text: '800',
      sort: 800,
      kind: 'derived',
      tip: '계산값: 2(K,V) × 층수 40 × KV 헤드 40 × 헤드 차원 128 (= 5,120÷40) × 2바이트 = 819,200 B = 800 KiB',
    });
    // DeepSeek LLM 7B: 2 × 30 × 32 × 128 × 2 B = 491,520 B
    expect(cellOf(archView, 'deepseek-llm-7b', 'kv_bf16').text).toBe('480');
  });

  it('embedding share from counted parameters: Llama 2 70B 2·32,000·8,192 ÷ 68,976,648,192 = 0.76%', () => {
    const c = cellOf(archView, 'llama-2-70b', 'embedding_share');
    expect(c.text).toBe('0.8');
    expect(c.sort).toBeCloseTo(0.76009, 5);
    expect(c.tip).toBe('계산값: 2 × 어휘 32,000 × d_model 8,192 ÷ 공식으로 센 파라미터 68,976,648,192 = 0.76%');
  });

  it('embedding share from the reported size when the shape is incomplete, marked approximate (Qwen-7B)', () => {
    // 2 × 151,851 × 4,096 ÷ 7×10⁹ = 17.77%
    expect(cellOf(archView, 'qwen-7b', 'embedding_share')).toMatchObject({
      text: '17.8',
      kind: 'derived',
      tip: '계산값: 2 × 어휘 151,851 × d_model 4,096 ÷ 보고된 크기 7B (반올림된 공칭값이라 근사) = 17.77%',
    });
  });

  it('name the inputs the paper lacks when a computed cell is empty (Llama 2 34B gives only its KV heads)', () => {
    const why = (key: string) => cellOf(archView, 'llama-2-34b', key);
    expect(why('params_formula')).toMatchObject({
      text: '–',
      kind: 'missing',
      tip: '계산에 필요한 값이 논문에 없음: 층수, d_model, 헤드, FFN 폭, 어휘, 임베딩 공유 여부',
    });
    expect(why('kv_bf16').tip).toBe('계산에 필요한 값이 논문에 없음: 층수, d_model, 헤드');
    expect(why('embedding_share').tip).toBe('계산에 필요한 값이 논문에 없음: 어휘, d_model, 임베딩 공유 여부');
  });

  it('an unverified input makes only the computations that use it 미검증', () => {
    const v = buildCompareTable(withCells('architecture', 'llama-2-70b', { ffn: { verified: false } }), 'architecture');
    expect(cellOf(v, 'llama-2-70b', 'params_formula').kind).toBe('unverified');
    expect(cellOf(v, 'llama-2-70b', 'params_formula').tip).toMatch(/ = 68,976,648,192 · 미검증 값이 들어간 계산$/);
    expect(cellOf(v, 'llama-2-70b', 'kv_bf16').kind).toBe('derived'); // the KV cache does not use the FFN width
    // in the site's content: DeepSeek 67B's unverified FFN width leaves its KV cache verified
    expect(cellOf(archView, 'deepseek-llm-67b', 'kv_bf16').kind).toBe('derived');
  });
});

describe('computed training cells', () => {
  it('training compute C = M·D: DeepSeek LLM 7B (72·30·4096² + 12·30·4096·4096) × 2T = 8.46×10²² FLOPs', () => {
    // M = 42,278,584,320 FLOPs per token
    expect(cellOf(trainingView, 'deepseek-llm-7b', 'compute')).toEqual({
      text: '8.46×10²²',
      sort: 8.455716864e22,
      kind: 'derived',
      tip: '계산값: M = 72·30·4,096² + 12·30·4,096·4,096 = 4.23×10¹⁰ FLOPs/토큰, C = M × D(2T 토큰) = 8.46×10²²',
    });
  });

  it('training B_opt = 0.2920 · C^0.3271 in tokens, η_opt = 0.3118 · C^−0.125 (DeepSeek LLM 7B)', () => {
    expect(cellOf(trainingView, 'deepseek-llm-7b', 'b_opt')).toMatchObject({ text: '9,222,608', kind: 'derived' });
    expect(cellOf(trainingView, 'deepseek-llm-7b', 'b_opt').tip).toMatch(
      /^계산값: B_opt = 0\.2920 · C\^0\.3271 = 9,222,608 토큰 — /,
    );
    expect(cellOf(trainingView, 'deepseek-llm-7b', 'eta_opt').text).toBe('4.25×10⁻⁴');
  });

  it('training rows take the sequence length from the architecture row when they give none (PanGu-π Pro 1B)', () => {
    // 72·21·1792² + 12·21·1792·2048 = 5,780,275,200 FLOPs per token × 1.6T tokens
    expect(cellOf(trainingView, 'pangu-pi-pro-1b', 'compute').sort).toBe(9.24844032e21);
  });

  it('training rows’ own sequence length wins over the architecture row’s', () => {
    const archRow = siteInput.rows.find((r) => r.topic === 'architecture' && r.model === 'llama-2-7b')!;
    const trainRow = siteInput.rows.find((r) => r.topic === 'training' && r.model === 'llama-2-7b')!;
    const shorter = { ...trainRow, cells: { ...trainRow.cells, context: { ...trainRow.cells.context!, value: 2048 } } };
    // 72·32·4096² + 12·32·4096·2048 = 41,875,931,136 FLOPs per token × 2T tokens
    expect(computeBudget(archRow, shorter)?.value).toBe(8.3751862272e22);
    expect(computeBudget(archRow, trainRow)?.value).toBe(9.0194313216e22);
  });

  it('training rows without an architecture row, or without its layers, compute nothing and say why', () => {
    for (const model of ['llama-7b', 'llama-2-34b'])
      expect(
        ['compute', 'eta_opt', 'b_opt'].map((k) => [
          cellOf(trainingView, model, k).kind,
          cellOf(trainingView, model, k).tip,
        ]),
        model,
      ).toEqual([
        ['missing', '층수·d_model·시퀀스 길이·학습 토큰 중 논문에 없는 값이 있어 계산할 수 없음'],
        ['missing', '연산 예산을 계산할 수 없음'],
        ['missing', '연산 예산을 계산할 수 없음'],
      ]);
  });

  it('training compute with an unverified input is 미검증, and so are η_opt and B_opt', () => {
    const v = buildCompareTable(withCells('training', 'qwen-7b', { train_tokens: { verified: false } }), 'training');
    expect(['compute', 'eta_opt', 'b_opt'].map((k) => cellOf(v, 'qwen-7b', k).kind)).toEqual([
      'unverified',
      'unverified',
      'unverified',
    ]);
    const noTokens = buildCompareTable(withoutCell('training', 'qwen-7b', 'train_tokens'), 'training');
    expect(cellOf(noTokens, 'qwen-7b', 'compute').kind).toBe('missing');
  });
});

describe('the measured Korean tokens per character (tokenizers page)', () => {
  const calls: string[] = [];
  const v = buildCompareTable(siteInput, 'tokenizers', (lab) => {
    calls.push(lab);
    return lab === 'qwen' ? { tokens: 150, chars: 100 } : undefined;
  });

  it('asks the measure for each row’s lab tokenizer only', () => {
    expect(calls).toEqual(['llama2', 'qwen']);
  });

  it('divides tokens by characters to three decimals, with the counts and the row’s lab note', () => {
    expect(cellOf(v, 'qwen-7b', 'ko_tokens_per_char')).toEqual({
      text: '1.500',
      sort: 1.5,
      kind: 'derived',
      tip: '계산값: 이 사이트의 한국어 샘플 100글자 → 토큰 150개 (빌드 때 토크나이저 실행): 150 ÷ 100 · 실측은 Qwen의 151,643 BPE 어휘를 그대로 쓰는 Qwen3 토크나이저 패키지로 함',
    });
  });

  it('leaves the cell empty, saying why, when the tokenizer was not measured or the row has none', () => {
    const why = '이 토크나이저는 이 사이트에서 실행할 수 없어 논문 보고값만 표시';
    expect(cellOf(v, 'llama-2-7b', 'ko_tokens_per_char')).toMatchObject({ kind: 'missing', tip: why });
    expect(cellOf(v, 'deepseek-llm-7b', 'ko_tokens_per_char')).toMatchObject({ kind: 'missing', tip: why });
    expect(cellOf(buildCompareTable(siteInput, 'tokenizers'), 'qwen-7b', 'ko_tokens_per_char').kind).toBe('missing');
  });
});

describe('formatValue', () => {
  it('prints yes/no in Korean, text as written, integers with separators, sci and plain numbers', () => {
    expect(formatValue(true)).toBe('예');
    expect(formatValue(false)).toBe('아니요');
    expect(formatValue('RoPE')).toBe('RoPE');
    expect(formatValue(22016, { format: 'int' })).toBe('22,016');
    expect(formatValue(1.5e-4, { format: 'sci' })).toBe('1.5×10⁻⁴');
    expect(formatValue(102400, { format: 'plain' })).toBe('102400');
    expect(formatValue(102400)).toBe('102400');
  });
});
