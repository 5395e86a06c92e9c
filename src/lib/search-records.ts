// Turns a built page into search records, one per section (h2/h3 with an id), holding only
// the text a reader sees there. Pagefind then builds excerpts from exactly that text, so no
// index-only word can show in a snippet, and a result fetches one section's fragment
// instead of the whole page's (a review's fragment was ~39 KB compressed).
import { parseHTML } from 'linkedom';

export interface SearchRecord {
  /** Page URL, plus `#id` for a section. */
  url: string;
  /** The section heading, or the page title for the text before the first heading. */
  title: string;
  page: string;
  kind: string;
  content: string;
}

/** Never indexed: chrome, duplicates for screen readers, and KaTeX's MathML copy. */
const SKIP =
  'script, style, svg, template, noscript, button, [data-pagefind-ignore], .sr-only, [hidden], .katex-mathml, .heading-anchor';
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
  const tex = katex.querySelector('annotation[encoding="application/x-tex"]')?.textContent?.trim() ?? '';
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

export function pageRecords(html: string, url: string): SearchRecord[] {
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return [];
  const kind =
    body.querySelector('[data-pagefind-filter^="kind:"]')?.getAttribute('data-pagefind-filter')?.slice(5) ?? '';
  const page = clean(body.querySelector('[data-pagefind-meta="title"]')?.textContent ?? document.title);
  const out: Open[] = [{ url, title: page, parts: [] }];
  let cur = out[0]!;
  let inCell = 0;

  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      cur.parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.matches(SKIP)) return;
    if (el.classList.contains('katex')) {
      cur.parts.push(` ${formulaText(el)} `);
      return;
    }
    const tag = el.tagName;
    // a table caption that repeats the section heading ("Table 5: …" above "… (논문, Table 5)") is said once
    if ((tag === 'CAPTION' || tag === 'FIGCAPTION') && repeatsTitle(el.textContent ?? '', cur.title)) return;
    if ((tag === 'H2' || tag === 'H3') && el.id) {
      const title = clean(el.textContent ?? '');
      cur = { url: `${url}#${el.id}`, title, parts: [] };
      out.push(cur);
    }
    const cell = tag === 'TD' || tag === 'TH';
    if (cell) inCell += 1;
    const boundary = inCell > 0 || !INLINE.has(tag);
    if (boundary) cur.parts.push(' ');
    for (const child of [...el.childNodes]) walk(child);
    if (boundary) cur.parts.push(' ');
    if (cell) inCell -= 1;
  };
  for (const child of [...body.childNodes]) walk(child);

  return out
    .map((r) => ({ url: r.url, title: r.title, page, kind, content: clean(r.parts.join('')) }))
    .filter((r) => r.content.length > 0);
}
