// checkFiles (validate-files.ts): the checks on content files before any text is parsed —
// encoding, BOM, and ids that collide once case and extension are ignored.
import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../src/lib/content/collector.ts';
import type { RawContent } from '../../src/lib/content/types.ts';
import { checkFiles } from '../../src/lib/content/validate-files.ts';

const empty: RawContent = {
  papers: [],
  models: [],
  benchmarks: [],
  results: [],
  series: [],
  reviews: [],
  concepts: [],
  samples: [],
};

const collision = (first: string, second: string, key: string) =>
  `an id unique regardless of case and extension; ${first} and ${second} both give "${key}" (rename or remove one)`;

describe('checkFiles', () => {
  it('strips a leading byte order mark and leaves the rest of the text as it is', () => {
    const c = new IssueCollector();
    const out = checkFiles(
      {
        ...empty,
        papers: [{ file: 'content/papers/demo.yaml', text: '\uFEFFid: demo\n' }],
        models: [{ file: 'content/data/models.yaml', text: '- { id: a }\uFEFF\n' }],
      },
      c.add,
    );
    expect(out.papers).toEqual([{ file: 'content/papers/demo.yaml', text: 'id: demo\n' }]);
    expect(out.models[0]!.text).toBe('- { id: a }\uFEFF\n');
    expect(c.issues).toEqual([]);
  });

  it('drops a file that is not UTF-8 from what it returns, reporting it once', () => {
    const c = new IssueCollector();
    const out = checkFiles(
      {
        ...empty,
        concepts: [
          { file: 'content/concepts/rope.mdx', text: 'ok' },
          { file: 'content/concepts/zz-euckr.mdx', text: '', notUtf8: true },
        ],
      },
      c.add,
    );
    expect(out.concepts.map((f) => f.file)).toEqual(['content/concepts/rope.mdx']);
    expect(c.issues).toEqual([
      {
        file: 'content/concepts/zz-euckr.mdx',
        field: '(encoding)',
        expected: 'UTF-8 text; this file is not valid UTF-8 (for example EUC-KR): save it as UTF-8',
      },
    ]);
  });

  it('leaves out the optional compare and references lists when the caller has none', () => {
    const out = checkFiles(empty, new IssueCollector().add);
    expect(Object.keys(out)).not.toContain('compare');
    expect(Object.keys(out)).not.toContain('references');
    const withBoth = checkFiles(
      { ...empty, compare: [{ file: 'content/data/compare/demo.yaml', text: '\uFEFFpaper: demo' }], references: [] },
      new IssueCollector().add,
    );
    expect(withBoth.compare).toEqual([{ file: 'content/data/compare/demo.yaml', text: 'paper: demo' }]);
    expect(withBoth.references).toEqual([]);
  });

  it('treats an upper-case extension like a lower-case one when ids collide', () => {
    const c = new IssueCollector();
    checkFiles(
      {
        ...empty,
        series: [
          { file: 'content/data/series/demo-curve.yaml', text: '' },
          { file: 'content/data/series/Demo-Curve.YML', text: '' },
        ],
      },
      c.add,
    );
    expect(c.issues).toEqual([
      {
        file: 'content/data/series/Demo-Curve.YML',
        field: '(file name)',
        expected: collision('content/data/series/demo-curve.yaml', 'content/data/series/Demo-Curve.YML', 'demo-curve'),
      },
    ]);
  });

  it('names the first file for every later file with the same id', () => {
    const c = new IssueCollector();
    checkFiles(
      {
        ...empty,
        reviews: [
          { file: 'content/reviews/qwen.mdx', text: '' },
          { file: 'content/reviews/Qwen.mdx', text: '' },
          { file: 'content/reviews/QWEN.mdx', text: '' },
        ],
      },
      c.add,
    );
    expect(c.issues.map((i) => [i.file, i.expected])).toEqual([
      ['content/reviews/Qwen.mdx', collision('content/reviews/qwen.mdx', 'content/reviews/Qwen.mdx', 'qwen')],
      ['content/reviews/QWEN.mdx', collision('content/reviews/qwen.mdx', 'content/reviews/QWEN.mdx', 'qwen')],
    ]);
  });

  it('does not count the same id in different folders as a collision', () => {
    const c = new IssueCollector();
    checkFiles(
      {
        ...empty,
        papers: [{ file: 'content/papers/demo.yaml', text: '' }],
        results: [{ file: 'content/data/results/demo.yaml', text: '' }],
        reviews: [{ file: 'content/reviews/demo.mdx', text: '' }],
      },
      c.add,
    );
    expect(c.issues).toEqual([]);
  });
});
