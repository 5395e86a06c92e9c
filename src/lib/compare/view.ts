// View models of the /compare/ pages: one row per (topic, model) entry of
// content/data/compare/*.yaml, one column per field plus computed columns. Every cell carries
// its provenance (paper table, released config, README, 계산값 with formula, 미검증, or
// missing = "논문에 없음") so the page, the CSV and the charts say the same thing.
import type { Model, Paper } from '../content/schema.ts';
import type { CompareRow, CompareValue } from '../content/validate-compare.ts';
import { TOPICS, type EntryTopic, type FieldSpec } from './fields.ts';
import { embeddingShare, headDim, kvBytesPerToken, paramsFromShape, KIB } from '../model-math.ts';
import { flopsPerToken, scalingAt } from '../scaling-laws.ts';
import { sizeBucket, SIZE_BUCKETS } from '../table.ts';
import { sci } from '../format.ts';

export type CellKind = 'paper' | 'config' | 'readme' | 'derived' | 'unverified' | 'missing';

export interface CellView {
  text: string;
  /** Sort key: a number for numeric columns, text otherwise, null when missing. */
  sort: number | string | null;
  kind: CellKind;
  /** Source, formula or "논문에 없음": shown on hover and focus. */
  tip: string;
}

export interface ColumnView {
  key: string;
  label: string;
  unit?: string;
  numeric: boolean;
  group: 'reported' | 'derived';
}

export interface RowView {
  /** Anchor on the page: the model id. */
  id: string;
  name: string;
  paper: Paper;
  params: number | null;
  sizeId: string;
  cells: CellView[];
}

export interface CompareTableView {
  topic: EntryTopic;
  columns: ColumnView[];
  rows: RowView[];
  papers: Paper[];
  sizes: Array<{ id: string; label: string }>;
}

export interface CompareInput {
  rows: readonly CompareRow[];
  models: ReadonlyMap<string, Model>;
  papers: ReadonlyMap<string, Paper>;
}

/** Tokens and characters of the Korean sample for a lab tokenizer (measured at build time). */
export type KoreanMeasure = (labTokenizer: string) => { tokens: number; chars: number } | undefined;

export const MISSING_TIP = '논문에 없음';
const ORIGIN_LABEL = { paper: '', config: '저자 공개 config·코드', readme: '저자 저장소 README' } as const;

export function formatValue(v: number | string | boolean, field?: Pick<FieldSpec, 'format'>): string {
  if (typeof v === 'boolean') return v ? '예' : '아니요';
  if (typeof v === 'string') return v;
  if (field?.format === 'sci') return sci(v);
  if (field?.format === 'int') return v.toLocaleString('en-US');
  return String(v);
}

function missing(why = MISSING_TIP): CellView {
  return { text: '–', sort: null, kind: 'missing', tip: why };
}

function sourceTip(paper: Paper, c: CompareValue): string {
  const origin = ORIGIN_LABEL[c.origin];
  const where =
    c.origin === 'paper' ? `${paper.shortTitle}, ${c.source}` : `${origin}: ${c.source} (논문이 아닌 저자 공개 자료)`;
  return [c.verified ? where : `미검증 — ${where}`, c.conversion ? `변환: ${c.conversion}` : '', c.note ?? '']
    .filter(Boolean)
    .join(' · ');
}

export function valueCell(paper: Paper, c: CompareValue | undefined, field: FieldSpec): CellView {
  if (!c) return missing();
  return {
    text: formatValue(c.value, field),
    sort: typeof c.value === 'number' ? c.value : typeof c.value === 'boolean' ? (c.value ? 1 : 0) : c.value,
    kind: c.verified ? c.origin : 'unverified',
    tip: sourceTip(paper, c),
  };
}

function derived(value: number, text: string, formula: string, inputsVerified: boolean): CellView {
  return {
    text,
    sort: value,
    kind: inputsVerified ? 'derived' : 'unverified',
    tip: `계산값: ${formula}${inputsVerified ? '' : ' · 미검증 값이 들어간 계산'}`,
  };
}

