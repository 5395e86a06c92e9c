// The Starlight peer (scripts/bench/peer.ts) builds the same prose and math as ours, without
// our components: this pins what it keeps and drops.
import { describe, expect, it } from 'vitest';
import { peerMdx, runCount } from '../../scripts/bench/peer.ts';

describe('peerMdx', () => {
  const src = [
    '---',
    'title: "Qwen 리뷰"',
    'summary: "요약"',
    'paper: qwen',
    '---',
    '',
    '## 절',
    '',
    '점수는 <Score paper="qwen" model="a" bench="mmlu" /> 입니다. $x^2$ 와',
    '',
    '$$',
    'e^{i\\pi}',
    '$$',
    '',
    '<Callout kind="note" title="주의">',
    '안쪽 글 <Concept id="rope">RoPE</Concept>',
    '</Callout>',
    '<BenchmarkTable paper="qwen" table="t2" columns={["a", "b"]} />',
  ].join('\n');
  const out = peerMdx(src, 'qwen.mdx');

  it('keeps title, summary as description, prose and math; drops our fields', () => {
    expect(out).toMatch(/^---\ntitle: "Qwen 리뷰"\ndescription: "요약"\n---\n/);
    expect(out).not.toContain('paper: qwen');
    expect(out).toContain('$x^2$');
    expect(out).toContain('$$\ne^{i\\pi}\n$$');
    expect(out).toContain('안쪽 글 RoPE');
  });

  it('drops self-closing components and unwraps paired ones', () => {
    expect(out).not.toMatch(/<[A-Z]/);
    expect(out).toContain('점수는  입니다.');
  });

  it('names the file and field when the title is missing', () => {
    expect(() => peerMdx('---\nsummary: x\n---\n', 'bad.mdx')).toThrow(/bad\.mdx: front matter field "title"/);
    expect(() => peerMdx('no front matter', 'none.mdx')).toThrow(/none\.mdx: no front matter/);
  });
});

describe('runCount', () => {
  it('is 3 by default and reads --runs N', () => {
    expect(runCount(['node', 'peer.ts'])).toBe(3);
    expect(runCount(['node', 'peer.ts', '--runs', '5'])).toBe(5);
  });
  it('rejects a count that is not a whole number ≥ 1, naming the flag and the value', () => {
    for (const bad of ['0', '2.5', 'x'])
      expect(() => runCount(['--runs', bad])).toThrow(`--runs takes a whole number ≥ 1, got "${bad}"`);
    expect(() => runCount(['--runs'])).toThrow('got "undefined"');
  });
});
