// The page a search result opens: the linked section scrolls into view with the query's words
// marked, and a small bar offers to clear the marks (button, or Esc). Loaded only when the URL
// carries ?hl= (set by search result links).
const MARK = 'search-landing-mark';

/** The elements of the linked section: its <section> wrapper for an h2, its siblings up to the next heading for an h3. */
function sectionNodes(target: HTMLElement | null): Element[] {
  const main = document.querySelector('main') ?? document.body;
  if (!target) return [main];
  if (target.tagName === 'H2' && target.parentElement?.matches('section.doc-section')) return [target.parentElement];
  const out: Element[] = [target];
  for (
    let n = target.nextElementSibling;
    n && !/^H[1-3]$/.test(n.tagName) && !(target.tagName === 'H2' && n.tagName === 'H2');
    n = n.nextElementSibling
  )
    out.push(n);
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Wraps each occurrence of the words in <mark>; returns the marks in document order. */
export function markWords(roots: Element[], words: string[]): HTMLElement[] {
  const usable = [...new Set(words.filter((w) => w.length >= 2 || /[\uac00-\ud7a3]/.test(w)))].sort(
    (a, b) => b.length - a.length,
  );
  if (!usable.length) return [];
  const re = new RegExp(usable.map(escapeRe).join('|'), 'gi');
  const marks: HTMLElement[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest('script, style, svg, .katex, mark, [data-pagefind-ignore], .sr-only')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    for (const node of nodes) {
      const text = node.data;
      re.lastIndex = 0;
      if (!re.test(text)) continue;
      re.lastIndex = 0;
      const frag = document.createDocumentFragment();
      let last = 0;
      for (const m of text.matchAll(re)) {
        frag.append(text.slice(last, m.index));
        const mark = document.createElement('mark');
        mark.className = MARK;
        mark.textContent = m[0];
        frag.append(mark);
        marks.push(mark);
        last = m.index + m[0].length;
      }
      frag.append(text.slice(last));
      node.replaceWith(frag);
    }
  }
  return marks;
}

export function clearLanding(): void {
  document
    .querySelectorAll<HTMLElement>(`mark.${MARK}`)
    .forEach((m) => m.replaceWith(document.createTextNode(m.textContent ?? '')));
  document.querySelector('[data-search-landing]')?.remove();
  document.querySelector('main')?.normalize();
  const url = new URL(location.href);
  url.searchParams.delete('hl');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

export function highlightLanding(): void {
  const hl = new URLSearchParams(location.search).get('hl') ?? '';
  const words = hl.split(/\s+/).filter(Boolean).slice(0, 12);
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const marks = markWords(sectionNodes(target), words);
  if (!marks.length) return;
  (target ?? marks[0]!).scrollIntoView({ block: 'start' });

  const bar = document.createElement('div');
  bar.className = 'search-landing-bar no-print';
  bar.dataset.searchLanding = '';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', '검색어 강조');
  const label = document.createElement('span');
  label.textContent = `검색어 강조 ${marks.length}곳: ${words.join(' ').slice(0, 40)}`;
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'bt-button';
  clear.textContent = '강조 지우기 (Esc)';
  clear.addEventListener('click', clearLanding);
  bar.append(label, clear);
  document.body.append(bar);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
    document.removeEventListener('keydown', onKey);
    clearLanding();
  };
  document.addEventListener('keydown', onKey);
}
