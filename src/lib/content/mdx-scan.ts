// Reads MDX bodies through the MDX syntax tree (remark-parse + remark-mdx + remark-math, the
// parsers @mdx-js/mdx itself uses), so code spans, fenced code, `{/* comments */}`, expressions
// and any attribute quoting are understood exactly as the compiler will understand them.
// Results carry body-relative line numbers; the validator adds the frontmatter offset.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export interface ComponentUse {
  name: string;
  /** Attribute values as text (see attrValue). */
  attrs: Record<string, string>;
  /** Attributes whose value is only known at render time (`{x}`, `` {`${x}`} ``): attrs holds their source. */
  dynamic: string[];
  line: number;
}

export interface Heading {
  depth: number;
  text: string;
  line: number;
}

export interface Link {
  url: string;
  line: number;
}

export interface MathUse {
  tex: string;
  display: boolean;
  line: number;
  /** False for a `$$` block whose closing fence never comes (MDX runs it to the end of the file). */
  closed: boolean;
}

export interface MdxSyntaxError {
  message: string;
  line?: number;
}

type Parsed = { tree: Root; error?: undefined } | { tree?: undefined; error: MdxSyntaxError };

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

/**
 * The validator, backlinks and tests ask several questions of the same body: parse it once.
 * A build loads this module twice, once with the content check (an integration in
 * astro.config.ts) and once inside Astro's server bundle (the pages), so the parsed trees live on
 * globalThis, where both copies find them: pages that scan the checked content's bodies (the
 * slide packs) reuse the trees the check parsed, about 0.3 s of every build. Astro's entry.body
 * is the same text with one more leading newline: leading and trailing newlines are left out of
 * the key (they change no node, only line numbers, which the scans add back; parseBody), so the
 * pages' questions about entry.body reuse those trees too. A tree depends only on the body and
 * the remark packages, which a running process never reloads; what the code here asks of a tree
 * (the answers below) stays per copy, so after an edit to this file `astro dev` does not answer
 * with the old code. An edited body is a new entry; the trees are dropped once their bodies pass
 * MAX_CACHED_CHARS (about ten versions of today's content).
 */
interface TreeCache {
  trees: Map<string, Parsed>;
  chars: number;
}
const MAX_CACHED_CHARS = 4_000_000;
const SHARED = Symbol.for('prn.mdx-trees');
const shared = globalThis as typeof globalThis & { [SHARED]?: TreeCache };
const cache: TreeCache = (shared[SHARED] ??= { trees: new Map(), chars: 0 });

function parse(body: string): Parsed {
  const hit = cache.trees.get(body);
  if (hit) return hit;
  let out: Parsed;
  try {
    out = { tree: processor.parse(body) };
  } catch (e) {
    const err = e as {
      reason?: string;
      message: string;
      line?: number | null;
      place?: { line?: number; start?: { line: number } };
    };
    // Some mdast-util-mdx-jsx errors carry their place only in the text: "… (3:1-3:22)".
    const reason = err.reason ?? err.message;
    const suffix = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(reason);
    const line = err.line ?? err.place?.start?.line ?? err.place?.line ?? (suffix ? Number(suffix[1]) : undefined);
    const message = suffix ? reason.slice(0, suffix.index) : reason;
    out = { error: { message, ...(line ? { line } : {}) } };
  }
  if (cache.chars + body.length > MAX_CACHED_CHARS) {
    cache.trees.clear();
    cache.chars = 0;
  }
  cache.trees.set(body, out);
  cache.chars += body.length;
  return out;
}

// Every page of a kind asks the same question of every review (a concept page's backlinks scan
// all four reviews' components and headings; there are 35 concept pages): one walk of the tree
// per body and question. The answers are shared, so they are frozen.
const answers = new WeakMap<Root, Map<string, readonly unknown[]>>();

/**
 * What is parsed of a body: the text without its leading and trailing newlines, which change no
 * node (only every line number: `lines` is how many come first, and the answers add them back).
 */
function parseBody(body: string): Parsed & { text: string; lines: number } {
  let start = 0;
  while (body.charCodeAt(start) === 10) start += 1;
  let end = body.length;
  while (end > start && body.charCodeAt(end - 1) === 10) end -= 1;
  const text = start === 0 && end === body.length ? body : body.slice(start, end);
  return { ...parse(text), text, lines: start };
}

function answer<T extends { line?: number }>(body: string, question: string, walk: (tree: Root) => T[]): readonly T[] {
  const { tree, lines } = parseBody(body);
  if (!tree) return [];
  let known = answers.get(tree);
  if (!known) answers.set(tree, (known = new Map<string, readonly unknown[]>()));
  const key = lines ? `${question}+${lines}` : question;
  let out = known.get(key) as readonly T[] | undefined;
  if (!out) {
    const found = walk(tree).map((x) => (lines && x.line !== undefined ? { ...x, line: x.line + lines } : x));
    known.set(key, (out = Object.freeze(found.map((x) => Object.freeze(x)))));
  }
  return out;
}

