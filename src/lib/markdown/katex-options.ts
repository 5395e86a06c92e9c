// KaTeX settings shared by the renderer (astro.config.ts → rehype-katex) and the validator, so a
// formula that passes validation renders the same way. rehype-katex turns a KaTeX error into red
// text instead of failing; the validator (src/lib/content/validate-math.ts) is what fails the build.
// MathML only: browsers render MathML Core natively, so formulas need no KaTeX CSS or fonts and
// are written once (rehype-mathml.ts adapts the markup).
export const KATEX_OPTIONS = { output: 'mathml', strict: 'error' } as const;
