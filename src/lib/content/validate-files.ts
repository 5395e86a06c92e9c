// Checks on the content files themselves, before their text is parsed: encoding, BOM, and ids
// that collide once case and extension are ignored (Astro keeps only one of `rope.mdx` and
// `RoPE.mdx`; `qwen.yaml` and `qwen.yml` both claim the paper "qwen").
import type { RawContent, RawFile } from './types.ts';

import type { Add } from './collector.ts';

const fileId = (file: string) => file.replace(/^.*\//, '').replace(/\.(ya?ml|mdx?)$/i, '');

/** Reports non-UTF-8 files once each and drops them; strips a leading BOM; reports ids that collide. */
export function checkFiles(raw: RawContent, add: Add): RawContent {
  const clean = (files: RawFile[]): RawFile[] =>
    files.flatMap((f) => {
      if (f.notUtf8) {
        add(f.file, '(encoding)', 'UTF-8 text; this file is not valid UTF-8 (for example EUC-KR): save it as UTF-8');
        return [];
      }
      return [{ file: f.file, text: f.text.replace(/^\uFEFF/, '') }];
    });
  // In the reader's order, so encoding messages come in the order of content/ folders.
  const out: RawContent = {
    papers: clean(raw.papers),
    models: clean(raw.models),
    benchmarks: clean(raw.benchmarks),
    results: clean(raw.results),
    series: clean(raw.series),
    reviews: clean(raw.reviews),
    concepts: clean(raw.concepts),
    samples: clean(raw.samples),
    ...(raw.compare ? { compare: clean(raw.compare) } : {}),
    ...(raw.references ? { references: clean(raw.references) } : {}),
  };
  for (const files of [out.papers, out.results, out.series, out.reviews, out.concepts]) {
    const seen = new Map<string, string>();
    for (const f of files) {
      const key = fileId(f.file).toLowerCase();
      const prev = seen.get(key);
      if (prev)
        add(
          f.file,
          '(file name)',
          `an id unique regardless of case and extension; ${prev} and ${f.file} both give "${key}" (rename or remove one)`,
        );
      else seen.set(key, f.file);
    }
  }
  return out;
}
