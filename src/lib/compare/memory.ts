// The memory calculator's models and rows: which models it can compute (parameters and
// KV cache known) and the text of each result with its formula. Shared by the build-time
// table and the browser script, so both print the same thing.
import { GIB, inferenceMemory, PRECISION_BYTES, type Precision } from '../model-math.ts';
import type { CompareRow } from '../content/validate-compare.ts';
import { archNumbers } from './view.ts';

export interface MemoryModel {
  id: string;
  name: string;
  /** Parameters used for the weights: counted from the config, else the reported size. */
  params: number;
  paramsSource: string;
  /** KV cache per token at one byte per value (multiply by the precision's bytes). */
  kvPerTokenAtOneByte: number;
  kvFormula: string;
  gqa: boolean;
}

export function memoryModels(rows: readonly CompareRow[], names: ReadonlyMap<string, string>): MemoryModel[] {
  return rows
    .filter((r) => r.topic === 'architecture')
    .flatMap((r) => {
      const a = archNumbers(r);
      const reported =
        r.cells.params && typeof r.cells.params.value === 'number' ? r.cells.params.value * 1e9 : undefined;
      const params = a.paramsFormula?.value ?? reported;
      if (!a.kvPerTokenAtOneByte || params === undefined) return [];
      return [
        {
          id: r.model,
          name: r.label ?? names.get(r.model) ?? r.model,
          params,
          paramsSource: a.paramsFormula ? '설정값으로 센 파라미터' : '보고된 크기(공칭값)',
          kvPerTokenAtOneByte: a.kvPerTokenAtOneByte.value,
          kvFormula: a.kvPerTokenAtOneByte.formula,
          gqa: !a.kvPerTokenAtOneByte.mha,
        },
      ];
    });
}

export interface MemoryRowText {
  id: string;
  name: string;
  weights: string;
  kv: string;
  total: string;
  weightsTip: string;
  kvTip: string;
  totalTip: string;
}

const gib = (b: number) => (b / GIB).toFixed(2);
const n = (v: number) => v.toLocaleString('en-US');

export function memoryRow(m: MemoryModel, context: number, batch: number, precision: Precision): MemoryRowText {
  const r = inferenceMemory(m.params, m.kvPerTokenAtOneByte, context, batch, precision);
  const bytes = PRECISION_BYTES[precision];
  const perToken = m.kvPerTokenAtOneByte * bytes;
  return {
    id: m.id,
    name: m.name,
    weights: gib(r.weightsBytes),
    kv: gib(r.kvBytes),
    total: gib(r.totalBytes),
    weightsTip: `계산값: ${m.paramsSource} ${n(Math.round(m.params))} × ${bytes}바이트(${precision}) = ${gib(r.weightsBytes)} GiB`,
    kvTip: `계산값: 토큰당 ${n(perToken)} B (${m.kvFormula.replace(/ × 2바이트.*$/, ` × ${bytes}바이트`)}) × 컨텍스트 ${n(context)} × 배치 ${n(batch)} = ${gib(r.kvBytes)} GiB`,
    totalTip: `계산값: 가중치 ${gib(r.weightsBytes)} + KV 캐시 ${gib(r.kvBytes)} GiB (활성값·프레임워크 여유분 제외)`,
  };
}
