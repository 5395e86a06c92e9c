// validate-cite.ts: the entries of content/data/references.yaml (already parsed from YAML) and the
// <Cite key="…"> uses of one document.
import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import type { ComponentUse } from '../../src/lib/content/mdx-scan.ts';
import { validateCites, validateReferences } from '../../src/lib/content/validate-cite.ts';

const FILE = 'content/data/references.yaml';

function collect() {
  const issues: ContentIssue[] = [];
  const add = (file: string, field: string, expected: string, line?: number) =>
    void issues.push({ file, field, expected, ...(line ? { line } : {}) });
  return { issues, add };
}

const ref = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  authors: ['A. Author'],
  title: 'A Title',
  year: 2020,
  arxiv: '2001.08361',
  ...extra,
});

describe('validateReferences', () => {
  it('returns the valid entries in file order, without issues', () => {
    const { issues, add } = collect();
    const out = validateReferences(
      FILE,
      [ref('kaplan2020'), ref('hoffmann2022', { arxiv: undefined, url: 'https://a.example/' })],
      add,
    );
    expect(out.map((r) => r.key)).toEqual(['kaplan2020', 'hoffmann2022']);
    expect(issues).toEqual([]);
  });

  it('reads an empty file as no references, and refuses a file that is not a list', () => {
    const { issues, add } = collect();
    expect(validateReferences(FILE, undefined, add)).toEqual([]);
    expect(validateReferences(FILE, null, add)).toEqual([]);
    expect(issues).toEqual([]);
    expect(validateReferences(FILE, { kaplan2020: ref('kaplan2020') }, add)).toEqual([]);
    expect(issues).toEqual([{ file: FILE, field: '(file)', expected: 'a YAML list of references' }]);
  });

  it('names each schema complaint by entry index and field path, and leaves the bad entries out', () => {
    const { issues, add } = collect();
    const out = validateReferences(
      FILE,
      [ref('ok2020'), ref('a2020', { authors: [''], arxiv: undefined }), ref('b2020', { year: 1800 }), 5],
      add,
    );
    expect(out.map((r) => r.key)).toEqual(['ok2020']);
    expect(issues).toEqual([
      { file: FILE, field: '[1].authors[0]', expected: 'Too small: expected string to have >=1 characters' },
      { file: FILE, field: '[1]', expected: 'an "arxiv" id or a "url"' },
      { file: FILE, field: '[2].year', expected: 'Too small: expected number to be >=1900' },
      { file: FILE, field: '[3]', expected: 'Invalid input: expected object, received number' },
    ]);
  });

  it('reports a key used by an earlier entry', () => {
    const { issues, add } = collect();
    const out = validateReferences(FILE, [ref('kaplan2020'), ref('other2021'), ref('kaplan2020')], add);
    // the repeat is reported, not returned: the bibliography keeps one entry per key
    expect(out.map((r) => r.key)).toEqual(['kaplan2020', 'other2021']);
    expect(issues).toEqual([
      { file: FILE, field: '[2].key', expected: 'a unique reference key ("kaplan2020" repeats)' },
    ]);
  });
});

describe('validateCites', () => {
  const use = (name: string, attrs: Record<string, string>, line: number): ComponentUse => ({
    name,
    attrs,
    dynamic: [],
    line,
  });

  it('reports a <Cite> without a key and one with an unknown key at their lines in the file', () => {
    const { issues, add } = collect();
    validateCites(
      'content/reviews/demo.mdx',
      [
        use('Cite', { key: 'kaplan2020' }, 1),
        use('Cite', {}, 3),
        use('Cite', { key: 'nope2020' }, 5),
        use('Concept', { id: 'nope2020' }, 6),
      ],
      10,
      new Set(['kaplan2020']),
      add,
    );
    expect(issues).toEqual([
      { file: 'content/reviews/demo.mdx', field: '<Cite> key', expected: 'a key="…" attribute', line: 13 },
      {
        file: 'content/reviews/demo.mdx',
        field: '<Cite key>',
        expected: 'a key from content/data/references.yaml, got "nope2020"',
        line: 15,
      },
    ]);
  });
});
