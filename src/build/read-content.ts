// Reads the content folder from disk into RawContent. The only part of the content
// pipeline that touches the file system.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawContent, RawFile } from '../lib/content/types.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file as text, or a `notUtf8` marker the validator reports (instead of mojibake errors). */
function readText(root: string, path: string): RawFile {
  const file = relative(root, join(root, path));
  try {
    return { file, text: utf8.decode(readFileSync(join(root, path))) };
  } catch {
    return { file, text: '', notUtf8: true };
  }
}

function filesIn(root: string, dir: string, ext: RegExp): RawFile[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((n) => ext.test(n) && !n.startsWith('_'))
    .sort()
    .map((n) => readText(root, join(dir, n)));
}

function oneFile(root: string, path: string): RawFile[] {
  const abs = join(root, path);
  return existsSync(abs) ? [readText(root, path)] : [];
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
    compare: filesIn(root, 'content/data/compare', yaml),
    references: oneFile(root, 'content/data/references.yaml'),
  };
}
