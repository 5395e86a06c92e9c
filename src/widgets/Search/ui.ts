// Binds a search root (dialog or page) to the engine: input, kind chips, answer card, results,
// empty states, keys. Results are Pagefind records, one per page section. A result set is drawn
// as soon as the search returns, from the search data's hit list (page, section title, link);
// each excerpt fills in when its fragment arrives, fetched only for shown results and only once
// the reader pauses (#15: results within 100 ms of the last keystroke).
import { answerFor } from '../../lib/search-answer.ts';
import { suggestFromGlossary } from '../../lib/search-expand.ts';
import { normaliseQuery } from '../../lib/search-query.ts';
import {
  loadSearchData,
  preload,
  search,
  searchesNow,
  warm,
  type PagefindData,
  type PagefindResult,
} from './engine.ts';
import type { HitInfo } from '../../lib/search-hits.ts';
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
/**
 * A query with a word shorter than the index's chunk prefix waits this long for the next key: such a
 * prefix spans many chunks, fetched for nothing if the word goes on. Other queries search at once.
 */
const DEBOUNCE_MS = 40;
/**
 * Fragments (excerpts) of a result set wait until the reader has paused this long: long enough that
 * keys 25 ms apart on a busy machine (often 50-70 ms apart when they arrive) fetch none for a
 * half-typed word, short enough that excerpts follow the list within ~100 ms on localhost.
 */
const SETTLE_MS = 80;
/** Record ids whose fragment was asked for: Pagefind keeps them, so filling them again costs nothing. */
const fetchedFragments = new Set<string>();

export interface BoundSearch {
  run(q: string): Promise<void>;
  input: HTMLInputElement;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'bt-button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/** A result list's page group: its sections list, and whether its head link has the landing words yet. */
interface PageGroup {
  head: HTMLAnchorElement;
  sections: HTMLUListElement;
  headWords: boolean;
}

/** The list item of a result page (title, kind, landing link) with its list of sections. */
function pageGroup(list: HTMLOListElement, hit: HitInfo, words: string[]): PageGroup {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const a = document.createElement('a');
  a.className = 'search-hit-link';
  a.href = landingHref(hit.page, words);
  a.append(span('search-kind', hit.kind), span('search-title', hit.pageTitle));
  li.append(a);
  const sections = document.createElement('ul');
  sections.className = 'search-sections';
  li.append(sections);
  list.append(li);
  return { head: a, sections, headWords: false };
}

/** Where a shown result's fragment goes when it arrives: its excerpt slot and its link. */
interface Slot {
  hit: HitInfo;
  group: PageGroup;
  link: HTMLAnchorElement;
  excerpt: HTMLSpanElement;
}

/** One result under its page: the page's own text joins the title, a section gets a line. */
function appendHit(group: PageGroup, hit: HitInfo, words: string[]): Slot {
  const excerpt = span('search-excerpt');
  if (!hit.title && hit.url === hit.page) {
    // the page's own text (before its first heading): the excerpt goes under the page title
    group.head.append(excerpt);
    return { hit, group, link: group.head, excerpt };
  }
  const sli = document.createElement('li');
  const sa = document.createElement('a');
  sa.href = landingHref(hit.url, words);
  sa.className = 'search-hit-link';
  sa.append(span('search-title', hit.title), excerpt);
  sli.append(sa);
  group.sections.append(sli);
  return { hit, group, link: sa, excerpt };
}

/** A fragment arrived: its excerpt, and links that ask the landing page to mark the words Pagefind matched. */
function fillSlot(slot: Slot, d: PagefindData, q: string): void {
  const words = [...markedWords(d.excerpt), ...normaliseQuery(q).split(' ')];
  slot.excerpt.replaceChildren(safeExcerpt(d.excerpt));
  slot.link.href = landingHref(slot.hit.url, words);
  if (!slot.group.headWords) {
    slot.group.head.href = landingHref(slot.hit.page, words);
    slot.group.headWords = true;
  }
}

/** What a record shows, from its fragment: for a record missing from the search data's hit list. */
function hitFrom(d: PagefindData): HitInfo {
  const page = d.url.split('#')[0]!;
  return {
    page,
    pageTitle: d.meta.page ?? d.meta.title ?? page,
    kind: d.filters.kind?.[0] ?? '',
    url: d.url,
    title: d.url === page ? '' : (d.meta.title ?? ''),
  };
}

/** Glossary terms close to a query that found nothing, as tag links. */
function glossaryList(q: string, glossary: Parameters<typeof suggestFromGlossary>[1]): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'tag-list';
  for (const g of suggestFromGlossary(q, glossary)) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'tag';
    link.href = withBase(g.url);
    link.textContent = g.title;
    li.append(link);
    ul.append(li);
  }
  return ul;
}

