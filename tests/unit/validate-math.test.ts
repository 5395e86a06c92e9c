// checkMdxBody (validate-math.ts): MDX syntax and every formula of one body, with lines in the
// file (body line + the frontmatter offset). validate.test.ts covers an undefined macro, a missing
// brace, an unclosed "$$" and an unclosed <Callout> through validateContent.
import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import { checkMdxBody } from '../../src/lib/content/validate-math.ts';

const FILE = 'content/reviews/demo.mdx';

function check(body: string, offset = 8): { ok: boolean; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const ok = checkMdxBody(
    FILE,
    body,
    offset,
    (file, field, expected, line) => void issues.push({ file, field, expected, ...(line ? { line } : {}) }),
  );
  return { ok, issues };
}

describe('checkMdxBody', () => {
  it('returns true and reports nothing for valid MDX with inline and display formulas', () => {
    expect(check('글 $d_{\\text{model}}$ 입니다.\n\n$$\n\\frac{QK^\\top}{\\sqrt{d}}\n$$\n')).toEqual({
      ok: true,
      issues: [],
    });
  });

  it('returns false for invalid MDX and does not check its formulas', () => {
    expect(check('<Callout>\n\n$\\foo$\n')).toEqual({
      ok: false,
      issues: [{ file: FILE, field: 'MDX', expected: 'valid MDX (Expected a closing tag for `<Callout>`)', line: 9 }],
    });
  });

  it('refuses Hangul typed in math mode (strict mode), naming the character and where it is', () => {
    expect(check('한 줄.\n\n손실은 $L = 손실$ 입니다.\n').issues).toEqual([
      {
        file: FILE,
        field: 'math',
        expected:
          'a formula KaTeX can render (KaTeX: LaTeX-incompatible input and strict mode is set to \'error\': Unicode text character "손" used in math mode [unicodeTextInMathMode] at character 4 of "L = 손실")',
        line: 11,
      },
    ]);
  });

  it('parses a display formula in display mode, where \\tag is allowed', () => {
    expect(check('$$\nx = 1 \\tag{1}\n$$\n').issues).toEqual([]);
    expect(check('$x = 1 \\tag{1}$\n').issues).toEqual([
      {
        file: FILE,
        field: 'math',
        expected: 'a formula KaTeX can render (KaTeX: \\tag works only in display equations)',
        line: 9,
      },
    ]);
  });

  it('reports every bad formula of a body, each at its own line', () => {
    expect(check('$a^{$ 와 $\\nope$\n\n$b_{$\n', 0).issues).toEqual([
      {
        file: FILE,
        field: 'math',
        expected: "a formula KaTeX can render (KaTeX: Expected '}', got 'EOF' at character 3 of \"a^{\")",
        line: 1,
      },
      {
        file: FILE,
        field: 'math',
        expected: 'a formula KaTeX can render (KaTeX: Undefined control sequence: \\nope at character 0 of "\\nope")',
        line: 1,
      },
      {
        file: FILE,
        field: 'math',
        expected: "a formula KaTeX can render (KaTeX: Expected '}', got 'EOF' at character 3 of \"b_{\")",
        line: 3,
      },
    ]);
  });

  it('reports an unclosed display formula once, without parsing the rest of the file it swallows', () => {
    expect(check('글.\n\n$$\n\\nope\n').issues).toEqual([
      {
        file: FILE,
        field: 'math',
        expected:
          'a closing "$$" line for the display formula opened here (without it the rest of the file renders as math)',
        line: 11,
      },
    ]);
  });
});
