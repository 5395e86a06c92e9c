// Resolving a deck request ("chart:<id>", "table:<paper>/<table>") against the catalogue, with
// each chart's current view applied. Unknown or malformed entries are reported, the rest exported.
import { applyNativeState } from './native-spec.ts';
import type { DeckCatalogue, DeckItem } from './pptx.ts';

export interface ChartViewState {
  view?: string;
  hidden?: string[];
}

export { CHART_STATE_KEY } from '../chart-state.ts';

/** Parses ?deck=chart:a,table:p/t into keys; anything else is dropped as unknown. */
export function parseDeckParam(param: string | null): string[] {
  return (param ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length < 200);
}

export function resolveDeckRequest(
  catalogue: DeckCatalogue,
  keys: readonly string[],
  stateOf: (chartId: string) => ChartViewState | undefined = () => undefined,
): { items: DeckItem[]; unknown: string[]; views: Array<{ id: string; view: string; hidden: string[] }> } {
  const items: DeckItem[] = [];
  const unknown: string[] = [];
  const views: Array<{ id: string; view: string; hidden: string[] }> = [];
  for (const key of keys) {
    const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (kind === 'chart') {
      const ch = catalogue.charts.find((x) => x.id === id);
      if (!ch) {
        unknown.push(key);
        continue;
      }
      const st = stateOf(ch.id) ?? {};
      const view = ch.views.find((v) => v.id === st.view) ?? ch.views[0]!;
      const known = new Set(ch.native?.series.map((s) => s.id) ?? []);
      const hidden = (Array.isArray(st.hidden) ? st.hidden : []).filter((h) => typeof h === 'string' && known.has(h));
      const { picture: _picture, views: _views, native, ...rest } = ch;
      const title = view.label && ch.views.length > 1 ? `${ch.title} — ${view.label}` : ch.title;
      items.push({
        ...rest,
        title,
        ...(native
          ? {
              native: applyNativeState(native, { hidden, ...(view.categories ? { categories: view.categories } : {}) }),
            }
          : {}),
      });
      views.push({ id: ch.id, view: view.id, hidden });
    } else if (kind === 'table') {
      const t = catalogue.tables.find((x) => x.id === id);
      if (t) items.push(t);
      else unknown.push(key);
    } else unknown.push(key);
  }
  return { items, unknown, views };
}
