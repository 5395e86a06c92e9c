// A light scanner over MDX source, enough to check references before Astro compiles
// anything (so messages can name the file and line). Fenced code and display math are skipped.

export interface ComponentUse {
  name: string;
  attrs: Record<string, string>;
  line: number;
}

export interface Heading {
  depth: number;
  text: string;
  line: number;
}

const TAG = /<([A-Z][A-Za-z]*)\b((?:[^>"{]|"[^"]*"|\{[^}]*\})*)\/?>/g;
const ATTR = /([A-Za-z]+)=(?:"([^"]*)"|\{([^}]*)\})/g;

/** Lines of the body with fenced code and $$ math blocks blanked out, numbering kept. */
function proseLines(body: string): string[] {
  const lines = body.split('\n');
  let fence: string | null = null;
  let math = false;
  return lines.map((line) => {
    const t = line.trim();
    if (fence) {
      if (t.startsWith(fence)) fence = null;
      return '';
    }
    if (math) {
      if (t.startsWith('$$')) math = false;
      return '';
    }
    const f = /^(`{3,}|~{3,})/.exec(t);
    if (f) {
      fence = f[1] ?? null;
      return '';
    }
    if (t.startsWith('$$') && !(t.length > 2 && t.endsWith('$$'))) {
      math = true;
      return '';
    }
    return line;
  });
}

export function scanComponents(body: string): ComponentUse[] {
  const out: ComponentUse[] = [];
  const lines = proseLines(body);
  const text = lines.join('\n');
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (pos: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  for (const m of text.matchAll(TAG)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs[a[1] ?? ''] = (a[2] ?? a[3] ?? '').trim();
    out.push({ name: m[1] ?? '', attrs, line: lineOf(m.index ?? 0) });
  }
  return out;
}

export function scanHeadings(body: string): Heading[] {
  const out: Heading[] = [];
  proseLines(body).forEach((line, i) => {
    const m = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.push({ depth: (m[1] ?? '').length, text: (m[2] ?? '').trim(), line: i + 1 });
  });
  return out;
}

export interface Link {
  url: string;
  line: number;
}

/** Site-internal links in prose: markdown `](/…)` / `](#…)` and `href="/…"`. */
export function scanLinks(body: string): Link[] {
  const out: Link[] = [];
  proseLines(body).forEach((line, i) => {
    const code = line.replace(/`[^`]*`/g, '');
    for (const m of code.matchAll(/\]\(((?:\/|#)[^)\s]*)\)|href="((?:\/|#)[^"]*)"/g)) out.push({ url: (m[1] ?? m[2])!, line: i + 1 });
  });
  return out;
}
