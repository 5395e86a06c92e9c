// Binds a search root (dialog or page) to the engine: input, kind chips, answer card, results,
// empty states, keys. Results are Pagefind records, one per page section; each fragment is
// fetched only when its result is shown, and shown as soon as it arrives (in rank order).
import { answerFor } from '../../lib/search-answer.ts';
import { suggestFromGlossary } from '../../lib/search-expand.ts';
import { normaliseQuery } from '../../lib/search-query.ts';
import { loadSearchData, search, warm, type PagefindData, type PagefindResult } from './engine.ts';
import { renderAnswer } from './answer-card.ts';
import { withBase } from '../../lib/base-path.ts';

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

/** The words Pagefind marked in an excerpt: what the landing page highlights. */
function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]+)<\/mark>/g)].map((m) => m[1]!);
}

/** A result link that asks the landed page to highlight these words (landing.ts reads `hl`). */
function landingHref(url: string, words: string[]): string {
  const [path, hash] = url.split('#');
  const hl = [...new Set(words.map((w) => w.trim()).filter(Boolean))].join(' ').slice(0, 120);
  return `${path}${hl ? `?hl=${encodeURIComponent(hl)}` : ''}${hash ? `#${hash}` : ''}`;
}

function span(cls: string, text?: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = cls;
  if (text !== undefined) s.textContent = text;
  return s;
}

/** Results shown per batch; more come with the "더 보기" button. Each costs one small fragment. */
const BATCH = 8;
/** Short enough that a pause shows results at once, long enough to skip most mid-word states. */
const DEBOUNCE_MS = 40;

export interface BoundSearch {
  run(q: string): Promise<void>;
  input: HTMLInputElement;
}

export function bindSearch(root: HTMLElement, onQuery?: (q: string) => void): BoundSearch {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const answer = root.querySelector<HTMLElement>('[data-search-answer]')!;
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const suggestions = root.querySelector<HTMLElement>('[data-search-suggestions]');
  const chips = [...root.querySelectorAll<HTMLButtonElement>('[data-search-kind]')];
  let kind: string | null = null;
  let seq = 0;
  let generation = 0;

  const setKind = (k: string | null) => {
    kind = k;
    chips.forEach((c) => c.setAttribute('aria-pressed', String(c.dataset.searchKind === kind)));
  };

  const done = (q: string) => {
    generation += 1;
    list.dataset.query = normaliseQuery(q);
    list.dataset.generation = String(generation);
  };

  const button = (text: string, onClick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'bt-button';
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  };

  /** Renders results [from, from + BATCH) into page groups, each as soon as its fragment (and all before it) arrived. */
  const renderBatch = async (mine: number, q: string, results: PagefindResult[], from: number, groups: Map<string, HTMLUListElement>) => {
    const batch = results.slice(from, from + BATCH);
    const pending = batch.map((r) => r.data());
    for (const p of pending) {
      const d: PagefindData = await p;
      if (mine !== seq) return false;
      const page = d.url.split('#')[0]!;
      const words = [...markedWords(d.excerpt), ...normaliseQuery(q).split(' ')];
      let sections = groups.get(page);
      if (!sections) {
        const li = document.createElement('li');
        li.className = 'search-hit';
        const a = document.createElement('a');
        a.className = 'search-hit-link';
        a.href = landingHref(page, words);
        a.append(span('search-kind', d.filters.kind?.[0] ?? ''), span('search-title', d.meta.page ?? d.meta.title ?? page));
        li.append(a);
        sections = document.createElement('ul');
        sections.className = 'search-sections';
        li.append(sections);
        list.append(li);
        groups.set(page, sections);
      }
      if (d.url === page) {
        // the page's own text (before its first heading): the excerpt goes under the page title
        const head = sections.parentElement!.querySelector('a')!;
        head.append(span('search-excerpt'));
        head.lastElementChild!.append(safeExcerpt(d.excerpt));
      } else {
        const sli = document.createElement('li');
        const sa = document.createElement('a');
        sa.href = landingHref(d.url, words);
        sa.className = 'search-hit-link';
        const ex = span('search-excerpt');
        ex.append(safeExcerpt(d.excerpt));
        sa.append(span('search-title', d.meta.title ?? ''), ex);
        sli.append(sa);
        sections.append(sli);
      }
    }
    help.querySelector('[data-search-more]')?.remove();
    const left = results.length - from - batch.length;
    if (left > 0) {
      const more = button(`결과 더 보기 (${left}건 남음)`, () => {
        more.disabled = true;
        void renderBatch(mine, q, results, from + BATCH, groups);
      });
      more.dataset.searchMore = '';
      help.append(more);
    }
    return true;
  };

  const run = async (q: string) => {
    const mine = ++seq;
    onQuery?.(q);
    help.replaceChildren();
    if (!normaliseQuery(q)) {
      list.replaceChildren();
      answer.replaceChildren();
      status.textContent = '';
      if (suggestions) suggestions.hidden = false;
      done(q);
      return;
    }
    if (suggestions) suggestions.hidden = true;
    status.textContent = '검색 중…';
    try {
      const [{ results, hiddenByFilter }, data] = await Promise.all([search(q, kind), loadSearchData()]);
      if (mine !== seq) return;
      const a = answerFor(q, data.answers);
      answer.replaceChildren(...(a ? [renderAnswer(a)] : []));
      list.replaceChildren();
      const shown = normaliseQuery(q).slice(0, 40);
      if (!results.length) {
        if (hiddenByFilter) {
          status.textContent = `“${shown}”는 ${hiddenByFilter}건 있지만 ‘${kind}’ 필터가 모두 가립니다.`;
          help.append(
            button('필터 해제하고 모두 보기', () => {
              setKind(null);
              void run(input.value);
            }),
          );
        } else {
          status.textContent = a ? `“${shown}”는 본문에는 없고 데이터에만 있습니다.` : `“${shown}”에 맞는 결과가 없습니다. 개념 사전에서 가까운 용어:`;
          if (!a) {
            const ul = document.createElement('ul');
            ul.className = 'tag-list';
            for (const g of suggestFromGlossary(q, data.glossary)) {
              const li = document.createElement('li');
              const link = document.createElement('a');
              link.className = 'tag';
              link.href = withBase(g.url);
              link.textContent = g.title;
              li.append(link);
              ul.append(li);
            }
            help.append(ul);
          }
        }
        done(q);
        return;
      }
      status.textContent = `결과 ${results.length}건${kind ? ` (${kind})` : ''}`;
      if (await renderBatch(mine, q, results, 0, new Map())) done(q);
    } catch {
      if (mine !== seq) return;
      list.replaceChildren();
      answer.replaceChildren();
      status.textContent = '검색 색인을 불러오지 못했습니다. 연결을 확인한 뒤 다시 시도하세요.';
      help.append(button('다시 시도', () => void run(input.value)));
      done(q);
    }
  };

  let timer: number | undefined;
  input.addEventListener('focus', warm);
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  chips.forEach((chip) =>
    chip.addEventListener('click', () => {
      setKind(kind === chip.dataset.searchKind ? null : chip.dataset.searchKind!);
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
