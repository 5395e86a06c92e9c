// src/charts/tokenizer-measured.ts: the measured tokenizer chart's series, each tokenizer's token count of every sample text relative to cl100k.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { siteContent } from '../../src/build/site-content.ts';
import { nodeTokenizers } from '../../src/build/tokenizers-node.ts';
import type { TokenizerCounts } from '../../src/build/tokenizer-counts.ts';
import type { SiteContent } from '../../src/lib/content/validate.ts';

// The counts come from a stand-in for src/build/tokenizer-counts.ts, given per content object: the
// tests choose the counts, and nothing is read from or written to the build's export cache.
const given = new Map<SiteContent, TokenizerCounts>();
const asked: SiteContent[] = [];
let measuredTokenizerData: typeof import('../../src/charts/tokenizer-measured.ts').measuredTokenizerData;

beforeAll(async () => {
  // a fresh copy of the chart module bound to the stand-in (test files share the module registry)
  vi.resetModules();
  vi.doMock('../../src/build/tokenizer-counts.ts', () => ({
    tokenizerCounts: (c: SiteContent) => {
      asked.push(c);
      const counts = given.get(c);
      if (!counts) throw new Error('test: no counts given for this content');
      return counts;
    },
  }));
  ({ measuredTokenizerData } = await import('../../src/charts/tokenizer-measured.ts'));
});
afterAll(() => {
  vi.doUnmock('../../src/build/tokenizer-counts.ts');
  vi.resetModules();
});

const LAB = [
  { id: 'llama2', label: 'Llama 2' },
  { id: 'qwen', label: 'Qwen' },
  { id: 'cl100k', label: 'GPT-3.5/4 (cl100k)' },
];

/** A content object of its own (the chart memoises per content) with the given counts. */
function contentWith(counts: TokenizerCounts): SiteContent {
  const c = { ...siteContent() };
  given.set(c, counts);
  return c;
}

describe('the measured tokenizer series', () => {
  const counts: TokenizerCounts = {
    tokenizers: LAB,
    samples: [
      { sample: '한국어', counts: { llama2: 300, qwen: 120, cl100k: 200 } },
      { sample: '영어', counts: { llama2: 100, qwen: 100, cl100k: 100 } },
      { sample: '코드', counts: { llama2: 2, qwen: 1, cl100k: 3 } },
    ],
  };

  it('draws one line per tokenizer other than cl100k, in lab order, named by the tokenizer', () => {
    const { series } = measuredTokenizerData(contentWith(counts));
    expect(series.lines.map((l) => [l.id, l.label])).toEqual([
      ['llama2', 'Llama 2'],
      ['qwen', 'Qwen'],
    ]);
  });

  it('gives each sample the tokenizer’s tokens divided by cl100k’s, to three decimals', () => {
    const { series } = measuredTokenizerData(contentWith(counts));
    // 300/200 = 1.5, 100/100 = 1, 2/3 = 0.667; 120/200 = 0.6, 1/3 = 0.333
    expect(series.lines[0]!.points).toEqual([
      ['한국어', 1.5],
      ['영어', 1],
      ['코드', 0.667],
    ]);
    expect(series.lines[1]!.points).toEqual([
      ['한국어', 0.6],
      ['영어', 1],
      ['코드', 0.333],
    ]);
  });

  it('measures against cl100k wherever it stands in the lab order', () => {
    const { series } = measuredTokenizerData(
      contentWith({
        tokenizers: [LAB[2]!, LAB[1]!],
        samples: [{ sample: '중국어', counts: { cl100k: 134, qwen: 79 } }],
      }),
    );
    expect(series.lines.map((l) => l.id)).toEqual(['qwen']);
    expect(series.lines[0]!.points).toEqual([['중국어', 0.59]]); // 79 / 134 = 0.5896 → 0.590
  });

  it('is a derived Qwen series over the sample languages, its axis title naming the cl100k = 1 baseline', () => {
    const { series } = measuredTokenizerData(contentWith(counts));
    expect(series.id).toBe('tokenizer-measured');
    expect(series.paper).toBe('qwen');
    expect(series.kind).toBe('derived');
    expect(series.x.label).toBe('샘플 언어');
    expect(series.y.label).toBe('토큰 수 비율 (cl100k = 1, 낮을수록 적음)');
  });

  it('refuses a sample without a count, or with no cl100k tokens, instead of drawing a NaN point', () => {
    const broken = (samples: TokenizerCounts['samples']) => () =>
      measuredTokenizerData(contentWith({ tokenizers: LAB, samples }));
    expect(broken([{ sample: '한국어', counts: { llama2: 3, qwen: 2, cl100k: 0 } }])).toThrow(
      'tokenizer-measured: sample "한국어" has no cl100k (or 0) token count',
    );
    expect(broken([{ sample: '영어', counts: { qwen: 2, cl100k: 4 } }])).toThrow(
      'tokenizer-measured: sample "영어" has no llama2 token count',
    );
  });

  it('hands the raw counts on unchanged for the chart’s data table', () => {
    expect(measuredTokenizerData(contentWith(counts)).counts).toEqual(counts.samples);
  });

  it('measures once per content object, and again for new content', () => {
    const c = contentWith(counts);
    const before = asked.length;
    const first = measuredTokenizerData(c);
    expect(measuredTokenizerData(c)).toBe(first);
    expect(asked.length - before).toBe(1);
    const next = contentWith({ ...counts, samples: counts.samples.slice(0, 1) });
    expect(measuredTokenizerData(next).series.lines[0]!.points).toEqual([['한국어', 1.5]]);
    expect(asked.length - before).toBe(2);
  });
});

describe('the site’s own measurement', () => {
  let series: ReturnType<typeof measuredTokenizerData>['series'];
  beforeAll(() => {
    // the lab tokenizers' real counts of content/data/tokenizer-samples.yaml, measured here directly
    const toks = nodeTokenizers();
    const real = contentWith({
      tokenizers: toks.map((t) => ({ id: t.id, label: t.label })),
      samples: siteContent().samples.map((s) => ({
        sample: s.label,
        counts: Object.fromEntries(toks.map((t) => [t.id, t.encode(s.text).length])),
      })),
    });
    series = measuredTokenizerData(real).series;
  });
  const ratio = (line: string, sample: string) =>
    series.lines.find((l) => l.id === line)!.points.find(([x]) => x === sample)![1];

  it('compares Llama 2 and Qwen with cl100k on every sample text, in the file’s order', () => {
    expect(series.lines.map((l) => l.label)).toEqual(['Llama 2', 'Qwen']);
    for (const l of series.lines)
      expect(l.points.map(([x]) => x)).toEqual(['한국어', '영어', '중국어', '일본어', '코드']);
  });

  it('shows what the chart is for: Llama 2 needs more tokens than cl100k for Korean, Qwen fewer', () => {
    expect(ratio('llama2', '한국어')).toBeGreaterThan(1.2);
    expect(ratio('qwen', '한국어')).toBeLessThan(1);
    for (const sample of ['한국어', '중국어', '일본어'])
      expect(ratio('qwen', sample), sample).toBeLessThan(ratio('llama2', sample));
  });
});
