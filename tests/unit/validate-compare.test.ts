// validate-compare.ts: comparison facts (content/data/compare/<paper>.yaml) against the field list
// of src/lib/compare/fields.ts, and the <Compare topic model> links of MDX bodies. compare.test.ts
// covers the sequence-to-token batch, unknown topics, fields, types and units through validateContent.
import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import { validateCompareFiles, validateCompareUses, type CompareRow } from '../../src/lib/content/validate-compare.ts';

const FILE = 'content/data/compare/demo.yaml';
const known = { models: new Set(['demo-7b', 'other-13b']), papers: new Set(['demo', 'other']) };

function collect() {
  const issues: ContentIssue[] = [];
  const add = (file: string, field: string, expected: string, line?: number) =>
    void issues.push({ file, field, expected, ...(line ? { line } : {}) });
  return { issues, add };
}

function run(...files: Array<{ file?: string; text: string }>) {
  const { issues, add } = collect();
  const rows = validateCompareFiles(
    files.map((f) => ({ file: f.file ?? FILE, text: f.text })),
    known,
    add,
  );
  return { rows, issues };
}

const entry = (topic: string, model: string, values: string[], extra: string[] = []) =>
  [
    `  - topic: ${topic}`,
    `    model: ${model}`,
    '    source: "Table 1"',
    ...extra.map((l) => `    ${l}`),
    '    values:',
    ...values.map((v) => `      ${v}`),
  ].join('\n');
const file = (paper: string, ...entries: string[]) => [`paper: ${paper}`, 'entries:', ...entries].join('\n');

describe('validateCompareFiles', () => {
  it('fills each cell’s source and origin from its entry unless the cell names its own', () => {
    const { rows, issues } = run({
      text: file(
        'demo',
        entry(
          'architecture',
          'demo-7b',
          [
            'layers: 32',
            'heads: { value: 32, source: "config.json", origin: config, verified: false, note: "공개 설정" }',
            'tied: false',
          ],
          ['label: Demo 계열', 'origin: readme'],
        ),
      ),
    });
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        paper: 'demo',
        topic: 'architecture',
        model: 'demo-7b',
        label: 'Demo 계열',
        file: FILE,
        cells: {
          layers: { value: 32, source: 'Table 1', origin: 'readme', verified: true },
          heads: { value: 32, source: 'config.json', origin: 'config', verified: false, note: '공개 설정' },
          tied: { value: false, source: 'Table 1', origin: 'readme', verified: true },
        },
      },
    ]);
  });

  it('converts a value written in another unit of the column’s family, keeping how', () => {
    const { rows, issues } = run({
      text: file('demo', entry('architecture', 'demo-7b', ['context: { value: 4, unit: K tokens }'])),
    });
    expect(issues).toEqual([]);
    expect(rows[0]!.cells.context).toMatchObject({ value: 4000, conversion: '4 K tokens = 4,000 tokens' });
  });

  it('lets entries share cells through YAML merge keys', () => {
    const { rows, issues } = run({
      text: [
        'paper: demo',
        'entries:',
        '  - { topic: architecture, model: demo-7b, source: T1, values: &base { layers: 32, heads: 32 } }',
        '  - { topic: architecture, model: other-13b, source: T1, values: { <<: *base, layers: 40 } }',
      ].join('\n'),
    });
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.model, r.cells.layers?.value, r.cells.heads?.value])).toEqual([
      ['demo-7b', 32, 32],
      ['other-13b', 40, 32],
    ]);
  });

  it('reports YAML it cannot parse with its line, and schema complaints by field path', () => {
    const broken = run({ text: 'paper: demo\nentries:\n  - topic: [architecture\n' });
    expect(broken.issues).toHaveLength(1);
    expect(broken.issues[0]).toMatchObject({ file: FILE, field: '(YAML)', line: 4 });
    expect(broken.issues[0]!.expected).toMatch(/^valid YAML \(/);
    expect(run({ text: 'paper: demo\nentries: []\n' }).issues).toEqual([
      { file: FILE, field: 'entries', expected: 'Too small: expected array to have >=1 items' },
    ]);
  });

  it('reports a paper that is not the file name and one that is not known', () => {
    const { issues } = run({ text: file('nope', entry('architecture', 'demo-7b', ['layers: 32'])) });
    expect(issues).toEqual([
      { file: FILE, field: 'paper', expected: 'the file name ("demo"), got "nope"' },
      { file: FILE, field: 'paper', expected: 'a known paper id (demo, other), got "nope"' },
    ]);
  });

  it('reports an unknown model, and a second entry for one topic and model even in another file', () => {
    const { issues, rows } = run(
      {
        text: file(
          'demo',
          entry('architecture', 'demo-70b', ['layers: 80']),
          entry('training', 'demo-7b', ['lr: 3.0e-4']),
        ),
      },
      { file: 'content/data/compare/other.yaml', text: file('other', entry('training', 'demo-7b', ['lr: 1.0e-4'])) },
    );
    expect(issues).toEqual([
      {
        file: FILE,
        field: 'entries[0].model',
        expected: 'a model id from content/data/models.yaml, got "demo-70b"',
      },
      {
        file: 'content/data/compare/other.yaml',
        field: 'entries[0]',
        expected: `one training entry per model ("demo-7b" is already in ${FILE} entries[1])`,
      },
    ]);
    expect(rows).toHaveLength(3);
  });

  it('reports a lab tokenizer the build does not run', () => {
    const { issues, rows } = run({
      text: file(
        'demo',
        entry('tokenizers', 'demo-7b', ['vocab: 32000', 'lab: gpt2']),
        entry('tokenizers', 'other-13b', ['lab: qwen']),
      ),
    });
    expect(issues).toEqual([
      { file: FILE, field: 'entries[0].values.lab', expected: 'a tokenizer the lab runs (llama2, qwen), got "gpt2"' },
    ]);
    expect(rows.map((r) => Object.keys(r.cells))).toEqual([['vocab', 'lab'], ['lab']]);
  });

  it('refuses a unit on a column that has none, and leaves that cell out', () => {
    const { issues, rows } = run({
      text: file('demo', entry('architecture', 'demo-7b', ['layers: { value: 32, unit: K }', 'heads: 32'])),
    });
    expect(issues).toEqual([
      {
        file: FILE,
        field: 'entries[0].values.layers.unit',
        expected: 'no unit: the architecture column "층수" has none, got "K"',
      },
    ]);
    expect(Object.keys(rows[0]!.cells)).toEqual(['heads']);
  });
});

