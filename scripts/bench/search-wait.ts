// Waiting for the results of one query, never for a status text: the Search widget marks
// its result list with `data-query` (the query those results are for) and
// `data-generation` (+1 per rendered result set). A wait names the query and the
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

/**
 * Types `query` into the search input under `root` and measures, inside the page, the time
 * from that input event (the last keystroke) to the first frame after the new results are
 * rendered, debounce included.
 */
export async function timeQuery(page: Page, root: string, query: string): Promise<{ ms: number; generation: number }> {
  const after = await currentGeneration(page, root);
  await page.evaluate(
    ({ sel, input, q, after }) => {
      const w = window as unknown as { __benchQuery?: { typed?: number; shown?: number } };
      const rec: { typed?: number; shown?: number } = {};
      w.__benchQuery = rec;
      const list = document.querySelector<HTMLElement>(sel)!;
      document
        .querySelector(input)!
        .addEventListener('input', () => (rec.typed = performance.now()), { once: true, capture: true });
      const obs = new MutationObserver(() => {
        if (list.dataset.query === q && Number(list.dataset.generation ?? 0) > after) {
          obs.disconnect();
          requestAnimationFrame(() => (rec.shown = performance.now()));
        }
      });
      obs.observe(list, { attributes: true, attributeFilter: ['data-generation'] });
    },
    { sel: resultsSelector(root), input: `${root} [data-search-input]`, q: query.trim(), after },
  );
  await page.fill(`${root} [data-search-input]`, query);
  const generation = await waitForResults(page, root, query, after);
  const ms = await page.waitForFunction(() => {
    const r = (window as unknown as { __benchQuery: { typed?: number; shown?: number } }).__benchQuery;
    return r.typed !== undefined && r.shown !== undefined ? r.shown - r.typed : false;
  });
  return { ms: Math.round((await ms.jsonValue()) as number), generation };
}