const n = (v: number) => v.toLocaleString('en-US');

function num(r: CompareRow | undefined, key: string): { v: number; ok: boolean } | undefined {
  const c = r?.cells[key];
  return c && typeof c.value === 'number' ? { v: c.value, ok: c.verified } : undefined;
}

/** Architecture computations for one model (also used by the memory calculator and charts). */
export interface ArchNumbers {
  paramsFormula?: { value: number; formula: string; verified: boolean };
  kvPerTokenAtOneByte?: { value: number; formula: string; verified: boolean; mha: boolean };
  embeddingShare?: { value: number; formula: string; verified: boolean };
  /** Why a computed column is empty. */
  why: { params: string; kv: string; share: string };
}

export function archNumbers(r: CompareRow): ArchNumbers {
  const g = (k: string) => num(r, k);
  const layers = g('layers'),
    d = g('d_model'),
    heads = g('heads'),
    kv = g('kv_heads'),
    ffn = g('ffn'),
    vocab = g('vocab');
  const tiedCell = r.cells.tied;
  const tied =
    tiedCell && typeof tiedCell.value === 'boolean' ? { v: tiedCell.value, ok: tiedCell.verified } : undefined;
  const reported = g('params');
  const out: ArchNumbers = { why: { params: '', kv: '', share: '' } };
  const lack = (names: Array<[string, unknown]>) => names.filter(([, v]) => v === undefined).map(([k]) => k);

  const pMissing = lack([
    ['층수', layers],
    ['d_model', d],
    ['헤드', heads],
    ['KV 헤드', kv],
    ['FFN 폭', ffn],
    ['어휘', vocab],
    ['임베딩 공유 여부', tied],
  ]);
  if (pMissing.length === 0) {
    const hd = headDim(d!.v, heads!.v);
    const value = paramsFromShape({
      layers: layers!.v,
      dModel: d!.v,
      heads: heads!.v,
      kvHeads: kv!.v,
      ffn: ffn!.v,
      vocab: vocab!.v,
      tied: tied!.v,
    });
    out.paramsFormula = {
      value,
      verified: [layers, d, heads, kv, ffn, vocab, tied].every((x) => x!.ok),
      formula: `층수 ${n(layers!.v)} × (Q·O 2·${n(d!.v)}² + K·V 2·${n(d!.v)}·${kv!.v}·${hd} + FFN 3·${n(d!.v)}·${n(ffn!.v)} + norm 2·${n(d!.v)}) + 최종 norm ${n(d!.v)} + 임베딩 ${tied!.v ? '' : '2·'}${n(vocab!.v)}·${n(d!.v)} = ${n(value)}`,
    };
  } else out.why.params = `계산에 필요한 값이 논문에 없음: ${pMissing.join(', ')}`;

  const kvMissing = lack([
    ['층수', layers],
    ['KV 헤드', kv],
    ['d_model', d],
    ['헤드', heads],
  ]);
  if (kvMissing.length === 0) {
    const hd = headDim(d!.v, heads!.v);
    const value = kvBytesPerToken(layers!.v, kv!.v, hd, 1);
    out.kvPerTokenAtOneByte = {
      value,
      mha: kv!.v === heads!.v,
      verified: [layers, kv, d, heads].every((x) => x!.ok),
      formula: `2(K,V) × 층수 ${layers!.v} × KV 헤드 ${kv!.v} × 헤드 차원 ${hd} (= ${n(d!.v)}÷${heads!.v}) × 2바이트 = ${n(value * 2)} B = ${n((value * 2) / KIB)} KiB`,
    };
  } else out.why.kv = `계산에 필요한 값이 논문에 없음: ${kvMissing.join(', ')}`;

  const total = out.paramsFormula?.value ?? (reported ? reported.v * 1e9 : undefined);
  const sMissing = lack([
    ['어휘', vocab],
    ['d_model', d],
    ['임베딩 공유 여부', tied],
    ['파라미터 수', total],
  ]);
  if (sMissing.length === 0) {
    const value = embeddingShare(vocab!.v, d!.v, tied!.v, total!);
    const base = out.paramsFormula
      ? `공식으로 센 파라미터 ${n(total!)}`
      : `보고된 크기 ${reported!.v}B (반올림된 공칭값이라 근사)`;
    out.embeddingShare = {
      value,
      verified: [vocab, d, tied].every((x) => x!.ok) && (out.paramsFormula?.verified ?? reported!.ok),
      formula: `${tied!.v ? '' : '2 × '}어휘 ${n(vocab!.v)} × d_model ${n(d!.v)} ÷ ${base} = ${(value * 100).toFixed(2)}%`,
    };
  } else out.why.share = `계산에 필요한 값이 논문에 없음: ${sMissing.join(', ')}`;
  return out;
}

