// Formulas and MDX syntax, checked before Astro compiles anything: rehype-katex would render a
// bad formula as red text and an unclosed `$$` as a page of math (hiding everything after it).
import katex from 'katex';
import { KATEX_OPTIONS } from '../markdown/katex-options.ts';
import { mdxSyntaxError, scanMath } from './mdx-scan.ts';

// Parsing is where KaTeX finds undefined macros, unbalanced braces and strict-mode violations;
// it is ~20× faster than rendering, which the build does anyway.
// eslint-disable-next-line @typescript-eslint/unbound-method -- KaTeX's __parse is a plain function (no `this`)
const parseTex = (katex as unknown as { __parse(tex: string, options: object): unknown }).__parse;

import type { Add } from './collector.ts';

/**
 * `offset` is the number of lines before the body (the frontmatter block). Returns false if the
 * body is not valid MDX.
 */
export function checkMdxBody(file: string, body: string, offset: number, add: Add): boolean {
  const syntax = mdxSyntaxError(body);
  if (syntax) {
    add(file, 'MDX', `valid MDX (${syntax.message})`, syntax.line ? syntax.line + offset : undefined);
    return false;
  }
  for (const m of scanMath(body)) {
    const line = m.line + offset;
    if (!m.closed) {
      add(
        file,
        'math',
        'a closing "$$" line for the display formula opened here (without it the rest of the file renders as math)',
        line,
      );
      continue;
    }
    try {
      parseTex(m.tex, { ...KATEX_OPTIONS, displayMode: m.display, throwOnError: true });
    } catch (e) {
      const err = e as Error & { rawMessage?: string; position?: number };
      const at = err.position !== undefined ? ` at character ${err.position} of "${m.tex.trim()}"` : '';
      add(file, 'math', `a formula KaTeX can render (KaTeX: ${err.rawMessage ?? err.message}${at})`, line);
    }
  }
  return true;
}
