import { describe, expect, it, vi } from 'vitest';
import {
  mdxSyntaxError,
  scanComponents,
  scanHeadings,
  scanLinks,
  scanMath,
  type ComponentUse,
} from '../../src/lib/content/mdx-scan.ts';

describe('MDX scanning through the syntax tree', () => {
  it('ignores components inside inline code and {/* comments */} (issue 11 false positives)', () => {
    const body =
      'Write `<Chart id="nope" />` to embed.\n\n{/* <Concept id="old" /> */}\n\n<Concept id="rope">RoPE</Concept>';
    expect(scanComponents(body).map((c) => [c.name, c.attrs.id, c.line])).toEqual([['Concept', 'rope', 5]]);
  });

  it('reads template-literal expressions whole and marks them dynamic', () => {
    const [score] = scanComponents('<Score paper="q" table="t" model="m" benchmark="b" setting={`${x}`} shots={5} />');
    expect(score!.attrs).toMatchObject({ setting: '`${x}`', shots: '5' });
    expect(score!.dynamic).toEqual(['setting']);
  });

  it('accepts any quoting style MDX accepts', () => {
    const uses = scanComponents('<Chart id=\'qwen-long-context-ppl\' />\n<Chart id={"a"} />\n<Chart id={`b`} />');
    expect(uses.map((u) => u.attrs.id)).toEqual(['qwen-long-context-ppl', 'a', 'b']);
    expect(uses.every((u) => u.dynamic.length === 0)).toBe(true);
  });

  it('finds headings as plain text and links from markdown, definitions and <a href>', () => {
    const body =
      '## 긴 **컨텍스트** `x`\n\n[a](/reviews/qwen/#q) [b](https://x.org)\n\n<a href="/charts/">c</a>\n\n[d]: /concepts/rope/';
    expect(scanHeadings(body)).toEqual([{ depth: 2, text: '긴 컨텍스트 x', line: 1 }]);
    expect(scanLinks(body).map((l) => l.url)).toEqual(['/reviews/qwen/#q', '/charts/', '/concepts/rope/']);
  });

  it('lists formulas with their lines and notices an unclosed $$', () => {
    const math = scanMath('텍스트 $a^2$\n\n$$\n\\frac{1}{2}\n$$\n\n$$\nx\n<Chart id="hidden" />\n');
    expect(math.map((m) => [m.tex, m.display, m.line, m.closed])).toEqual([
      ['a^2', false, 1, true],
      ['\\frac{1}{2}', true, 3, true],
      ['x\n<Chart id="hidden" />', true, 7, false],
    ]);
  });

  it('walks each body once per question and shares a frozen answer', () => {
    const body = '## 하나\n\n<Concept id="rope">RoPE</Concept>\n\n## 둘\n\n<Compare topic="t" />';
    const uses = scanComponents(body);
    // a page asking again (35 concept pages ask of every review) gets the same answer, not a new walk
    expect(scanComponents(`${body}`)).toBe(uses);
    expect(scanHeadings(body)).toBe(scanHeadings(body));
    expect(uses.map((u) => u.name)).toEqual(['Concept', 'Compare']);
    // shared, so no caller can change it for the next one
    expect(() => (uses as ComponentUse[]).push(uses[0]!)).toThrow(TypeError);
    expect(() => (uses[0]!.attrs.id = 'other')).toThrow(TypeError);
    expect(scanComponents(body)[0]!.attrs.id).toBe('rope');
  });

  it('a second copy of the module, as the pages’ bundle loads, parses nothing the first copy parsed', async () => {
    const body = '## 셋\n\n<Concept id="gqa">GQA</Concept>\n';
    const uses = scanComponents(body);
    const slot = (globalThis as { [k: symbol]: { trees: Map<string, unknown>; chars: number } | undefined })[
      Symbol.for('prn.mdx-trees')
    ];
    expect(slot?.trees.has(body.replace(/\n+$/, ''))).toBe(true); // kept without its trailing newline
    const before = { trees: slot!.trees.size, chars: slot!.chars };
    vi.resetModules();
    const copy = await import('../../src/lib/content/mdx-scan.ts');
    expect(copy.scanComponents).not.toBe(scanComponents); // really another copy of the code
    expect(copy.scanComponents(body)).toEqual(uses);
    expect({ trees: slot!.trees.size, chars: slot!.chars }).toEqual(before);
  });

  it('Astro’s copy of a body, with more leading newlines, reuses its tree and answers with shifted lines', () => {
    const body = '## 넷\n\n<Concept id="rope">RoPE</Concept> [링크](/concepts/rope/) $x$\n';
    const slot = (globalThis as { [k: symbol]: { trees: Map<string, unknown>; chars: number } | undefined })[
      Symbol.for('prn.mdx-trees')
    ];
    const plain = { uses: scanComponents(body), headings: scanHeadings(body) };
    const trees = slot!.trees.size;
    const shifted = { uses: scanComponents(`\n\n${body}`), headings: scanHeadings(`\n\n${body}`) };
    expect(slot!.trees.size).toBe(trees);
    expect(shifted.uses.map((u) => [u.name, u.line])).toEqual(plain.uses.map((u) => [u.name, u.line + 2]));
    expect(shifted.headings).toEqual(plain.headings.map((h) => ({ ...h, line: h.line + 2 })));
    expect(plain.headings[0]!.line).toBe(1);
    expect(mdxSyntaxError('\n텍스트\n\n<Callout type="note">\n닫히지 않음')).toMatchObject({ line: 4 });
  });

  it('reports invalid MDX with its line instead of guessing', () => {
    expect(mdxSyntaxError('텍스트\n\n<Callout type="note">\n닫히지 않음')).toMatchObject({
      line: 3,
      message: expect.stringMatching(/closing tag/),
    });
    expect(scanComponents('<Callout>')).toEqual([]);
  });
});

describe('heading sources for contents labels', () => {
  it('keep inline math as $…$ source, which scanHeadings renders as plain text', async () => {
    const { scanHeadingSources } = await import('../../src/lib/content/mdx-scan.ts');
    const body = '### 예시 2: $C = 10^{20}$ FLOPs로 설계하기\n';
    expect(scanHeadingSources(body)).toEqual([{ depth: 3, text: '예시 2: $C = 10^{20}$ FLOPs로 설계하기', line: 1 }]);
    expect(scanHeadings(body)[0]!.text).toBe('예시 2: C = 10^{20} FLOPs로 설계하기');
  });
});

describe('mdx scanning', () => {
  const body =
    '## 하나\n\n<Concept id="rope">RoPE</Concept>\n\n```\n## 코드 속 제목\n<Chart id="x" />\n```\n\n$$\n<Chart id="y" />\n$$\n\n## 둘\n<Score paper="q" table="t" model="m" benchmark="b" shots={5} />';
  it('finds components with attributes and lines, skipping code and math', () => {
    expect(scanComponents(body)).toEqual([
      { name: 'Concept', attrs: { id: 'rope' }, dynamic: [], line: 3 },
      {
        name: 'Score',
        attrs: { paper: 'q', table: 't', model: 'm', benchmark: 'b', shots: '5' },
        dynamic: [],
        line: 15,
      },
    ]);
  });
  it('finds headings outside code', () => {
    expect(scanHeadings(body).map((h) => h.text)).toEqual(['하나', '둘']);
  });
});
