// Recomputes the memory table when the reader changes models, context, batch or precision.
import { memoryRow, type MemoryModel } from '../../lib/compare/memory.ts';
import { PRECISION_BYTES, type Precision } from '../../lib/model-math.ts';

function tipSpan(tip: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = 'bt-foreign cmp-tip';
  s.tabIndex = 0;
  s.setAttribute('role', 'note');
  s.setAttribute('aria-label', tip);
  s.dataset.tip = tip;
  s.textContent = 'ƒ';
  return s;
}

function enhance(root: HTMLElement): void {
  const models = JSON.parse(root.dataset.models ?? '[]') as MemoryModel[];
  const form = root.querySelector<HTMLFormElement>('[data-memcalc-form]')!;
  const tbody = root.querySelector<HTMLTableSectionElement>('[data-memcalc-rows]')!;
  const error = root.querySelector<HTMLElement>('[data-memcalc-error]')!;
  const update = () => {
    const data = new FormData(form);
    const context = Number(data.get('context'));
    const batch = Number(data.get('batch'));
    const chosen = data.get('precision');
    const precision = (typeof chosen === 'string' ? chosen : '') as Precision;
    const ok =
      Number.isInteger(context) && context > 0 && Number.isInteger(batch) && batch > 0 && precision in PRECISION_BYTES;
    error.hidden = ok;
    if (!ok) {
      error.textContent = '컨텍스트 길이와 배치 크기는 1 이상의 정수여야 합니다.';
      return;
    }
    const ids = new Set(data.getAll('model').map(String));
    const rows = models.filter((m) => ids.has(m.id)).map((m) => memoryRow(m, context, batch, precision));
    tbody.replaceChildren(
      ...rows.map((r) => {
        const tr = document.createElement('tr');
        tr.dataset.model = r.id;
        tr.id = `row-${r.id}`; // <Compare topic="memory" model> links land here
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = r.name;
        tr.append(th);
        for (const [col, text, tip] of [
          ['weights', r.weights, r.weightsTip],
          ['kv', r.kv, r.kvTip],
          ['total', r.total, r.totalTip],
        ] as const) {
          const td = document.createElement('td');
          td.dataset.col = col;
          td.append(text, tipSpan(tip));
          tr.append(td);
        }
        return tr;
      }),
    );
    root.dataset.memcalcState = `${context}|${batch}|${precision}|${[...ids].join(',')}`;
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  root.dataset.memcalcReady = '';
}

export function enhanceMemoryCalculators(): void {
  document.querySelectorAll<HTMLElement>('[data-memcalc]:not([data-memcalc-ready])').forEach(enhance);
}
