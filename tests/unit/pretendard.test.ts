import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  PRETENDARD_FILES,
  assertPretendard,
  pretendardFingerprint,
  pretendardPath,
} from '../../src/build/pretendard.ts';
import { rasterFingerprint, rendererFingerprint } from '../../src/build/export-inputs.ts';
import { slideFontPath } from '../../src/build/slide-fonts.ts';
import { SLIDE_FONT_FILES } from '../../src/lib/slide-fonts.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'prn-pretendard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A project root holding a copy of the font folder, to change it freely, and the real code. */
function projectWithFonts(name: string): string {
  const root = join(dir, name);
  cpSync(join(ROOT, 'assets'), join(root, 'assets'), { recursive: true });
  symlinkSync(join(ROOT, 'src'), join(root, 'src'));
  return root;
}

describe('the vendored Pretendard files', () => {
  it('are all in assets/fonts/pretendard/, and the slide fonts served under /fonts/ are among them', () => {
    for (const f of PRETENDARD_FILES) expect(existsSync(pretendardPath(f, ROOT)), f).toBe(true);
    expect(pretendardFingerprint(ROOT)).toMatch(/^[0-9a-f]{64}$/);
    for (const { file } of SLIDE_FONT_FILES) expect(slideFontPath(file)).toBe(pretendardPath(file, ROOT));
    expect(() => slideFontPath('Other.woff2')).toThrow('unknown slide font "Other.woff2"');
  });

  it('key every export: changing one font file changes the fingerprint of the PNGs and of the other exports', () => {
    const root = projectWithFonts('changed');
    const fonts = pretendardFingerprint(root);
    const raster = rasterFingerprint(root).pretendard;
    expect(raster).toBe(fonts);
    writeFileSync(pretendardPath('Pretendard-Bold.otf', root), 'not the same font');
    const changed = pretendardFingerprint(root);
    expect(changed).not.toBe(fonts);
    expect(rendererFingerprint(root).pretendard).toBe(changed);
    expect(rasterFingerprint(root).pretendard).toBe(changed); // not a key remembered from before the change
  });

  it('a missing file: the key says "missing", and the check the rasteriser runs before drawing names the file', () => {
    const root = projectWithFonts('missing');
    unlinkSync(pretendardPath('Pretendard-SemiBold.otf', root));
    expect(pretendardFingerprint(root)).toBe('missing');
    expect(() => assertPretendard(root)).toThrow(
      /assets\/fonts\/pretendard\/Pretendard-SemiBold\.otf: missing .*assets\/fonts\/pretendard\/README\.md/,
    );
    expect(() => assertPretendard(ROOT)).not.toThrow();
  });
});
