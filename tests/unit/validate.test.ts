import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import { brokenContent, OK_ROOT } from './helpers.ts';

const charts = { chartIds: new Set(['demo-chart']) };

function errorOf(name: string): ContentError {
  try {
    validateContent(brokenContent(name), charts);
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error(`fixture ${name} validated without error`);
}

describe('validateContent', () => {
  it('accepts the valid fixture and flattens its rows with sources', () => {
    const c = validateContent(readContent(OK_ROOT), charts);
    expect(c.papers.map((p) => p.id)).toEqual(['demo']);
    const t = c.tables[0]!;
    expect(t.rows).toHaveLength(3);
    expect(t.rows[0]).toMatchObject({ model: 'demo-7b', benchmark: 'mmlu', score: 60.1, shots: 5, verified: true, kind: 'reported' });
    expect(t.rows[0]!.source).toEqual({ paper: 'demo', table: 'Table 2', version: 'v1' });
    expect(c.reviews[0]!.data.reviewedAt).toBeInstanceOf(Date);
  });

  const cases: Array<[string, RegExp[]]> = [
    ['missing-field', [/content\/papers\/demo\.yaml/, /→ title:/, /expected string, received undefined/]],
    ['wrong-type', [/content\/data\/results\/demo\.yaml/, /tables\[0\]\.rows\[0\]\.score/, /expected number, received string/]],
    ['bad-date', [/content\/reviews\/demo\.mdx/, /frontmatter\.reviewedAt/, /a date such as 2023-09-28/]],
    ['unknown-model', [/content\/data\/results\/demo\.yaml/, /tables\[0\]\.rows\[0\]\.model/, /a model id from content\/data\/models\.yaml, got "demo-70b"/]],
    ['unknown-benchmark', [/tables\[0\]\.rows\[0\]\.benchmark/, /a benchmark id from content\/data\/benchmarks\.yaml, got "mmlu-pro"/]],
    ['unknown-paper', [/content\/reviews\/demo\.mdx/, /frontmatter\.paper/, /a known paper id \(demo\), got "no-such-paper"/]],
    ['score-out-of-range', [/tables\[0\]\.rows\[0\]\.score/, /a score within MMLU's range \[0, 100\], got 601/]],
    ['duplicate-row', [/tables\[0\]\.rows\[1\]/, /one row per \(model, benchmark, shots, setting\)/, /duplicates rows\[0\]/]],
    ['unknown-concept', [/content\/reviews\/demo\.mdx:14/, /<Concept id>/, /got "yarn"/]],
    ['unknown-chart', [/content\/reviews\/demo\.mdx:12/, /<Chart id>/, /got "no-such-chart"/]],
    ['question-mismatch', [/frontmatter\.questions\[0\]\.title/, /exactly one "## 강점" heading in the body, found 0/]],
    ['invalid-yaml', [/content\/data\/models\.yaml/, /valid YAML/]],
    ['broken-link', [/content\/reviews\/demo\.mdx:12/, /→ link: an anchor that exists on \/reviews\/demo\/.*got "#weaknesses"/, /an existing page of this site, got "\/concepts\/yarn\/"/]],
    ['unknown-score-row', [/<Score>/, /exactly one row for other-13b \/ ppl in demo table-2, found 0/]],
  ];

  it.each(cases)('reports %s with file, field and expectation', (name, patterns) => {
    const err = errorOf(name);
    for (const p of patterns) expect(err.message).toMatch(p);
  });

  it('lists every problem at once, not just the first', () => {
    const raw = brokenContent('unknown-model');
    raw.reviews = brokenContent('unknown-chart').reviews;
    try {
      validateContent(raw, charts);
      expect.unreachable();
    } catch (e) {
      const issues = (e as ContentError).issues.map((i) => i.field);
      expect(issues).toContain('tables[0].rows[0].model');
      expect(issues).toContain('<Chart id>');
    }
  });
});
