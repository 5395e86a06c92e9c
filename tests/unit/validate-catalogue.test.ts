// cataloguePass (validate-catalogue.ts): papers, models and benchmarks, the ids every later pass
// checks references against.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { IssueCollector } from '../../src/lib/content/collector.ts';
import type { RawFile } from '../../src/lib/content/types.ts';
import { cataloguePass } from '../../src/lib/content/validate-catalogue.ts';
import { OK_ROOT } from './helpers.ts';

const today = new Date('2026-11-30');
const MODELS = 'content/data/models.yaml';
const BENCHMARKS = 'content/data/benchmarks.yaml';

const paper = (file: string, id: string, date = '2024-01-01'): RawFile => ({
  file,
  text: [
    `id: ${id}`,
    'title: A Paper',
    'shortTitle: 논문',
    'arxiv: "2401.00001"',
    'version: v1',
    `date: ${date}`,
    'organisation: Lab',
    'authors: [A. Author]',
    'license: CC BY 4.0',
  ].join('\n'),
});
const model = (id: string, paperId: string) =>
  `- { id: ${id}, name: M, family: F, params: 7, paper: ${paperId}, kind: base }`;
const benchmark = (id: string, range = '[0, 100]') =>
  `- { id: ${id}, name: B, category: knowledge, metric: m, range: ${range}, higherIsBetter: true }`;

function run(raw: { papers?: RawFile[]; models?: string[]; benchmarks?: string[] }) {
  const c = new IssueCollector();
  const cat = cataloguePass(
    c,
    {
      papers: raw.papers ?? [paper('content/papers/demo.yaml', 'demo')],
      models: [{ file: MODELS, text: (raw.models ?? []).join('\n') || '[]' }],
      benchmarks: [{ file: BENCHMARKS, text: (raw.benchmarks ?? []).join('\n') || '[]' }],
    },
    today,
  );
  return { cat, issues: c.issues };
}

describe('cataloguePass', () => {
  it('returns the papers, ids and entries of the valid fixture, with schema defaults applied', () => {
    const c = new IssueCollector();
    const cat = cataloguePass(c, readContent(OK_ROOT), today);
    expect(c.issues).toEqual([]);
    expect(cat.papers.map((p) => [p.id, p.date.toISOString().slice(0, 10), p.links.length])).toEqual([
      ['demo', '2024-01-01', 1],
    ]);
    expect([...cat.paperIds]).toEqual(['demo']);
    expect([...cat.modelIds]).toEqual(['demo-7b', 'other-13b']);
    expect([...cat.benchmarkIds]).toEqual(['mmlu', 'ppl']);
    expect(cat.models.get('other-13b')).toMatchObject({ paper: null, params: 13 });
    expect(cat.benchmarks.get('ppl')).toMatchObject({ range: [1, 100000], shots: null });
  });

  it('reports a paper whose id is not its file name, and knows the paper by both names', () => {
    const { cat, issues } = run({ papers: [paper('content/papers/demo.yaml', 'demo-v2')] });
    expect(issues).toEqual([
      { file: 'content/papers/demo.yaml', field: 'id', expected: 'the file name ("demo"), got "demo-v2"' },
    ]);
    expect(cat.papers.map((p) => p.id)).toEqual(['demo-v2']);
    expect([...cat.paperIds].sort()).toEqual(['demo', 'demo-v2']);
  });

  it('reports a paper dated after tomorrow, and accepts one dated tomorrow (time-zone slack)', () => {
    const { issues } = run({
      papers: [
        paper('content/papers/late.yaml', 'late', '2026-12-02'),
        paper('content/papers/next.yaml', 'next', '2026-12-01'),
      ],
    });
    expect(issues).toEqual([
      {
        file: 'content/papers/late.yaml',
        field: 'date',
        expected: 'a date that is not in the future (today is 2026-11-30), got 2026-12-02',
      },
    ]);
  });

  it('keeps the id of a paper whose card is invalid, so models naming it are not reported again', () => {
    const broken = paper('content/papers/demo.yaml', 'demo');
    const { cat, issues } = run({
      papers: [{ ...broken, text: broken.text.replace('arxiv: "2401.00001"', 'arxiv: nope') }],
      models: [model('demo-7b', 'demo')],
    });
    expect(issues).toEqual([
      { file: 'content/papers/demo.yaml', field: 'arxiv', expected: 'an arXiv id such as 2309.16609' },
    ]);
    expect(cat.papers).toEqual([]);
    expect([...cat.paperIds]).toEqual(['demo']);
  });

  it('reports a model whose paper is unknown under models.<id>.paper, and accepts a model with no paper', () => {
    const { issues } = run({ models: [model('demo-7b', 'demo'), model('gpt-4', 'null'), model('x-7b', 'nope')] });
    expect(issues).toEqual([
      { file: MODELS, field: 'models.x-7b.paper', expected: 'a known paper id (demo), got "nope"' },
    ]);
  });

  it('reports a model id or a benchmark id defined twice, naming the file of the first', () => {
    const { cat, issues } = run({
      models: [model('demo-7b', 'demo'), model('demo-7b', 'demo')],
      benchmarks: [benchmark('mmlu'), benchmark('mmlu')],
    });
    expect(issues).toEqual([
      { file: MODELS, field: 'id', expected: `a unique model id ("demo-7b" is already defined in ${MODELS})` },
      { file: BENCHMARKS, field: 'id', expected: `a unique benchmark id ("mmlu" is already defined in ${BENCHMARKS})` },
    ]);
    expect([...cat.modelIds]).toEqual(['demo-7b']);
  });

  it('reports a benchmark range whose minimum is not below its maximum', () => {
    const { issues } = run({
      benchmarks: [benchmark('ok', '[0, 1]'), benchmark('flat', '[5, 5]'), benchmark('upside', '[100, 0]')],
    });
    expect(issues).toEqual([
      { file: BENCHMARKS, field: 'benchmarks.flat.range', expected: '[min, max] with min < max, got [5, 5]' },
      { file: BENCHMARKS, field: 'benchmarks.upside.range', expected: '[min, max] with min < max, got [100, 0]' },
    ]);
  });

  it('counts the id of a model or benchmark the schema rejects as known, but returns no entry for it', () => {
    const { cat, issues } = run({
      models: [model('demo-7b', 'demo'), '- { id: bad-7b, name: Bad, family: F, params: seven, paper: null }'],
      benchmarks: ['- { id: bad-bench, name: B, category: vibes, metric: m, range: [0, 1], higherIsBetter: true }'],
    });
    expect(issues.map((i) => i.field)).toEqual(['[1].params', '[0].category']);
    expect([...cat.modelIds]).toEqual(['demo-7b', 'bad-7b']);
    expect(cat.models.has('bad-7b')).toBe(false);
    expect([...cat.benchmarkIds]).toEqual(['bad-bench']);
    expect(cat.benchmarks.size).toBe(0);
  });
});
