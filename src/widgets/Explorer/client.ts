// Benchmark explorer: selection in the URL, table rebuilt from /benchmarks/data.json.
import {
  comparable,
  pairs,
  parseSelection,
  selectPairs,
  selectionQuery,
  type ExplorerData,
  type Selection,
} from '../../lib/explorer.ts';
import { csvWithMeta } from '../../lib/csv-file.ts';
import { downloadText } from '../../lib/browser/download.ts';
import { ExplorerLoadError, fetchExplorerData } from '../../lib/explorer-load.ts';
import { withBase } from '../../lib/base-path.ts';
import { initTableSlideExport, pageAddress } from '../TableSlide/client.ts';
import { copyViewLink } from '../../lib/browser/copy-text.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

export async function initExplorer(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-explorer-form]');
  const table = document.querySelector<HTMLTableElement>('[data-explorer-table]');
  if (!form || !table) return;
  // Until the data loads, the build-time table stays; a failed load says why and offers a retry.
  const notice = el('div', undefined, 'explorer-load-error');
  notice.setAttribute('role', 'alert');
  notice.dataset.explorerLoadError = '';
  notice.hidden = true;
  const message = el('p');
  const retry = el('button', '다시 시도', 'bt-button');
  retry.type = 'button';
  notice.append(message, retry);
  form.before(notice);
  const attempt = async () => {
    retry.disabled = true;
    try {
      const data = await fetchExplorerData(withBase('/benchmarks/data.json'));
      notice.remove();
      start(form, table, data);
    } catch (e) {
      const why = e instanceof ExplorerLoadError ? e.message : String(e);
      message.textContent = `벤치마크 데이터를 불러오지 못해 선택 기능을 쓸 수 없습니다 (${why}). 아래 표는 기본 보기입니다.`;
      notice.hidden = false;
      retry.disabled = false;
    }
  };
  retry.addEventListener('click', () => void attempt());
  await attempt();
}

type Pair = ReturnType<typeof selectPairs>[number];

interface Names {
  model: ReadonlyMap<string, string>;
  bench: ReadonlyMap<string, ExplorerData['benchmarks'][number]>;
}

function namesOf(data: ExplorerData): Names {
  return {
    model: new Map(data.models.map((m) => [m.id, m.name])),
    bench: new Map(data.benchmarks.map((b) => [b.id, b])),
  };
}

/** One (model, benchmark) pair as a table row: one cell per paper, then the spread. */
function pairRow(p: Pair, data: ExplorerData, names: Names): HTMLTableRowElement {
  const tr = el('tr');
  const th = el('th', names.model.get(p.model) ?? p.model);
  th.scope = 'row';
  tr.append(th, el('td', names.bench.get(p.benchmark)?.name ?? p.benchmark, 'explorer-bench'));
  for (const paper of data.papers) {
    const td = el('td');
    const reps = p.reports.filter((r) => r.paper === paper.id);
    if (!reps.length) td.append(el('span', '–', 'bt-missing'));
    for (const r of reps) {
      const span = el('span', undefined, comparable(r) ? 'explorer-report' : 'explorer-report explorer-other');
      span.append(el('strong', r.text), ' ', el('span', `${r.table}${r.setting ? ` · ${r.setting}` : ''}`, 'bt-shot'));
      td.append(span);
    }
    tr.append(td);
  }
  const spread = el('td', p.spread === null ? '–' : String(p.spread));
  if ((p.spread ?? 0) > 0) spread.className = 'explorer-spread';
  tr.append(spread);
  return tr;
}

