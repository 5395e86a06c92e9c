// One formula to an HTML string, for the places that render TeX outside Markdown (notation
// table, glossary previews): the same KaTeX options and the same MathML fixes as the
// Markdown pipeline (rehype-katex + rehype-mathml.ts), so a formula looks the same everywhere.
import katex from 'katex';
import { KATEX_OPTIONS } from './katex-options.ts';
import { styleMathText } from './math-variants.ts';

// KaTeX writes a styled token as <mi mathvariant="script">L</mi>; only plain letters and digits
// are rewritten (an entity such as &amp; must not be read as letters).
const STYLED_TOKEN = /<(mi|mn|mo|mtext)([^>]*?) mathvariant="([a-z-]+)"([^>]*)>([A-Za-z0-9]+)<\/\1>/g;

// Every review page renders the concept previews it links to, and the dev server re-renders a
// page on each edit: the same formulas again and again. KaTeX's output depends only on the TeX,
// the display mode and the fixed options, so each result is kept for the process (a formula that
// throws is not kept and throws again).
const rendered = new Map<string, string>();

/** MathML of `tex` (strict: a bad formula throws); a display formula in its `katex-display` block. */
export function texToMathml(tex: string, displayMode = false): string {
  const key = `${displayMode ? 'D' : 'I'}${tex}`;
  let out = rendered.get(key);
  if (out === undefined) {
    out = renderMathml(tex, displayMode);
    rendered.set(key, out);
  }
  return out;
}

function renderMathml(tex: string, displayMode: boolean): string {
  const html = katex
    .renderToString(tex, { ...KATEX_OPTIONS, displayMode, throwOnError: true })
    .replace(STYLED_TOKEN, (whole, tag: string, before: string, variant: string, after: string, text: string) => {
      if (variant === 'normal') return whole;
      const styled = styleMathText(variant, text);
      return styled === undefined ? whole : `<${tag}${before}${after}>${styled}</${tag}>`;
    });
  return displayMode ? `<span class="katex-display">${html}</span>` : html;
}
