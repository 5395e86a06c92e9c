// Measured at build time: tokens each tokenizer needs for the site's sample texts, relative
// to cl100k (the vocabulary Qwen started from). A derived series like any other.
import type { SiteContent } from '../lib/content/validate.ts';
import type { Series } from '../lib/content/schema.ts';
import { tokenizerCounts, type SampleCounts } from '../build/tokenizer-counts.ts';
import { ratioTo } from '../lib/tokenizer-stats.ts';

type Measured = { series: Series; counts: SampleCounts[] };

const memo = new WeakMap<SiteContent, Measured>();

export function measuredTokenizerData(c: SiteContent): Measured {
  let m = memo.get(c);
  if (!m) memo.set(c, (m = measure(c)));
  return m;
}

function measure(c: SiteContent): Measured {
  const { tokenizers: toks, samples: counts } = tokenizerCounts(c);
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
        points: counts.map((row) => {
          const [n, ref] = [row.counts[t.id], row.counts[base]];
          // a missing or zero count would draw a NaN point nobody sees: name it instead
          if (n === undefined || !ref)
            throw new Error(
              `tokenizer-measured: sample "${row.sample}" has no ${n === undefined ? t.id : `${base} (or 0)`} token count (src/build/tokenizer-counts.ts)`,
            );
          return [row.sample, Number(ratioTo(n, ref).toFixed(3))] as [string, number];
        }),
      })),
  };
  return { series, counts };
}
