import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readContent } from '../../src/lib/content/read.ts';
import type { RawContent, RawFile } from '../../src/lib/content/validate.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const OK_ROOT = join(FIXTURES, 'site-ok');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The valid fixture with the files of tests/fixtures/broken/<name>/ laid over it. */
export function brokenContent(name: string): RawContent {
  const raw = readContent(OK_ROOT);
  const dir = join(FIXTURES, 'broken', name);
  if (!existsSync(dir)) throw new Error(`no fixture ${dir}`);
  for (const abs of walk(dir)) {
    const file = relative(dir, abs);
    const replacement: RawFile = { file, text: readFileSync(abs, 'utf8') };
    for (const list of Object.values(raw) as RawFile[][]) {
      const i = list.findIndex((f) => f.file === file);
      if (i >= 0) list[i] = replacement;
    }
  }
  return raw;
}