/** ↓/↑ move between result links; ↑ from the first goes back to the input. */
function arrowKeys(root: HTMLElement, list: HTMLOListElement, input: HTMLInputElement): void {
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')];
    if (!links.length) return;
    e.preventDefault();
    const active = document.activeElement;
    const i = active instanceof HTMLAnchorElement ? links.indexOf(active) : -1;
    const next = e.key === 'ArrowDown' ? (i < 0 ? 0 : Math.min(links.length - 1, i + 1)) : i <= 0 ? -1 : i - 1;
    if (next < 0) input.focus();
    else links[next]!.focus();
  });
}

interface SearchParts {
  input: HTMLInputElement;
  list: HTMLOListElement;
  status: HTMLElement;
  answer: HTMLElement;
  help: HTMLElement;
  suggestions: HTMLElement | null;
  chips: HTMLButtonElement[];
}

function partsOf(root: HTMLElement): SearchParts {
  return {
    input: root.querySelector<HTMLInputElement>('[data-search-input]')!,
    list: root.querySelector<HTMLOListElement>('[data-search-results]')!,
    status: root.querySelector<HTMLElement>('[data-search-status]')!,
    answer: root.querySelector<HTMLElement>('[data-search-answer]')!,
    help: root.querySelector<HTMLElement>('[data-search-help]')!,
    suggestions: root.querySelector<HTMLElement>('[data-search-suggestions]'),
    chips: [...root.querySelectorAll<HTMLButtonElement>('[data-search-kind]')],
  };
}

/** One search root's state: the kind filter, the query in flight, and how results are drawn. */
class SearchView {
  kind: string | null = null;
  /** Bumped per query; a result for an older query is dropped. */
  seq = 0;
  /** Bumped per finished query (tests wait on `data-generation`). */
  generation = 0;
  /** performance.now() of the last keystroke (fragments wait for a pause after it). */
  lastInput = -Infinity;

  constructor(
    readonly p: SearchParts,
    readonly onQuery?: (q: string) => void,
  ) {}

  setKind(k: string | null): void {
    this.kind = k;
    this.p.chips.forEach((c) => c.setAttribute('aria-pressed', String(c.dataset.searchKind === k)));
  }

  /**
   * The result set for `q` is on screen: `data-query` and a new `data-generation` (what the
   * bench and tests wait for). `data-filled` repeats the generation once every shown result has
   * its excerpt (at once when there is nothing to fetch).
   */
  done(q: string, filled: boolean): void {
    this.generation += 1;
    this.p.list.dataset.query = normaliseQuery(q);
    this.p.list.dataset.generation = String(this.generation);
    if (filled) this.p.list.dataset.filled = String(this.generation);
  }

  /**
   * Shows results [from, from + BATCH) at once from the search data's hit list (page, section
   * title, link); each excerpt fills in when its fragment arrives. Fragments not fetched before
   * wait until the reader has paused SETTLE_MS, so a word still being typed costs no fragment.
   * Resolves when the batch is filled; false if a newer query took over.
   */
  async renderBatch(
    mine: number,
    q: string,
    results: PagefindResult[],
    from: number,
    groups: Map<string, PageGroup>,
    hits: Map<string, HitInfo>,
  ): Promise<boolean> {
    const batch = results.slice(from, from + BATCH);
    // a record missing from the hit list (an index built without it) waits for its fragment
    const infos = await Promise.all(
      batch.map((r) => {
        const hit = hits.get(r.id);
        return hit ? Promise.resolve(hit) : r.data().then(hitFrom);
      }),
    );
    if (mine !== this.seq) return false;
    const words = normaliseQuery(q).split(' ');
    const slots = infos.map((hit) => {
      let group = groups.get(hit.page);
      if (!group) {
        group = pageGroup(this.p.list, hit, words);
        groups.set(hit.page, group);
      }
      return appendHit(group, hit, words);
    });
    this.moreButton(mine, q, results, from + batch.length, groups, hits);
    if (from === 0) this.done(q, false);
    await Promise.all(
      batch.map(async (r, k) => {
        const wait = fetchedFragments.has(r.id) ? 0 : this.lastInput + SETTLE_MS - performance.now();
        if (wait > 0) await new Promise((ok) => setTimeout(ok, wait));
        if (mine !== this.seq) return;
        fetchedFragments.add(r.id);
        const d = await r.data().catch(() => null); // a lost fragment leaves its excerpt empty
        if (d && mine === this.seq) fillSlot(slots[k]!, d, q);
      }),
    );
    if (mine !== this.seq) return false;
    this.p.list.dataset.filled = String(this.generation);
    return true;
  }

