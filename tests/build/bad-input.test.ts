// Real failing builds of a copy of the site (`npm run build` = scripts/build.ts), one per build
// stage (validator, render). The inputs that must work build in tests/build/site-variant.test.ts.
// Every other error class is tested against the validator directly (tests/unit/validate.test.ts), which is what the build runs first.
// Atomicity: a failed build leaves dist/ as the previous complete site, or absent — never a
// partial site — and exits non-zero.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, copyProject } from './project-copy.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'build');
const work = mkdtempSync(join(tmpdir(), 'prn-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyWith(fixture: string): string {
  const root = join(work, fixture);
  copyProject(root);
  cpSync(join(FIXTURES, fixture), root, { recursive: true });
  return root;
}

function build(root: string): { code: number; output: string } {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    // its own Vite and Astro caches, as in site-variant.test.ts (astro.config.ts, PRN_CACHE_DIR)
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', PRN_CACHE_DIR: join(root, '.prn-cache') },
    encoding: 'utf8',
    timeout: 1_500_000, // a build is ~40 s on a quiet machine; a loaded one (load 40 on 2 cores) took over 10 min
  });
  return { code: r.status ?? 1, output: `${r.stdout}\n${r.stderr}` };
}

const leftovers = (root: string) => readdirSync(root).filter((n) => n.startsWith('.dist-'));

describe('builds are atomic and fail loudly', () => {
  it('validator stage: a bad formula fails the build with file, line and KaTeX message; the previous site stays whole', () => {
    const root = copyWith('validator-stage');
    // a previous complete build
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '<p>previous build</p>');
    const r = build(root);
    expect(r.code, r.output.slice(-2000)).not.toBe(0);
    expect(r.output).toMatch(
      /content\/concepts\/zz-check\.mdx:8 → math: a formula KaTeX can render \(KaTeX: Undefined control sequence: \\notamacro/,
    );
    expect(readdirSync(join(root, 'dist'))).toEqual(['index.html']);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('<p>previous build</p>');
    expect(leftovers(root)).toEqual([]);
  }, 1_600_000);

  it('render stage: a component that throws while rendering fails the build and leaves no partial dist/', () => {
    const root = copyWith('render-stage');
    const r = build(root);
    expect(r.code, r.output.slice(-2000)).not.toBe(0);
    expect(r.output).toMatch(/build failed at astro build/);
    expect(existsSync(join(root, 'dist')), 'no dist/ at all: there was no previous build').toBe(false);
    expect(leftovers(root)).toEqual([]);
  }, 1_600_000);
});
