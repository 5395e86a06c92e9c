// Series toggles and view switches for build-time chart SVGs; on chart and embed pages the
// state also lives in the URL.
import { CHART_STATE_KEY, chartStateQuery, parseChartState, type ChartUrlState } from '../../lib/chart-state.ts';

/**
 * Keyboard reading of values: one tab stop per chart (in the markup, so focusing it is the
 * first use that loads this code), arrow keys walk the visible points, and the focused
 * point's label ("series · x: y") is announced in a live region.
 */
function addKeyboardReading(fig: HTMLElement): void {
  const readout = fig.querySelector<HTMLElement>('[data-chart-readout]');
  fig.querySelectorAll<HTMLElement>('.chart-svg').forEach((box) => {
    let at = -1;
    const points = () =>
      [...box.querySelectorAll<SVGElement>('[data-mark] > *')].filter(
        (el) => el.querySelector('title') && (el.closest('[data-mark]') as SVGElement).style.display !== 'none',
      );
    box.addEventListener('keydown', (e) => {
      const keys: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
      if (!(e.key in keys) && e.key !== 'Home' && e.key !== 'End') return;
      const list = points();
      if (!list.length) return;
      e.preventDefault();
      at =
        e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? list.length - 1
            : Math.min(list.length - 1, Math.max(0, at + keys[e.key]!));
      list.forEach((el, i) => el.classList.toggle('chart-point-active', i === at));
      if (readout) readout.textContent = list[at]!.querySelector('title')!.textContent ?? '';
    });
    box.addEventListener('blur', () => points().forEach((el) => el.classList.remove('chart-point-active')));
  });
}

function enhance(fig: HTMLElement): void {
  const seriesButtons = [...fig.querySelectorAll<HTMLButtonElement>('[data-chart-series]')];
  const viewButtons = [...fig.querySelectorAll<HTMLButtonElement>('[data-chart-view]')];
  const defaultView = fig.dataset.defaultView ?? '';
  const syncUrl = fig.hasAttribute('data-url-state');
  const state: ChartUrlState = syncUrl
    ? parseChartState(location.search, {
        views: viewButtons.map((b) => b.dataset.chartView!),
        series: seriesButtons.map((b) => b.dataset.chartSeries!),
      })
    : { view: defaultView, hidden: [] };

  const apply = () => {
    const hidden = new Set(state.hidden);
    seriesButtons.forEach((b) => b.setAttribute('aria-pressed', String(!hidden.has(b.dataset.chartSeries!))));
    fig.querySelectorAll<SVGElement>('[data-mark]').forEach((g) => {
      g.style.display = hidden.has(g.dataset.mark!) ? 'none' : '';
    });
    const view = state.view || defaultView;
    viewButtons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.chartView === view)));
    fig.querySelectorAll<HTMLElement>('.chart-svg').forEach((d) => {
      d.hidden = d.dataset.view !== view;
    });
    if (syncUrl) {
      const url = location.pathname + chartStateQuery(state, defaultView) + location.hash;
      history.replaceState(null, '', url);
      fig.dispatchEvent(new CustomEvent('chartstate', { bubbles: true, detail: { ...state } }));
      // the /charts/ deck builder puts each chart in a deck as the reader last saw it
      try {
        localStorage.setItem(CHART_STATE_KEY(fig.dataset.chartId!), JSON.stringify({ view, hidden: state.hidden }));
      } catch {
        /* storage off: decks use the default view */
      }
    }
  };

  addKeyboardReading(fig);

  seriesButtons.forEach((b) =>
    b.addEventListener('click', () => {
      const id = b.dataset.chartSeries!;
      state.hidden = state.hidden.includes(id) ? state.hidden.filter((x) => x !== id) : [...state.hidden, id];
      apply();
    }),
  );
  viewButtons.forEach((b) =>
    b.addEventListener('click', () => {
      state.view = b.dataset.chartView!;
      apply();
    }),
  );
  apply();
}

/** Enhances every chart at once: called on first use, when the reader is already at one. */
export function enhanceCharts(): void {
  document.querySelectorAll<HTMLElement>('[data-chart-figure]:not([data-chart-ready])').forEach((fig) => {
    fig.setAttribute('data-chart-ready', '');
    enhance(fig);
  });
}