/** The current view as CSV: every report of every selected pair, with the page's address. */
/** The slide shows the pairs of the current selection, in the table's order and columns. */
function slideOfView(
  table: HTMLTableElement,
  caption: HTMLTableCaptionElement,
  current: readonly Pair[],
  data: ExplorerData,
  names: Names,
) {
  return {
    fileName: 'benchmarks-view',
    title: `벤치마크 탐색기: ${caption.firstChild!.textContent!.trim()} (${current.length}쌍)`,
    header: [...table.tHead!.rows[0]!.cells].map((c) => (c.textContent ?? '').trim()),
    rows: current.map((p) => [
      names.model.get(p.model) ?? p.model,
      names.bench.get(p.benchmark)?.name ?? p.benchmark,
      ...data.papers.map(
        (paper) =>
          p.reports
            .filter((r) => r.paper === paper.id)
            .map((r) => `${r.text} (${r.table}${r.setting ? ` · ${r.setting}` : ''})`)
            .join(' / ') || '–',
      ),
      p.spread === null ? '–' : String(p.spread),
    ]),
    source: '각 칸의 논문·표 번호 (괄호 안), 값은 논문이 보고한 그대로',
    address: pageAddress(location.search),
    rowUnit: '쌍',
  };
}

function viewCsv(current: readonly Pair[], names: Names): string {
  const header = ['model', 'benchmark', 'paper', 'table', 'setting', 'score', 'verified', 'kind'];
  const rows = current.flatMap((p) =>
    p.reports.map((r) => [
      names.model.get(r.model) ?? r.model,
      names.bench.get(r.benchmark)?.name ?? r.benchmark,
      r.paper,
      r.table,
      r.setting,
      r.score,
      String(r.verified),
      r.kind,
    ]),
  );
  const meta = {
    title: `벤치마크 탐색기 보기 (${current.length}개 비교)`,
    source: '각 행의 논문·표 번호 (paper, table 열)',
    unit: '각 행의 벤치마크 지표 (score 열)',
    address: location.href,
  };
  return csvWithMeta(meta, header, rows);
}

function start(form: HTMLFormElement, table: HTMLTableElement, data: ExplorerData): void {
  const all = pairs(data.rows);
  const names = namesOf(data);
  const known = { models: new Set(names.model.keys()), benchmarks: new Set(names.bench.keys()) };
  const bSel = form.querySelector<HTMLSelectElement>('select[name=b]')!;
  const mSel = form.querySelector<HTMLSelectElement>('select[name=m]')!;
  const cross = form.querySelector<HTMLInputElement>('input[name=cross]')!;
  const status = form.querySelector<HTMLElement>('[data-explorer-status]')!;
  const count = table.querySelector<HTMLElement>('[data-explorer-count]')!;
  const caption = table.querySelector('caption')!;
  let current: ReturnType<typeof selectPairs> = [];

  const read = (): Selection => ({
    benchmarks: [...bSel.selectedOptions].map((o) => o.value),
    models: [...mSel.selectedOptions].map((o) => o.value),
    crossOnly: cross.checked,
  });
  const write = (s: Selection) => {
    for (const o of bSel.options) o.selected = s.benchmarks.includes(o.value);
    for (const o of mSel.options) o.selected = s.models.includes(o.value);
    cross.checked = s.crossOnly;
  };

  const render = () => {
    const sel = read();
    history.replaceState(null, '', location.pathname + selectionQuery(sel));
    current = selectPairs(all, sel);
    caption.firstChild!.textContent = sel.crossOnly
      ? '여러 논문이 보고한 모델·벤치마크 쌍 '
      : '선택한 모델·벤치마크의 모든 보고값 ';
    count.textContent = `(${current.length}쌍)`;
    table.tBodies[0]!.replaceChildren(...current.slice(0, 500).map((p) => pairRow(p, data, names)));
    status.textContent = current.length > 500 ? '처음 500쌍만 표시합니다. CSV에는 전부 들어갑니다.' : '';
  };

  write(parseSelection(location.search, known));
  form.hidden = false;
  form.addEventListener('change', render);
  form.querySelector('[data-explorer-reset]')?.addEventListener('click', () => {
    write({ benchmarks: [], models: [], crossOnly: true });
    render();
  });
  form.querySelector('[data-explorer-csv]')?.addEventListener('click', () => {
    downloadText('benchmarks-view.csv', viewCsv(current, names), 'text/csv');
  });
  const slideBox = form.querySelector<HTMLElement>('[data-table-slide]');
  if (slideBox) initTableSlideExport(slideBox, () => slideOfView(table, caption, current, data, names));
  form.querySelector('[data-explorer-link]')?.addEventListener('click', () => copyViewLink(status));
  render();
}
