// Turns a built page into search records, one per section (h2/h3 with an id), holding only
// the text a reader sees there. Pagefind then builds excerpts from exactly that text, so no
// index-only word can show in a snippet, and a result fetches one section's fragment
// instead of the whole page's (a review's fragment was ~39 KB compressed).
import { DomUtils, parseDocument } from 'htmlparser2';

/** An element of htmlparser2's tree (domhandler's type, which htmlparser2 does not re-export by name). */
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];
type Node = Element['children'][number];

export interface SearchRecord {
  /** Page URL, plus `#id` for a section. */
  url: string;
  /** The section heading, or the page title for the text before the first heading. */
  title: string;
  page: string;
  kind: string;
  content: string;
}

/**
 * Never indexed: chrome, duplicates for screen readers, and KaTeX's MathML copy (as the selector
 * `script, style, svg, template, noscript, button, [data-pagefind-ignore], [hidden], .sr-only,
 * .katex-mathml, .heading-anchor` would).
 */
const SKIP_TAGS = new Set(['script', 'style', 'svg', 'template', 'noscript', 'button']);
const SKIP_ATTRIBUTES = ['data-pagefind-ignore', 'hidden'];
const SKIP_CLASSES = ['sr-only', 'katex-mathml', 'heading-anchor'];

const hasClass = (el: Element, name: string) => (el.attribs['class'] ?? '').split(/\s+/).includes(name);

function skipped(el: Element): boolean {
  return (
    SKIP_TAGS.has(el.name) || SKIP_ATTRIBUTES.some((a) => a in el.attribs) || SKIP_CLASSES.some((c) => hasClass(el, c))
  );
}

/** The first element under `root` (depth first, as querySelector) that `test` accepts. */
const find = (root: Element | Node[], test: (el: Element) => boolean): Element | null =>
  DomUtils.findOne(test, Array.isArray(root) ? root : root.children, true);

/** Elements that flow inside a sentence; every other element is a word boundary. */
const INLINE = new Set([
  'A',
  'STRONG',
  'EM',
  'B',
  'I',
  'CODE',
  'SUB',
  'SUP',
  'MARK',
  'ABBR',
  'SMALL',
  'SPAN',
  'Q',
  'CITE',
  'KBD',
  'VAR',
  'TIME',
  'U',
  'S',
]);
/** Longer formulas read as noise in a one-line snippet; they are left out (issue #15: "short TeX or not at all"). */
export const MAX_TEX = 32;

/** The TeX of a rendered KaTeX formula when it is short enough to read in a snippet, else ''. */
export function formulaText(katex: Element): string {
  const annotation = find(katex, (el) => el.name === 'annotation' && el.attribs['encoding'] === 'application/x-tex');
  const tex = annotation ? DomUtils.textContent(annotation).trim() : '';
  return tex.length <= MAX_TEX ? tex : '';
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const squash = (s: string) => s.replace(/[\s:·,.()]+/g, '').toLowerCase();

/** True when a caption, without its trailing "(source)", is already in the heading. */
export function repeatsTitle(caption: string, title: string): boolean {
  const main = clean(caption).replace(/\s*\([^()]*\)\s*$/, '');
  return squash(main).length >= 6 && squash(title).includes(squash(main));
}

interface Open {
  url: string;
  title: string;
  parts: string[];
}

/**
 * Parsed with htmlparser2 itself (the parser linkedom wraps, same options): linkedom's DOM cost
 * 2.6 of the 3.9 s that the records of the 58 indexed pages took in a cold process.
 */
export function pageRecords(html: string, url: string): SearchRecord[] {
  const document = parseDocument(html, { lowerCaseAttributeNames: false });
  const body = find(document.children, (el) => 'data-pagefind-body' in el.attribs);
  if (!body) return [];
  const filter = find(body, (el) => el.attribs['data-pagefind-filter']?.startsWith('kind:') ?? false);
  const kind = filter?.attribs['data-pagefind-filter']?.slice(5) ?? '';
  const titled = find(body, (el) => el.attribs['data-pagefind-meta'] === 'title');
  const titleTag = find(document.children, (el) => el.name === 'title');
  const page = clean(DomUtils.textContent(titled ?? titleTag ?? []));
  const out: Open[] = [{ url, title: page, parts: [] }];
  let cur = out[0]!;
  let inCell = 0;

  const walk = (node: Node): void => {
    if (DomUtils.isText(node)) {
      cur.parts.push(node.data);
      return;
    }
    if (!DomUtils.isTag(node)) return;
    const el = node;
    if (skipped(el)) return;
    if (hasClass(el, 'katex')) {
      cur.parts.push(` ${formulaText(el)} `);
      return;
    }
    const tag = el.name.toUpperCase();
    // a table caption that repeats the section heading ("Table 5: …" above "… (논문, Table 5)") is said once
    if ((tag === 'CAPTION' || tag === 'FIGCAPTION') && repeatsTitle(DomUtils.textContent(el), cur.title)) return;
    if ((tag === 'H2' || tag === 'H3') && el.attribs['id']) {
      const title = clean(DomUtils.textContent(el));
      cur = { url: `${url}#${el.attribs['id']}`, title, parts: [] };
      out.push(cur);
    }
    const cell = tag === 'TD' || tag === 'TH';
    if (cell) inCell += 1;
    const boundary = inCell > 0 || !INLINE.has(tag);
    if (boundary) cur.parts.push(' ');
    for (const child of el.children) walk(child);
    if (boundary) cur.parts.push(' ');
    if (cell) inCell -= 1;
  };
  for (const child of body.children) walk(child);

  return out
    .map((r) => ({ url: r.url, title: r.title, page, kind, content: clean(r.parts.join('')) }))
    .filter((r) => r.content.length > 0);
}