/** DeepSeek's compute budget C = M·D for a model, from its architecture and training rows. */
export function computeBudget(
  arch: CompareRow | undefined,
  train: CompareRow,
): { value: number; formula: string; verified: boolean } | undefined {
  const layers = num(arch, 'layers'),
    d = num(arch, 'd_model');
  const seq = num(train, 'context') ?? num(arch, 'context');
  const tokens = num(train, 'train_tokens');
  if (!layers || !d || !seq || !tokens) return undefined;
  const m = flopsPerToken(layers.v, d.v, seq.v);
  const value = m * tokens.v * 1e12;
  return {
    value,
    verified: [layers, d, seq, tokens].every((x) => x.ok),
    formula: `M = 72·${layers.v}·${n(d.v)}² + 12·${layers.v}·${n(d.v)}·${n(seq.v)} = ${sci(m)} FLOPs/토큰, C = M × D(${tokens.v}T 토큰) = ${sci(value)}`,
  };
}

function papersAndSizes(rows: RowView[]) {
  const papers = [...new Map(rows.map((r) => [r.paper.id, r.paper])).values()];
  const present = new Set(rows.map((r) => r.sizeId));
  const sizes = [...SIZE_BUCKETS, { id: 'na', label: '규모 비공개' }]
    .filter((b) => present.has(b.id))
    .map((b) => ({ id: b.id, label: b.label }));
  return { papers, sizes };
}

export function topicRows(input: CompareInput, topic: EntryTopic): CompareRow[] {
  return input.rows.filter((r) => r.topic === topic);
}

/** The computed columns each topic adds after the reported ones. */
const DERIVED_COLUMNS: Partial<Record<EntryTopic, ColumnView[]>> = {
  architecture: [
    { key: 'params_formula', label: '공식으로 센 파라미터', unit: 'B', numeric: true, group: 'derived' },
    { key: 'kv_bf16', label: '토큰당 KV 캐시 (fp16/bf16)', unit: 'KiB', numeric: true, group: 'derived' },
    { key: 'embedding_share', label: '임베딩 비중', unit: '%', numeric: true, group: 'derived' },
  ],
  training: [
    { key: 'compute', label: '연산 예산 C = M·D', unit: 'FLOPs', numeric: true, group: 'derived' },
    { key: 'eta_opt', label: 'η_opt (DeepSeek 식 외삽)', numeric: true, group: 'derived' },
    { key: 'b_opt', label: 'B_opt (DeepSeek 식 외삽)', unit: 'tokens', numeric: true, group: 'derived' },
  ],
  tokenizers: [{ key: 'ko_tokens_per_char', label: '한국어 글자당 토큰 (실측)', numeric: true, group: 'derived' }],
};