  moreButton(
    mine: number,
    q: string,
    results: PagefindResult[],
    next: number,
    groups: Map<string, PageGroup>,
    hits: Map<string, HitInfo>,
  ): void {
    this.p.help.querySelector('[data-search-more]')?.remove();
    const left = results.length - next;
    if (left <= 0) return;
    const more = button(`결과 더 보기 (${left}건 남음)`, () => {
      more.disabled = true;
      void this.renderBatch(mine, q, results, next, groups, hits);
    });
    more.dataset.searchMore = '';
    this.p.help.append(more);
  }

  /** No result: say why (a filter hides them, only data matches, or nothing) and offer a way on. */
  noResults(
    q: string,
    hiddenByFilter: number,
    hasAnswer: boolean,
    glossary: Parameters<typeof suggestFromGlossary>[1],
  ): void {
    const shown = normaliseQuery(q).slice(0, 40);
    const { status, help } = this.p;
    if (hiddenByFilter) {
      status.textContent = `“${shown}”는 ${hiddenByFilter}건 있지만 ‘${this.kind}’ 필터가 모두 가립니다.`;
      help.append(
        button('필터 해제하고 모두 보기', () => {
          this.setKind(null);
          void this.run(this.p.input.value);
        }),
      );
      return;
    }
    status.textContent = hasAnswer
      ? `“${shown}”는 본문에는 없고 데이터에만 있습니다.`
      : `“${shown}”에 맞는 결과가 없습니다. 개념 사전에서 가까운 용어:`;
    if (!hasAnswer) help.append(glossaryList(q, glossary));
  }

  clear(q: string): void {
    this.p.list.replaceChildren();
    this.p.answer.replaceChildren();
    this.p.status.textContent = '';
    if (this.p.suggestions) this.p.suggestions.hidden = false;
    this.done(q, true);
  }

  async run(q: string): Promise<void> {
    const mine = ++this.seq;
    const { list, status, answer, help } = this.p;
    this.onQuery?.(q);
    help.replaceChildren();
    if (!normaliseQuery(q)) return this.clear(q);
    if (this.p.suggestions) this.p.suggestions.hidden = true;
    status.textContent = '검색 중…';
    try {
      const [{ results, hiddenByFilter }, data] = await Promise.all([search(q, this.kind), loadSearchData()]);
      if (mine !== this.seq) return;
      const a = answerFor(q, data.answers);
      answer.replaceChildren(...(a ? [renderAnswer(a)] : []));
      list.replaceChildren();
      if (!results.length) {
        this.noResults(q, hiddenByFilter, a !== null, data.glossary);
        this.done(q, true);
        return;
      }
      status.textContent = `결과 ${results.length}건${this.kind ? ` (${this.kind})` : ''}`;
      await this.renderBatch(mine, q, results, 0, new Map(), data.hits);
    } catch {
      if (mine !== this.seq) return;
      list.replaceChildren();
      answer.replaceChildren();
      status.textContent = '검색 색인을 불러오지 못했습니다. 연결을 확인한 뒤 다시 시도하세요.';
      help.append(button('다시 시도', () => void this.run(this.p.input.value)));
      this.done(q, true);
    }
  }
}

export function bindSearch(root: HTMLElement, onQuery?: (q: string) => void): BoundSearch {
  const view = new SearchView(partsOf(root), onQuery);
  const { input, chips, list } = view.p;
  let timer: number | undefined;
  input.addEventListener('focus', warm);
  input.addEventListener('input', () => {
    view.lastInput = performance.now();
    void preload(input.value);
    clearTimeout(timer);
    if (searchesNow(input.value)) void view.run(input.value);
    else timer = window.setTimeout(() => void view.run(input.value), DEBOUNCE_MS);
  });
  chips.forEach((chip) =>
    chip.addEventListener('click', () => {
      view.setKind(view.kind === chip.dataset.searchKind ? null : chip.dataset.searchKind!);
      void view.run(input.value);
    }),
  );
  arrowKeys(root, list, input);
  return { run: (q) => view.run(q), input };
}
