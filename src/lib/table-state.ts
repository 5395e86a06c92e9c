// A comparison table's view in the query string (?hide-paper=qwen&hide-cols=derived&sort=-vocab),
// so a link shows the rows, columns and order the reader chose. What is hidden is listed (not
// what is shown), so a paper added later appears in old links; unknown values are dropped.
import { queryList, queryString } from './query-list.ts';

export type SortDirection = 'ascending' | 'descending';

export interface TableUrlState {
  hidden: { paper: string[]; size: string[]; group: string[] };
  /** A column's key and direction; null keeps the table's own order. */
  sort: { col: string; dir: SortDirection } | null;
}

export interface TableStateChoices {
  papers: readonly string[];
  sizes: readonly string[];
  groups: readonly string[];
  /** keys of the sortable columns */
  cols: readonly string[];
}

const in_ = (list: readonly string[]) => (s: string) => list.includes(s);

export function parseTableState(search: string, choices: TableStateChoices): TableUrlState {
  const q = new URLSearchParams(search);
  const sortParam = q.get('sort')?.trim() ?? '';
  const dir: SortDirection = sortParam.startsWith('-') ? 'descending' : 'ascending';
  const col = sortParam.replace(/^-/, '');
  return {
    hidden: {
      paper: queryList(q, 'hide-paper', in_(choices.papers)),
      size: queryList(q, 'hide-size', in_(choices.sizes)),
      group: queryList(q, 'hide-cols', in_(choices.groups)),
    },
    sort: choices.cols.includes(col) ? { col, dir } : null,
  };
}

/** The query for a state ('' for the table as built): `sort=key` ascending, `sort=-key` descending. */
export function tableStateQuery(state: TableUrlState): string {
  const q = new URLSearchParams();
  if (state.hidden.paper.length) q.set('hide-paper', state.hidden.paper.join(','));
  if (state.hidden.size.length) q.set('hide-size', state.hidden.size.join(','));
  if (state.hidden.group.length) q.set('hide-cols', state.hidden.group.join(','));
  if (state.sort) q.set('sort', `${state.sort.dir === 'descending' ? '-' : ''}${state.sort.col}`);
  return queryString(q);
}

/** The caption's row count: "12개 행", or "12개 중 5개 행" while filters hide some. */
export function rowCount(shown: number, total: number): string {
  return shown === total ? `${total}개 행` : `${total}개 중 ${shown}개 행`;
}
