// Reads the content folder from disk into RawContent. The only part of the content
// pipeline that touches the file system.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawContent, RawFile } from './validate.ts';

function filesIn(root: string, dir: string, ext: RegExp): RawFile[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((n) => ext.test(n) && !n.startsWith('_'))
    .sort()
    .map((n) => ({ file: relative(root, join(abs, n)), text: readFileSync(join(abs, n), 'utf8') }));
}

function oneFile(root: string, path: string): RawFile[] {
  const abs = join(root, path);
  return existsSync(abs) ? [{ file: path, text: readFileSync(abs, 'utf8') }] : [];
}

/** `root` is the folder that holds `content/` (the project root, or a test fixture). */
export function readContent(root: string): RawContent {
  const yaml = /\.ya?ml$/;
  return {
    papers: filesIn(root, 'content/papers', yaml),
    models: oneFile(root, 'content/data/models.yaml'),
    benchmarks: oneFile(root, 'content/data/benchmarks.yaml'),
    results: filesIn(root, 'content/data/results', yaml),
    series: filesIn(root, 'content/data/series', yaml),
    reviews: filesIn(root, 'content/reviews', /\.mdx$/),
    concepts: filesIn(root, 'content/concepts', /\.mdx$/),
    samples: oneFile(root, 'content/data/tokenizer-samples.yaml'),
    references: oneFile(root, 'content/data/references.yaml'),
  };
}
