// The one script of every page (components/PageScript.astro, in Base.astro and the embed page).
// One entry instead of one per component and page: a review fetched eight small scripts before
// its first paint (six component entries and the two chunks they shared), and Lighthouse's
// simulated slow connection charged them to the first paint; with this entry the reviews' first
// paint came ~0.2 s earlier (README, "One script per page"). What runs here is mostly
// registration: each widget still fetches its code on first use, and only if the page has it.
import { createDeferredFieldsWhenRendered } from '../lib/browser/deferred-fields.ts';
import { onFirstUse } from '../lib/browser/first-use.ts';
import { initSearchDialog } from './Search/dialog.ts';
import { initThemeToggle } from './theme/client.ts';

const has = (selector: string) => document.querySelector(selector) !== null;

initThemeToggle();

// Results and comparison tables: near the viewport too, so the sort buttons and filters are in
// place before the reader reaches the table rather than appearing under the pointer; at once when
// the address carries a comparison table's view.
onFirstUse('[data-bt]', () => import('./BenchmarkTable/client.ts').then((m) => m.enhanceBenchmarkTables()), {
  near: '600px',
  now: has('[data-bt-url-state]') && location.search !== '',
});
// Chart figures: on first use; chart and embed pages carry the view in their URL, shown at once.
onFirstUse('[data-chart-figure]', () => import('./Chart/client.ts').then((m) => m.enhanceCharts()), {
  now: has('[data-chart-figure][data-url-state]'),
});
onFirstUse('[data-tokenizer-lab]', () => import('./TokenizerLab/client.ts').then((m) => m.initTokenizerLab()));
// the explorer's selects are created when it is laid out (deferred-fields.ts says why)
createDeferredFieldsWhenRendered('[data-rope-explorer]');
onFirstUse('[data-rope-explorer]', () => import('./RopeExplorer/client.ts').then((m) => m.initRopeExplorer()));
onFirstUse('[data-scaling-calc]', () =>
  import('./ScalingLawCalculator/client.ts').then((m) => m.initScalingCalculator()),
);
// Code that runs at once, with the reader's clicks and keys held until it has (a copy button
// pressed while the chart page's code is on its way still copies).
const now = { now: true };
onFirstUse(
  '[data-memcalc]',
  () => import('./MemoryCalculator/client.ts').then((m) => m.enhanceMemoryCalculators()),
  now,
);
// pages whose widget is the page
onFirstUse('[data-search-page]', () => import('./Search/page.ts').then((m) => m.initSearchPage()), now);
onFirstUse('[data-explorer-table]', () => import('./Explorer/client.ts').then((m) => m.initExplorer()), now);
onFirstUse('[data-chart-page]', () => import('./Chart/page-client.ts').then((m) => m.initChartPage()), now);
onFirstUse('[data-deck-builder]', () => import('./DeckBuilder/client.ts').then((m) => m.initDeckBuilder()), now);

if (has('[data-read-progress]')) {
  // A review's reading tools. Nothing is needed before the reader moves: the contents mark, the
  // progress bar and back-to-top follow scrolling; the sheet, the copy button and the previews
  // act on first use. Arrived at a section: mark it now (reading scrollY here would force a
  // layout of the whole page before first paint; a restored scroll fires a scroll event).
  const load = () => import('./Reading/client.ts');
  if (location.hash) void load();
  else addEventListener('scroll', () => void load(), { once: true, passive: true });
  onFirstUse('[data-sheet-open], button[data-copy], a[data-preview]', load);
} else {
  // glossary previews alone (concept pages)
  onFirstUse('a[data-preview]', () => import('./Reading/preview.ts').then((m) => m.initPreviews()));
}

initSearchDialog();
