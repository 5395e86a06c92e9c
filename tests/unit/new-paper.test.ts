// `npm run new:paper -- <id>` in a temporary copy of the content: the scaffold fails
// validation naming every field to fill; once filled, it validates with no code change.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import { chartIds } from '../../src/charts/ids.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'prn-newpaper-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'new-paper.ts'), ...args], { cwd: work, encoding: 'utf8' });
const validate = () => validateContent(readContent(work), { chartIds: new Set(chartIds) });

describe('npm run new:paper', () => {
  it('scaffolds the files, each field commented, and validation lists what to fill', () => {
    const r = run('zz-scaffold');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('content/data/compare/zz-scaffold.yaml');
    const paper = readFileSync(join(work, 'content/papers/zz-scaffold.yaml'), 'utf8');
    for (const line of paper.split('\n').filter((l) => /^[a-z]+:/.test(l)))
      expect(line, 'every field has a comment').toMatch(/#/);
    let issues: string[] = [];
    try {
      validate();
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      issues = e.issues.map((i) => `${i.file} → ${i.field}: ${i.expected}`);
    }
    expect(issues).toContain('content/papers/zz-scaffold.yaml → arxiv: an arXiv id such as 2309.16609');
    expect(issues).toContain('content/reviews/zz-scaffold.mdx → frontmatter.reviewedAt: a date such as 2023-09-28');
    expect(issues.some((i) => i.startsWith('content/data/results/zz-scaffold.yaml → tables[0].rows[0].score'))).toBe(
      true,
    );
  });

  it('once the marked fields are filled, the new paper validates with its compare rows', () => {
    const fill = (file: string, pairs: Array<[RegExp, string]>) => {
      const p = join(work, file);
      let s = readFileSync(p, 'utf8');
      for (const [re, to] of pairs) s = s.replace(re, to);
      writeFileSync(p, s);
    };
    fill('content/papers/zz-scaffold.yaml', [
      [/^title: ""/m, 'title: "A Fictional Paper"'],
      [/^shortTitle: ""/m, 'shortTitle: "가상 논문"'],
      [/^arxiv: ""/m, 'arxiv: "9999.00001"'],
      [/^date: ""/m, 'date: 2026-01-01'],
      [/^organisation: ""/m, 'organisation: "Test Lab"'],
      [/^authors: \[\]/m, 'authors: ["A. Tester"]'],
      [/^license: ""/m, 'license: "none"'],
    ]);
    fill('content/data/models.yaml', [
      [/name: ""(\s+# display name)/, 'name: "Fictional 7B"$1'],
      [/family: ""(\s+# family)/, 'family: "Fictional"$1'],
      [/params: null(\s+# parameters in billions as)/, 'params: 7$1'],
    ]);
    fill('content/data/results/zz-scaffold.yaml', [
      [/title: ""/, 'title: "가상 표"'],
      [/score: null/, 'score: 50.0'],
    ]);
    fill('content/data/compare/zz-scaffold.yaml', [[/values: \{\}/, 'values:\n      layers: 12']]);
    fill('content/reviews/zz-scaffold.mdx', [
      [/^title: ""/m, 'title: "가상 리뷰"'],
      [/^summary: ""/m, 'summary: "테스트용 가상 논문의 리뷰입니다."'],
      [/^tags: \[\]/m, 'tags: [테스트]'],
      [/^reviewedAt: ""/m, 'reviewedAt: 2026-01-02'],
    ]);
    const c = validate();
    expect(c.papers.map((p) => p.id)).toContain('zz-scaffold');
    expect(c.compare.find((r) => r.paper === 'zz-scaffold' && r.topic === 'architecture')?.cells.layers?.value).toBe(
      12,
    );
  });

  it('refuses a bad id and never overwrites', () => {
    expect(run('Bad_Id').stderr).toContain('the id must be lowercase words joined by "-"');
    const again = run('zz-scaffold');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exist');
  });
});