/** Why the body is not valid MDX, or undefined when it parses. */
export function mdxSyntaxError(body: string): MdxSyntaxError | undefined {
  const { error, lines } = parseBody(body);
  return error?.line !== undefined && lines ? { ...error, line: error.line + lines } : error;
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }): number => node.position?.start.line ?? 1;

function isJsx(node: RootContent | Root): node is MdxJsxFlowElement | MdxJsxTextElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/**
 * An attribute's value: strings as written, `{5}` / `{"a"}` / `` {`a`} `` as their literal; other
 * expressions are dynamic.
 */
function attrValue(attr: MdxJsxAttribute): { value: string; dynamic: boolean } {
  const v = attr.value;
  if (v === null || v === undefined) return { value: 'true', dynamic: false };
  if (typeof v === 'string') return { value: v.trim(), dynamic: false };
  const expr = v.data?.estree?.body[0];
  if (expr?.type === 'ExpressionStatement') {
    const e = expr.expression;
    if (
      e.type === 'Literal' &&
      (typeof e.value === 'string' || typeof e.value === 'number' || typeof e.value === 'boolean')
    )
      return { value: String(e.value).trim(), dynamic: false };
    if (e.type === 'TemplateLiteral' && e.expressions.length === 0)
      return { value: (e.quasis[0]?.value.cooked ?? '').trim(), dynamic: false };
  }
  return { value: v.value.trim(), dynamic: true };
}

/** Capitalised JSX elements (the site's components) with their attributes; [] when the body does not parse. */
export function scanComponents(body: string): readonly ComponentUse[] {
  return answer(body, 'components', (tree) => {
    const out: ComponentUse[] = [];
    visit(tree, (el) => {
      if (!isJsx(el) || el.name === null || !/^[A-Z]/.test(el.name)) return;
      const attrs: Record<string, string> = {};
      const dynamic: string[] = [];
      for (const a of el.attributes) {
        if (a.type !== 'mdxJsxAttribute') continue;
        const v = attrValue(a);
        attrs[a.name] = v.value;
        if (v.dynamic) dynamic.push(a.name);
      }
      out.push({ name: el.name, attrs: Object.freeze(attrs), dynamic, line: lineOf(el) });
    });
    return out;
  });
}

/** Markdown headings, as plain text (emphasis, code ticks, links and components reduced to their text). */
export function scanHeadings(body: string): readonly Heading[] {
  return answer(body, 'headings', (tree) => {
    const out: Heading[] = [];
    visit(tree, 'heading', (h) => void out.push({ depth: h.depth, text: toString(h).trim(), line: lineOf(h) }));
    return out;
  });
}

/**
 * Headings with their source text (inline math keeps its `$…$`), for contents labels that turn
 * the TeX into readable text (src/lib/toc.ts); scanHeadings gives the plain text MDX renders.
 */
export function scanHeadingSources(body: string): Heading[] {
  const { tree, text: parsed, lines } = parseBody(body);
  const out: Heading[] = [];
  if (tree)
    visit(tree, 'heading', (h) => {
      const from = h.children[0]?.position?.start.offset;
      const to = h.children.at(-1)?.position?.end.offset;
      const text = from === undefined || to === undefined ? toString(h) : parsed.slice(from, to);
      out.push({ depth: h.depth, text: text.trim(), line: lineOf(h) + lines });
    });
  return out;
}

const INTERNAL = /^[/#]/;

/** Site-internal links: markdown links and definitions, and `href` of JSX elements (`<a href="/…">`). */
export function scanLinks(body: string): Link[] {
  const { tree, lines } = parseBody(body);
  const out: Link[] = [];
  if (!tree) return out;
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && INTERNAL.test(node.url))
      out.push({ url: node.url, line: lineOf(node) + lines });
    if (isJsx(node))
      for (const a of node.attributes)
        if (a.type === 'mdxJsxAttribute' && a.name === 'href' && typeof a.value === 'string' && INTERNAL.test(a.value))
          out.push({ url: a.value, line: lineOf(node) + lines });
  });
  return out;
}

/** Every `$…$` and `$$…$$` formula, for checking with KaTeX before the build renders it. */
export function scanMath(body: string): MathUse[] {
  const { tree, text, lines } = parseBody(body);
  const out: MathUse[] = [];
  if (!tree) return out;
  visit(tree, (node) => {
    if (node.type === 'inlineMath')
      out.push({ tex: node.value, display: false, line: lineOf(node) + lines, closed: true });
    if (node.type === 'math') {
      const raw = text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? text.length).trimEnd();
      const rows = raw.split('\n');
      const closed = rows.length > 1 && /^\s*\$\$/.test(rows[rows.length - 1] ?? '');
      out.push({ tex: node.value, display: true, line: lineOf(node) + lines, closed });
    }
  });
  return out;
}
