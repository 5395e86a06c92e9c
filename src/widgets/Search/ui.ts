// Binds a search root (dialog or page) to the engine: input, kind chips, results, keys.
import { search, type SearchHit } from './engine.ts';

/** Pagefind excerpts are escaped page text with <mark> around hits; keep only that. */
export function safeExcerpt(html: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const parts = html.split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) {
      const text = document.createElement('textarea');
      text.innerHTML = part; // decodes entities only; textarea content is never parsed as markup
      const node = document.createTextNode(text.value);
      if (inMark) {
        const m = document.createElement('mark');
        m.append(node);
        frag.append(m);
      } else frag.append(node);
    }
  }
  return frag;
}

function renderHit(h: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const a = document.createElement('a');
  a.href = h.url;
  a.className = 'search-hit-link';
  const kind = document.createElement('span');
  kind.className = 'search-kind';
  kind.textContent = h.kind;
  const title = document.createElement('span');
  title.className = 'search-title';
  title.textContent = h.title;
  const ex = document.createElement('span');
  ex.className = 'search-excerpt';
  ex.append(safeExcerpt(h.excerpt));
  a.append(kind, title, ex);
  li.append(a);
  if (h.sections.length) {
    const ul = document.createElement('ul');
    ul.className = 'search-sections';
    for (const s of h.sections) {
      const sli = document.createElement('li');
      const sa = document.createElement('a');
      sa.href = s.url;
      sa.className = 'search-hit-link';
      const st = document.createElement('span');
      st.className = 'search-title';
      st.textContent = s.title;
      const se = document.createElement('span');
      se.className = 'search-excerpt';
      se.append(safeExcerpt(s.excerpt));
      sa.append(st, se);
      sli.append(sa);
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}

export interface BoundSearch {
  run(q: string): Promise<void>;
  input: HTMLInputElement;
}

export function bindSearch(root: HTMLElement, onQuery?: (q: string) => void): BoundSearch {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const suggestions = root.querySelector<HTMLElement>('[data-search-suggestions]');
  const chips = [...root.querySelectorAll<HTMLButtonElement>('[data-search-kind]')];
  let kind: string | null = null;
  let seq = 0;
  // Contract with the bench and tests: the list names the query its results are for and
  // counts rendered result sets, so a waiter can tell new results from the previous ones.
  let generation = 0;
  const markRendered = (q: string) => {
    list.dataset.query = q.trim();
    list.dataset.generation = String(++generation);
  };

  const run = async (q: string) => {
    const mine = ++seq;
    onQuery?.(q);
    if (!q.trim()) {
      list.replaceChildren();
      markRendered(q);
      status.textContent = '';
      if (suggestions) suggestions.hidden = false;
      return;
    }
    if (suggestions) suggestions.hidden = true;
    status.textContent = '검색 중…';
    try {
      const hits = await search(q, kind);
      if (mine !== seq) return;
      list.replaceChildren(...hits.map(renderHit));
      markRendered(q);
      status.textContent = hits.length
        ? `결과 ${hits.length}건${kind ? ` (${kind})` : ''}`
        : `“${q.trim().slice(0, 40)}”에 맞는 결과가 없습니다. 조사를 빼거나(예: 토크나이저를 → 토크나이저) 영어 용어(GQA, DPO)로 찾아 보세요.`;
    } catch {
      if (mine !== seq) return;
      status.textContent = '검색 색인을 불러오지 못했습니다. 사이트를 npm start로 빌드해 제공하고 있는지 확인하세요.';
    }
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 80);
  });
  chips.forEach((chip) =>
    chip.addEventListener('click', () => {
      kind = kind === chip.dataset.searchKind ? null : chip.dataset.searchKind!;
      chips.forEach((c) => c.setAttribute('aria-pressed', String(c.dataset.searchKind === kind)));
      void run(input.value);
    }),
  );
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')];
    if (!links.length) return;
    e.preventDefault();
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = e.key === 'ArrowDown' ? (i < 0 ? 0 : Math.min(links.length - 1, i + 1)) : i <= 0 ? -1 : i - 1;
    if (next < 0) input.focus();
    else links[next]!.focus();
  });
  return { run, input };
}
