// Series for the /compare/ charts, computed from the comparison view models so each chart
// shows exactly the numbers (and provenance) of its page's table.
import type { SiteContent } from '../lib/content/validate.ts';
import type { Series } from '../lib/content/schema.ts';
import { compareTable } from '../build/compare-tables.ts';
import type { CompareTableView, RowView } from '../lib/compare/view.ts';
import type { EntryTopic } from '../lib/compare/fields.ts';

function series(id: string, title: string, x: string, y: string, lines: Series['lines']): Series {
  return {
    id,
    title,
    paper: 'compare',
    source: { table: '비교 표 (계산값 포함)', version: 'build' },
    kind: 'derived',
    verified: true,
    x: { label: x, unit: '' },
    y: { label: y, unit: '' },
    lines: lines.filter((l) => l.points.length > 0),
  };
}

function numberAt(view: CompareTableView, row: RowView, key: string): number | undefined {
  const i = view.columns.findIndex((c) => c.key === key);
  const cell = row.cells[i];
  return cell && cell.kind !== 'missing' && typeof cell.sort === 'number' ? cell.sort : undefined;
}

function points(view: CompareTableView, key: string, scale = 1, rows = view.rows): Array<[string, number]> {
  return rows.flatMap((r) => {
    const v = numberAt(view, r, key);
    return v === undefined ? [] : [[r.name, Number((v * scale).toPrecision(6))] as [string, number]];
  });
}

const table = (c: SiteContent, t: EntryTopic) => compareTable(c, t);

export function kvCacheSeries(c: SiteContent): Series {
  const v = table(c, 'architecture');
  const at = (mha: boolean) =>
    v.rows.flatMap((r) => {
      const kv = numberAt(v, r, 'kv_bf16');
      const heads = numberAt(v, r, 'heads');
      const kvHeads = numberAt(v, r, 'kv_heads');
      const size = numberAt(v, r, 'params_formula') ?? numberAt(v, r, 'params');
      if (
        kv === undefined ||
        size === undefined ||
        heads === undefined ||
        kvHeads === undefined ||
        (kvHeads === heads) !== mha
      )
        return [];
      return [[Number(size.toFixed(2)), kv] as [number, number]];
    });
  return series('compare-kv-cache', '모델 크기와 토큰당 KV 캐시 (bf16)', '파라미터 (B)', '토큰당 KV 캐시 (KiB, bf16)', [
    { id: 'mha', label: 'MHA (KV 헤드 = 헤드)', points: at(true) },
    { id: 'gqa', label: 'GQA (KV 헤드 < 헤드)', points: at(false) },
  ]);
}

export function embeddingShareSeries(c: SiteContent): Series {
  const v = table(c, 'architecture');
  return series('compare-architecture', '임베딩·출력층이 차지하는 파라미터 비중', '모델', '임베딩 비중 (%)', [
    { id: 'share', label: '임베딩 비중', points: points(v, 'embedding_share') },
  ]);
}

export function alignmentLrSeries(c: SiteContent): Series {
  const v = table(c, 'alignment');
  const stages: Array<[string, string]> = [
    ['sft_lr', 'SFT'],
    ['rm_lr', '보상 모델'],
    ['rl_lr', 'RL·DPO'],
  ];
  return series(
    'compare-alignment',
    '정렬 단계별 학습률',
    '단계',
    '학습률 (×10⁻⁶)',
    v.rows.map((r, i) => ({
      id: `recipe-${i}`,
      label: r.name,
      points: stages.flatMap(([key, label]) => {
        const x = numberAt(v, r, key);
        return x === undefined ? [] : [[label, Number((x * 1e6).toPrecision(6))] as [string, number]];
      }),
    })),
  );
}

export function longContextSeries(c: SiteContent): Series {
  const v = table(c, 'long-context');
  return series('compare-long-context', '학습 길이와 보고된 최장 평가 길이', '모델', '토큰', [
    { id: 'train', label: '학습 길이', points: points(v, 'context') },
    { id: 'longest', label: '보고된 최장 평가 길이', points: points(v, 'longest_eval') },
  ]);
}

export function tokenizerSeries(c: SiteContent): Series {
  const v = table(c, 'tokenizers');
  return series(
    'compare-tokenizers',
    '한국어 샘플의 글자당 토큰 수 (실측)',
    '토크나이저',
    '글자당 토큰 (낮을수록 적게 쪼갬)',
    [{ id: 'ko', label: '한국어 글자당 토큰', points: points(v, 'ko_tokens_per_char') }],
  );
}

export function trainingLrSeries(c: SiteContent): Series {
  const v = table(c, 'training');
  const rows = v.rows.filter((r) => numberAt(v, r, 'eta_opt') !== undefined);
  return series('compare-training', '사용한 최대 학습률과 DeepSeek 식의 η_opt (외삽)', '모델', '학습률 (×10⁻⁴)', [
    { id: 'used', label: '사용한 최대 학습률', points: points(v, 'lr', 1e4, rows) },
    { id: 'eta', label: 'η_opt (DeepSeek 식 1 외삽)', points: points(v, 'eta_opt', 1e4, rows) },
  ]);
}
