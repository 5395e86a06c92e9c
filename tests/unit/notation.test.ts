// The notation page is only useful if each symbol has one meaning and renders: the real
// file must pass, and a broken one must name file, field and expectation for each problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import { NOTATION_FILE, parseNotation, symbolAnchor } from '../../src/lib/notation.ts';

const papers = new Set(['qwen', 'llama-2', 'deepseek-llm', 'pangu-pi-pro']);

describe('content/notation.yaml', () => {
  const n = parseNotation(readFileSync(join(process.cwd(), NOTATION_FILE), 'utf8'), papers);
  const symbols = n.groups.flatMap((g) => g.symbols);
  it('defines the symbols every review uses, one meaning each', () => {
    const anchors = symbols.map((s) => symbolAnchor(s.tex));
    for (const a of [
      'd-model',
      'd-head',
      'd-ff',
      'n-layers',
      'n-heads',
      'n-kv-heads',
      'L',
      'V',
      'N',
      'D',
      'C',
      'M',
      'eta',
      'B',
      'b',
    ])
      expect(anchors).toContain(a);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
  it('names the papers’ own symbols (DeepSeek l_seq and n_vocab, PanGu L for layers)', () => {
    const paperTex = (anchor: string) =>
      symbols.find((s) => symbolAnchor(s.tex) === anchor)!.paperSymbols.map((p) => `${p.paper}:${p.tex}`);
    expect(paperTex('L')).toContain('deepseek-llm:l_{\\mathrm{seq}}');
    expect(paperTex('V')).toContain('deepseek-llm:n_{\\mathrm{vocab}}');
    expect(paperTex('n-layers')).toContain('pangu-pi-pro:L');
  });
});

describe('parseNotation errors', () => {
  it('lists every problem with file, field and expectation', () => {
    const text = readFileSync(join(FIXTURES, 'notation', 'broken.yaml'), 'utf8');
    let err: unknown;
    try {
      parseNotation(text, papers, 'content/notation.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ContentError);
    // The schema fails first (a symbol without a name), before cross-checks run.
    expect((err as ContentError).message).toContain('content/notation.yaml → groups[0].symbols[3].name');
  });
  it('rejects a symbol listed twice, an unknown paper and TeX that KaTeX refuses', () => {
    const text = readFileSync(join(FIXTURES, 'notation', 'broken.yaml'), 'utf8').replace(
      /\n {6}- tex: 'x'\n {8}meaning: .*\n?$/,
      '\n',
    );
    const msg = (() => {
      try {
        parseNotation(text, papers);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(msg).toContain('groups[0].symbols[1].tex: a symbol not listed before');
    expect(msg).toContain(
      'groups[0].symbols[0].paperSymbols[0].paper: a paper id from content/papers/, got "no-such-paper"',
    );
    expect(msg).toContain('groups[0].symbols[2].tex: TeX that KaTeX renders');
  });
  it('reports invalid YAML with the file name', () => {
    expect(() => parseNotation('groups: [', papers)).toThrow(/content\/notation\.yaml → \(file\): valid YAML/);
  });
});

describe('reviews and the notation page', () => {
  it('every review links /notation/ in its body', async () => {
    const { siteContent } = await import('../../src/build/site-content.ts');
    const { scanLinks } = await import('../../src/lib/content/mdx-scan.ts');
    const reviews = siteContent().reviews;
    expect(reviews.length).toBeGreaterThan(0);
    for (const r of reviews)
      expect(
        scanLinks(r.body).map((l) => l.url),
        r.file,
      ).toContain('/notation/');
  });
});

describe('inline math in meanings', () => {
  const yaml = (meaning: string) =>
    `intro: 소개\ngroups:\n  - id: g\n    title: 묶음\n    symbols:\n      - tex: 'x'\n        name: 엑스\n        meaning: '${meaning}'\n`;
  it('renders $…$ as KaTeX and escapes the rest', async () => {
    const { proseToHtml } = await import('../../src/lib/notation.ts');
    const html = proseToHtml('값 <b> $\\omega_i$ 끝');
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('class="katex"');
    // the TeX source stays only in the MathML annotation; the reader sees the symbol
    expect(html.replace(/<annotation[^]*?<\/annotation>/g, '')).not.toContain('\\omega');
    expect(html).toContain('<mi>ω</mi>');
  });
  it('names the field when inline math does not render', () => {
    expect(() => parseNotation(yaml('틀린 $\\frac{1}$ 식'), papers)).toThrow(
      /groups\[0\]\.symbols\[0\]\.meaning: inline math/,
    );
    expect(parseNotation(yaml('맞는 $x^2$ 식'), papers).groups[0]!.symbols[0]!.meaning).toBe('맞는 $x^2$ 식');
  });
});
