// Chart view state in the query string (?view=…&hide=a,b) so that a link reproduces
// what the reader sees. Unknown values fall back to defaults; nothing is echoed as markup.
import { queryList, queryString } from './query-list.ts';

export interface ChartUrlState {
  view: string;
  hidden: string[];
}

export function parseChartState(
  search: string,
  allowed: { views: readonly string[]; series: readonly string[] },
): ChartUrlState {
  const q = new URLSearchParams(search);
  const view = q.get('view') ?? '';
  return {
    view: allowed.views.includes(view) ? view : (allowed.views[0] ?? ''),
    hidden: queryList(q, 'hide', (s) => allowed.series.includes(s)),
  };
}

export function chartStateQuery(state: ChartUrlState, defaultView: string): string {
  const q = new URLSearchParams();
  if (state.view && state.view !== defaultView) q.set('view', state.view);
  if (state.hidden.length) q.set('hide', state.hidden.join(','));
  return queryString(q);
}

/** localStorage key of a chart's last view on its chart page (the deck builder reads it). */
export const CHART_STATE_KEY = (id: string) => `prn:chart-state:${id}`;
