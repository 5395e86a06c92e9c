// Waiting for the results of one query, never for a status text: the Search widget marks
// its result list with `data-query` (the query those results are for),
// `data-generation` (+1 per rendered result set) and `data-filled` (that generation again once
// every shown result has its excerpt). A wait names the query and the
// generation it started from, so results left on screen by an earlier query, or an
// earlier run of the same query, can never satisfy it.
import type { Page } from '@playwright/test';

export const resultsSelector = (root: string) => `${root} [data-search-results]`;

/** The generation currently on screen under `root` (0 before the first result set). */
export async function currentGeneration(page: Page, root: string): Promise<number> {
  return page.$eval(resultsSelector(root), (el) => Number((el as HTMLElement).dataset.generation ?? 0));
}

/** Resolves with the new generation once results for `query` rendered after `afterGeneration` are in the DOM. */
export async function waitForResults(
  page: Page,
  root: string,
  query: string,
  afterGeneration: number,
  timeout = 30_000,
): Promise<number> {
  const handle = await page.waitForFunction(
    ({ sel, q, after }) => {
      const el = document.querySelector<HTMLElement>(sel);
      const gen = Number(el?.dataset.generation ?? 0);
      return el && el.dataset.query === q && gen > after ? gen : false;
    },
    { sel: resultsSelector(root), q: query.trim(), after: afterGeneration },
    { timeout, polling: 10 },
  );
  return (await handle.jsonValue()) as number;
}

export interface QueryTiming {
  /** Last keystroke (input event) → first frame after the new results are on screen, debounce included. */
  ms: number;
  /** Last keystroke → first frame after every shown result has its excerpt (`data-filled`). */
  filledMs: number;
  generation: number;
  /** Longest main-thread task ("longtask", ≥ 50 ms) from the last keystroke until filled; 0 if none. */
  longTaskMs: number;
}

type Rec = { typed?: number; gen?: number; shown?: number; filled?: number };
type BenchWindow = { __benchQuery?: Rec; __longTasks?: Array<[number, number]> };

/**
 * The one query timer of the bench (`npm run bench`, `npm run bench:search`): types `query` into
 * the search input under `root` — in one input event, or key by key `keyDelay` ms apart as a
 * reader types — and measures in the page from the last input event to the first frame after the
 * results for that query are on screen, and to the first frame after their excerpts are in.
 */
export async function timeQuery(
  page: Page,
  root: string,
  query: string,
  opts: { keyDelay?: number } = {},
): Promise<QueryTiming> {
  const input = `${root} [data-search-input]`;
  if (opts.keyDelay !== undefined) await page.fill(input, '');
  const after = await currentGeneration(page, root);
  await page.evaluate(
    ({ sel, input, q, after }) => {
      const w = window as unknown as BenchWindow;
      if (!w.__longTasks) {
        const tasks: Array<[number, number]> = (w.__longTasks = []);
        new PerformanceObserver((l) =>
          tasks.push(...l.getEntries().map((e): [number, number] => [e.startTime, e.duration])),
        ).observe({
          type: 'longtask',
        });
      }
      const rec: Rec = {};
      w.__benchQuery = rec;
      const list = document.querySelector<HTMLElement>(sel)!;
      const field = document.querySelector(input)!;
      const onInput = () => (rec.typed = performance.now());
      field.addEventListener('input', onInput, { capture: true });
      const frame = (k: 'shown' | 'filled') => requestAnimationFrame(() => (rec[k] = performance.now()));
      const check = () => {
        const gen = Number(list.dataset.generation ?? 0);
        if (rec.gen === undefined && list.dataset.query === q && gen > after) {
          rec.gen = gen;
          field.removeEventListener('input', onInput, { capture: true });
          frame('shown');
        }
        if (rec.gen !== undefined && list.dataset.filled === String(rec.gen)) {
          obs.disconnect();
          frame('filled');
        }
      };
      const obs = new MutationObserver(check);
      obs.observe(list, { attributes: true, attributeFilter: ['data-generation', 'data-filled'] });
    },
    { sel: resultsSelector(root), input, q: query.trim(), after },
  );
  if (opts.keyDelay === undefined) await page.fill(input, query);
  else await page.locator(input).pressSequentially(query, { delay: opts.keyDelay });
  const generation = await waitForResults(page, root, query, after);
  const done = await page.waitForFunction(() => {
    const w = window as unknown as BenchWindow;
    const r = w.__benchQuery!;
    if (r.typed === undefined || r.shown === undefined || r.filled === undefined) return false;
    const tasks = (w.__longTasks ?? []).filter(([t, d]) => t + d > r.typed! && t < r.filled!);
    return { ms: r.shown - r.typed, filledMs: r.filled - r.typed, longTaskMs: Math.max(0, ...tasks.map(([, d]) => d)) };
  });
  const t = (await done.jsonValue()) as Omit<QueryTiming, 'generation'>;
  return {
    ms: Math.round(t.ms),
    filledMs: Math.round(t.filledMs),
    longTaskMs: Math.round(t.longTaskMs),
    generation,
  };
}