function architectureCells(r: CompareRow): CellView[] {
  const a = archNumbers(r);
  const p = a.paramsFormula;
  const kv = a.kvPerTokenAtOneByte;
  const share = a.embeddingShare;
  return [
    p ? derived(p.value / 1e9, (p.value / 1e9).toFixed(2), p.formula, p.verified) : missing(a.why.params),
    kv ? derived((kv.value * 2) / KIB, n((kv.value * 2) / KIB), kv.formula, kv.verified) : missing(a.why.kv),
    share
      ? derived(share.value * 100, (share.value * 100).toFixed(1), share.formula, share.verified)
      : missing(a.why.share),
  ];
}

function trainingCells(arch: CompareRow | undefined, r: CompareRow): CellView[] {
  const c = computeBudget(arch, r);
  if (!c)
    return [
      missing('층수·d_model·시퀀스 길이·학습 토큰 중 논문에 없는 값이 있어 계산할 수 없음'),
      missing('연산 예산을 계산할 수 없음'),
      missing('연산 예산을 계산할 수 없음'),
    ];
  const s = scalingAt(c.value);
  const note = 'DeepSeek LLM 식 1을 이 모델의 연산 예산에 대입한 외삽값이며, 이 모델 논문의 주장이 아님';
  return [
    derived(c.value, sci(c.value), c.formula, c.verified),
    derived(
      s.etaOpt,
      sci(s.etaOpt),
      `η_opt = 0.3118 · C^−0.1250 = 0.3118 · (${sci(c.value)})^−0.125 = ${sci(s.etaOpt)} — ${note}`,
      c.verified,
    ),
    derived(
      s.batchOpt,
      n(Math.round(s.batchOpt)),
      `B_opt = 0.2920 · C^0.3271 = ${n(Math.round(s.batchOpt))} 토큰 — ${note}`,
      c.verified,
    ),
  ];
}

function tokenizerCells(r: CompareRow, measure: KoreanMeasure | undefined): CellView[] {
  const lab = r.cells.lab;
  const m = lab && measure ? measure(String(lab.value)) : undefined;
  if (!m) return [missing('이 토크나이저는 이 사이트에서 실행할 수 없어 논문 보고값만 표시')];
  const how = `이 사이트의 한국어 샘플 ${n(m.chars)}글자 → 토큰 ${n(m.tokens)}개 (빌드 때 토크나이저 실행)`;
  const formula = `${how}: ${n(m.tokens)} ÷ ${n(m.chars)}${lab?.note ? ` · ${lab.note}` : ''}`;
  return [derived(m.tokens / m.chars, (m.tokens / m.chars).toFixed(3), formula, true)];
}

export function buildCompareTable(input: CompareInput, topic: EntryTopic, measure?: KoreanMeasure): CompareTableView {
  const fields = TOPICS[topic].fields.filter((f) => f.key !== 'lab');
  const columns: ColumnView[] = fields.map((f) => ({
    key: f.key,
    label: f.label,
    ...(f.unit ? { unit: f.unit } : {}),
    numeric: f.type !== 'text',
    group: 'reported' as const,
  }));
  const archByModel = new Map(topicRows(input, 'architecture').map((r) => [r.model, r]));
  const derivedCells = (r: CompareRow): CellView[] =>
    topic === 'architecture'
      ? architectureCells(r)
      : topic === 'training'
        ? trainingCells(archByModel.get(r.model), r)
        : topic === 'tokenizers'
          ? tokenizerCells(r, measure)
          : [];
  const rows: RowView[] = topicRows(input, topic).map((r) => {
    const paper = input.papers.get(r.paper)!;
    const model = input.models.get(r.model)!;
    return {
      id: r.model,
      name: r.label ?? model.name,
      paper,
      params: model.params,
      sizeId: sizeBucket(model.params).id,
      cells: [...fields.map((f) => valueCell(paper, r.cells[f.key], f)), ...derivedCells(r)],
    };
  });
  return { topic, columns: [...columns, ...(DERIVED_COLUMNS[topic] ?? [])], rows, ...papersAndSizes(rows) };
}