describe('validateCompareUses', () => {
  const fact = (value: number) => ({ value, source: 'Table 1', origin: 'paper' as const, verified: true });
  const rows: CompareRow[] = [
    {
      paper: 'demo',
      topic: 'architecture',
      model: 'demo-7b',
      file: FILE,
      cells: { layers: fact(32), d_model: fact(4096), heads: fact(32), kv_heads: fact(32), params: fact(7) },
    },
    // an architecture row without KV heads: on /compare/architecture/, not in the memory calculator
    { paper: 'demo', topic: 'architecture', model: 'demo-1b', file: FILE, cells: { layers: fact(16) } },
    { paper: 'demo', topic: 'training', model: 'other-13b', file: FILE, cells: {} },
  ];
  const usesIn = (body: string) => {
    const { issues, add } = collect();
    validateCompareUses([{ file: 'content/reviews/demo.mdx', body, offset: 8 }], rows, add);
    return issues;
  };

  it('accepts a link to a whole page, and a memory link to a model with an architecture row', () => {
    expect(
      usesIn('<Compare topic="training">학습</Compare> <Compare topic="memory" model="demo-7b">메모리</Compare>'),
    ).toEqual([]);
  });

  it('reports a memory link to a model the calculator cannot compute', () => {
    expect(
      usesIn(
        '<Compare topic="architecture" model="demo-1b">a</Compare> <Compare topic="memory" model="demo-1b">m</Compare>',
      ),
    ).toEqual([
      {
        file: 'content/reviews/demo.mdx',
        field: '<Compare model>',
        expected:
          'a model the memory calculator can compute (its architecture row needs layers, d_model, heads, KV heads and a parameter count), got "demo-1b"',
        line: 9,
      },
    ]);
  });

  it('reports a <Compare> without a topic, and a model without a row on that topic, at their lines', () => {
    expect(
      usesIn('<Compare model="demo-7b">x</Compare>\n\n<Compare topic="training" model="demo-7b">y</Compare>'),
    ).toEqual([
      {
        file: 'content/reviews/demo.mdx',
        field: '<Compare topic>',
        expected: 'one of architecture, memory, alignment, long-context, tokenizers, training, got nothing',
        line: 9,
      },
      {
        file: 'content/reviews/demo.mdx',
        field: '<Compare model>',
        expected:
          'a model with a row on /compare/training/ (content/data/compare/*.yaml, topic training), got "demo-7b"',
        line: 11,
      },
    ]);
  });
});
