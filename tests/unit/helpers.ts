import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent } from '../../src/build/read-content.ts';
import type { RawContent } from '../../src/lib/content/validate.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const OK_ROOT = join(FIXTURES, 'site-ok');

/**
 * The valid fixture with the files of tests/fixtures/<group>/<name>/ laid over it (replacing or
 * adding files, bytes as they are), read back through the real reader.
 */
export function overlaidContent(name: string, group = 'broken'): RawContent {
  const dir = join(FIXTURES, group, name);
  if (!existsSync(dir)) throw new Error(`no fixture ${dir}`);
  const root = mkdtempSync(join(tmpdir(), 'prn-fixture-'));
  try {
    cpSync(OK_ROOT, root, { recursive: true });
    cpSync(dir, root, { recursive: true });
    return readContent(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export const brokenContent = (name: string): RawContent => overlaidContent(name, 'broken');
