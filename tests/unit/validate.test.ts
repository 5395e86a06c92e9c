import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import type { RawContent } from '../../src/lib/content/types.ts';
import { brokenContent, OK_ROOT, overlaidContent } from './helpers.ts';

const charts = { chartIds: new Set(['demo-chart']), today: new Date('2026-11-30') };

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
    expect(t.rows[0]).toMatchObject({
      model: 'demo-7b',
      benchmark: 'mmlu',
      score: 60.1,
      shots: 5,
      verified: true,
      kind: 'reported',
    });
    expect(t.rows[0]!.source).toEqual({ paper: 'demo', table: 'Table 2', version: 'v1' });
    expect(c.reviews[0]!.data.reviewedAt).toBeInstanceOf(Date);
  });

  const cases: Array<[string, RegExp[]]> = [
    ['missing-field', [/content\/papers\/demo\.yaml/, /→ title:/, /expected string, received undefined/]],
    [
      'wrong-type',
      [/content\/data\/results\/demo\.yaml/, /tables\[0\]\.rows\[0\]\.score/, /expected number, received string/],
    ],
    [
      'missing-frontmatter',
      [/content\/concepts\/rope\.mdx → frontmatter\.summary: .*expected string, received undefined/],
    ],
    ['bad-date', [/content\/reviews\/demo\.mdx/, /frontmatter\.reviewedAt/, /a date such as 2023-09-28/]],
    [
      'unknown-model',
      [
        /content\/data\/results\/demo\.yaml/,
        /tables\[0\]\.rows\[0\]\.model/,
        /a model id from content\/data\/models\.yaml, got "demo-70b"/,
      ],
    ],
    [
      'unknown-benchmark',
      [/tables\[0\]\.rows\[0\]\.benchmark/, /a benchmark id from content\/data\/benchmarks\.yaml, got "mmlu-pro"/],
    ],
    [
      'unknown-paper',
      [/content\/reviews\/demo\.mdx/, /frontmatter\.paper/, /a known paper id \(demo\), got "no-such-paper"/],
    ],
    ['score-out-of-range', [/tables\[0\]\.rows\[0\]\.score/, /a score within MMLU's range \[0, 100\], got 601/]],
    [
      'duplicate-row',
      [/tables\[0\]\.rows\[1\]/, /one row per \(model, benchmark, shots, setting\)/, /duplicates rows\[0\]/],
    ],
    ['unknown-concept', [/content\/reviews\/demo\.mdx:14/, /<Concept id>/, /got "yarn"/]],
    ['unknown-chart', [/content\/reviews\/demo\.mdx:12/, /<Chart id>/, /got "no-such-chart"/]],
    ['question-mismatch', [/frontmatter\.questions\[0\]\.title/, /exactly one "## 강점" heading in the body, found 0/]],
    ['invalid-yaml', [/content\/data\/models\.yaml/, /valid YAML/]],
    [
      'broken-link',
      [
        /content\/reviews\/demo\.mdx:12/,
        /→ link: an anchor that exists on \/reviews\/demo\/.*got "#weaknesses"/,
        /an existing page of this site, got "\/concepts\/yarn\/"/,
      ],
    ],
    ['unknown-score-row', [/<Score>/, /exactly one row for other-13b \/ ppl in demo table-2, found 0/]],
    ['unknown-series-value', [/<SeriesValue>/, /a point of demo-curve \/ demo-7b at x "4096" with a value/]],
    // --- issue 13: classes that used to ship green --------------------------------------------
    ['invalid-mdx', [/content\/reviews\/demo\.mdx:12 → MDX: valid MDX \(Expected a closing tag for `<Callout>`/]],
    [
      'math-error',
      [
        /demo\.mdx:12 → math: a formula KaTeX can render \(KaTeX: .*Undefined control sequence: \\foo/,
        /demo\.mdx:14 → math: a formula KaTeX can render \(KaTeX: .*expected '\}'/,
      ],
    ],
    ['unclosed-math', [/demo\.mdx:12 → math: a closing "\$\$" line for the display formula opened here/]],
    [
      'duplicate-case',
      [
        /content\/concepts\/rope\.mdx → \(file name\): an id unique regardless of case and extension; content\/concepts\/RoPE\.mdx and content\/concepts\/rope\.mdx both give "rope"/,
      ],
    ],
    [
      'duplicate-extension',
      [
        /content\/papers\/demo\.yml → \(file name\): .*content\/papers\/demo\.yaml and content\/papers\/demo\.yml both give "demo"/,
      ],
    ],
    [
      'series-x',
      [
        /demo-curve\.yaml → lines\[0\]\.points\[1\]\[0\]: x values of one type in line "mixed" .*got "2K" after 1024/,
        /lines\[1\]\.points\[1\]\[0\]: each x once in line "repeated", got 1024 again/,
        /lines\[2\]\.points\[1\]\[0\]: x values in ascending order in line "unsorted", got 2048 after 4096/,
      ],
    ],
    [
      'future-date',
      [/demo\.mdx → frontmatter\.reviewedAt: a date that is not in the future \(today is 2026-11-30\), got 2031-01-01/],
    ],
    [
      'draft-link',
      [
        /concepts\/rope\.mdx:8 → link: a published page; "\/reviews\/zz-draft\/" is a draft review/,
        /rope\.mdx:8 → link: an existing page of this site, got "\/tags\/없음\/"/,
      ],
    ],
    [
      'not-utf8',
      [
        /content\/concepts\/zz-euckr\.mdx → \(encoding\): UTF-8 text; this file is not valid UTF-8 \(for example EUC-KR\)/,
      ],
    ],
    // --- issue 17: the TL;DR card (validate-tldr.ts, schema.ts tldrSchema) -------------------
    [
      'tldr-shape',
      [
        /demo\.mdx → frontmatter\.tldr\.numbers: exactly 3 numbers/,
        /frontmatter\.tldr\.numbers\[0\]: exactly one of "score" .* or "config"/,
        /frontmatter\.tldr\.takeaways: exactly 3 takeaways/,
        /frontmatter\.tldr\.takeaways\[1\]: plain text without markup/,
        /frontmatter\.tldr\.links: 2 to 5 links/,
      ],
    ],
    [
      'tldr-unresolved',
      [
        /demo\.mdx → frontmatter\.tldr\.numbers\[1\]: a data value of paper "demo" \(demo\/table-2: other-13b\/ppl matches 0 rows, expected 1\)/,
        /frontmatter\.tldr\.numbers\[2\]: a data value of paper "demo" \(demo\/table-1: no value at row "demo-7b", column "heads"\)/,
        /frontmatter\.tldr\.links\[1\]\.href: the id of a heading of this review, got "#weaknesses"/,
      ],
    ],
  ];

  it.each(cases)('reports %s with file, field and expectation', (name, patterns) => {
    const err = errorOf(name);
    for (const p of patterns) expect(err.message).toMatch(p);
  });

  it('names a non-UTF-8 file once, with no mojibake errors after it', () => {
    const err = errorOf('not-utf8');
    expect(err.issues).toHaveLength(1);
  });

  it('names both files of a case or extension collision', () => {
    expect(errorOf('duplicate-case').issues).toHaveLength(1);
  });

  it('accepts valid MDX the regex scanner rejected, a BOM, and tags with ?, %, /, .., Hangul and emoji', () => {
    const c = validateContent(overlaidContent('edge-cases', 'accepted'), charts);
    expect(c.reviews[0]!.data.tags).toContain('#해시?');
    expect(c.reviews[0]!.data.title).toBe('데모 리뷰');
  });

  // One invalid paper card once reported 134 issues on the real site: every model, table, series,
  // TL;DR number and link that names the paper failed too, burying the one line that mattered.
  it.each<[string, keyof RawContent, RegExp, string, string]>([
    ['paper card', 'papers', /^arxiv: .*$/m, 'arxiv: nope', 'arxiv'],
    ['model', 'models', /params: 7,/, 'params: seven,', '[0].params'],
    ['benchmark', 'benchmarks', /range: \[0, 100\]/, 'range: wide', '[0].range'],
    ['concept', 'concepts', /^summary: .*$/m, 'summary: 3', 'frontmatter.summary'],
  ])('names an invalid %s once, and nothing that uses its id', (_, group, find, replace, field) => {
    const raw = readContent(OK_ROOT);
    const files = raw[group]!;
    const file = files[0]!;
    expect(file.text).toMatch(find);
    files[0] = { ...file, text: file.text.replace(find, replace) };
    try {
      validateContent(raw, charts);
      expect.unreachable();
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      expect(e.issues.map((i) => `${i.file} → ${i.field}`)).toEqual([`${file.file} → ${field}`]);
    }
  });

  it('names a review with invalid frontmatter once, and not the links to its page', () => {
    const raw = readContent(OK_ROOT);
    const review = raw.reviews[0]!;
    raw.reviews[0] = { ...review, text: review.text.replace(/^reviewedAt: .*$/m, 'reviewedAt: soon') };
    raw.concepts[0] = { ...raw.concepts[0]!, text: `${raw.concepts[0]!.text}\n[데모 리뷰](/reviews/demo/)\n` };
    try {
      validateContent(raw, charts);
      expect.unreachable();
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      expect(e.issues.map((i) => `${i.file} → ${i.field}`)).toEqual([`${review.file} → frontmatter.reviewedAt`]);
    }
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
