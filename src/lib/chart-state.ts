// Chart view state in the query string (?view=…&hide=a,b) so that a link reproduces
// what the reader sees. Unknown values fall back to defaults; nothing is echoed as markup.
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
  const hidden = (q.get('hide') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => allowed.series.includes(s));
  return {
    view: allowed.views.includes(view) ? view : (allowed.views[0] ?? ''),
    hidden: [...new Set(hidden)],
  };
}

export function chartStateQuery(state: ChartUrlState, defaultView: string): string {
  const q = new URLSearchParams();
  if (state.view && state.view !== defaultView) q.set('view', state.view);
  if (state.hidden.length) q.set('hide', state.hidden.join(','));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** localStorage key of a chart's last view on its chart page (the deck builder reads it). */
export const CHART_STATE_KEY = (id: string) => `prn:chart-state:${id}`;
