// Formatting of cited works (content/data/references.yaml) and of the note's own citation.
// Pure: the review page, <Cite> and the tests share these, so the list, the in-text label and
// the BibTeX cannot drift apart.
import type { Reference } from './content/schema.ts';

/** "others" in an author list stands for the authors not written out. */
const OTHERS = 'others';

function family(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

/** In-text label, Korean style: "Su(2023b)", "Chiang & Cholak(2022)", "Kaplan 등(2020)". */
export function citeLabel(ref: Reference): string {
  const named = ref.authors.filter((a) => a !== OTHERS);
  const more = named.length < ref.authors.length || named.length > 2;
  const who =
    named.length === 2 && !more
      ? `${family(named[0]!)} & ${family(named[1]!)}`
      : `${family(named[0] ?? ref.authors[0]!)}${more ? ' 등' : ''}`;
  return `${who}(${ref.label ?? ref.year})`;
}

export function referenceUrl(ref: Reference): string {
  return ref.arxiv ? `https://arxiv.org/abs/${ref.arxiv}` : ref.url!;
}

/** Authors as printed in the references list: "A, B, C 외". */
export function authorList(ref: Reference): string {
  const named = ref.authors.filter((a) => a !== OTHERS);
  return named.join(', ') + (named.length < ref.authors.length ? ' 외' : '');
}

/** One line of the references list (without the link, which the page adds). */
export function referenceText(ref: Reference): string {
  const where = [ref.venue, ref.arxiv ? `arXiv ${ref.arxiv}` : undefined].filter(Boolean).join(', ');
  return `${authorList(ref)} (${ref.label ?? ref.year}). ${ref.title}.${where ? ` ${where}.` : ''}`;
}

/** Keys in order of first citation, each once. */
export function citedKeys(uses: ReadonlyArray<{ name: string; attrs: Record<string, string> }>): string[] {
  const out: string[] = [];
  for (const u of uses) if (u.name === 'Cite' && u.attrs.key && !out.includes(u.attrs.key)) out.push(u.attrs.key);
  return out;
}

// --- the note's own citation ("이 노트 인용하기") -------------------------------------------

export interface NoteCitationInput {
  siteName: string;
  reviewId: string;
  title: string;
  paperTitle: string;
  arxiv: string;
  year: number;
  url: string;
}

export function noteShortCitation(n: NoteCitationInput): string {
  return `${n.siteName}, 「${n.title}」, ${n.year}. ${n.url}`;
}

function bibValue(s: string): string {
  // Braces in a value must balance; a stray one would end the field early.
  return s.replace(/[{}]/g, '');
}

export function noteBibtex(n: NoteCitationInput): string {
  const key = `prn-${n.reviewId.replace(/[^a-z0-9]+/gi, '-')}-${n.year}`;
  const fields: Array<[string, string]> = [
    ['title', n.title],
    ['author', `{${n.siteName}}`],
    ['year', String(n.year)],
    ['howpublished', `\\url{${n.url}}`],
    ['url', n.url],
    ['note', `Review of "${n.paperTitle}" (arXiv ${n.arxiv})`],
  ];
  const body = fields
    .map(([k, v]) => `  ${k} = {${k === 'howpublished' || k === 'author' ? v : bibValue(v)}}`)
    .join(',\n');
  return `@misc{${key},\n${body}\n}`;
}

export interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

/**
 * A small BibTeX reader (entries of `key = {…}`, `"…"` or bare values; nested braces), enough
 * to prove that what the page offers parses. Throws with the position of the first error.
 */
export function parseBibtex(text: string): BibEntry[] {
  const out: BibEntry[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`BibTeX: expected ${what} at offset ${i}: "${text.slice(i, i + 20)}"`);
  };
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const ident = (): string => {
    const m = /^[A-Za-z0-9_:\-.+/]+/.exec(text.slice(i));
    if (!m) fail('a name');
    i += m![0].length;
    return m![0];
  };
  const braced = (): string => {
    if (text[i] !== '{') fail('"{"');
    let depth = 0;
    const start = i + 1;
    for (; i < text.length; i++) {
      if (text[i] === '\\') {
        i++;
        continue;
      }
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return text.slice(start, i++);
    }
    return fail('a closing "}"');
  };
  while (true) {
    ws();
    if (i >= text.length) break;
    if (text[i] !== '@') fail('"@"');
    i++;
    const type = ident().toLowerCase();
    ws();
    if (text[i] !== '{') fail('"{"');
    i++;
    ws();
    const key = ident();
    ws();
    const fields: Record<string, string> = {};
    while (text[i] === ',') {
      i++;
      ws();
      if (text[i] === '}') break;
      const name = ident().toLowerCase();
      ws();
      if (text[i] !== '=') fail('"="');
      i++;
      ws();
      let value: string;
      if (text[i] === '{') value = braced();
      else if (text[i] === '"') {
        const end = text.indexOf('"', i + 1);
        if (end < 0) fail('a closing quote');
        value = text.slice(i + 1, end);
        i = end + 1;
      } else value = ident();
      if (name in fields) fail(`a field "${name}" given once`);
      fields[name] = value;
      ws();
    }
    if (text[i] !== '}') fail('"}" closing the entry');
    i++;
    out.push({ type, key, fields });
  }
  return out;
}
