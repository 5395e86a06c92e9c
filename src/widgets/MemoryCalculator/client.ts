// Recomputes the memory table when the reader changes models, context, batch or precision, and
// keeps those inputs in the page address (src/lib/compare/memory-state.ts) so a link reproduces it.
import { memoryRow, type MemoryModel } from '../../lib/compare/memory.ts';
import {
  memoryStateQuery,
  parseMemoryState,
  type MemoryChoices,
  type MemoryUrlState,
} from '../../lib/compare/memory-state.ts';
import { PRECISION_BYTES, type Precision } from '../../lib/model-math.ts';
import { copyViewLink } from '../../lib/browser/copy-text.ts';

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

interface MemoryForm {
  models: HTMLInputElement[];
  context: HTMLInputElement;
  batch: HTMLInputElement;
  precision: HTMLSelectElement;
}

function formParts(form: HTMLFormElement): MemoryForm {
  return {
    models: [...form.querySelectorAll<HTMLInputElement>('input[name=model]')],
    context: form.querySelector<HTMLInputElement>('input[name=context]')!,
    batch: form.querySelector<HTMLInputElement>('input[name=batch]')!,
    precision: form.querySelector<HTMLSelectElement>('select[name=precision]')!,
  };
}

/** The page's own defaults and limits, read from the markup so they are written in one place. */
function formDefaults(f: MemoryForm): { choices: MemoryChoices; defaults: MemoryUrlState } {
  const range = (i: HTMLInputElement) => ({ min: Number(i.min), max: Number(i.max) });
  const options = [...f.precision.options];
  return {
    choices: {
      models: f.models.map((m) => m.value),
      precisions: options.map((o) => o.value),
      context: range(f.context),
      batch: range(f.batch),
    },
    defaults: {
      models: f.models.filter((m) => m.defaultChecked).map((m) => m.value),
      context: Number(f.context.defaultValue),
      batch: Number(f.batch.defaultValue),
      precision: options.find((o) => o.defaultSelected)?.value ?? options[0]!.value,
    },
  };
}

/** Puts a link's state into the form; returns `record`, which writes the form's state back. */
function linkState(f: MemoryForm): (state: MemoryUrlState) => void {
  const { choices, defaults } = formDefaults(f);
  const s = parseMemoryState(location.search, choices, defaults);
  for (const m of f.models) m.checked = s.models.includes(m.value);
  f.context.value = String(s.context);
  f.batch.value = String(s.batch);
  f.precision.value = s.precision;
  return (state) =>
    history.replaceState(history.state, '', `${location.pathname}${memoryStateQuery(state, defaults)}${location.hash}`);
}

function enhance(root: HTMLElement): void {
  const models = JSON.parse(root.dataset.models ?? '[]') as MemoryModel[];
  const form = root.querySelector<HTMLFormElement>('[data-memcalc-form]')!;
  const tbody = root.querySelector<HTMLTableSectionElement>('[data-memcalc-rows]')!;
  const error = root.querySelector<HTMLElement>('[data-memcalc-error]')!;
  const record = linkState(formParts(form));
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
    record({ models: [...ids], context, batch, precision });
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  // the inputs are in the address (linkState), so the link reproduces this calculation
  const link = root.querySelector<HTMLElement>('[data-memcalc-link]');
  if (link) {
    link.hidden = false;
    link.querySelector('button')?.addEventListener('click', () => copyViewLink(link.querySelector('[role=status]')));
  }
  update(); // the table as the link asks for it (the markup holds the defaults)
  // a review's link to a model outside the defaults (memoryRowLink) names a row only drawn now
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target && tbody.contains(target)) target.scrollIntoView({ block: 'center' });
  root.dataset.memcalcReady = '';
}

export function enhanceMemoryCalculators(): void {
  document.querySelectorAll<HTMLElement>('[data-memcalc]:not([data-memcalc-ready])').forEach(enhance);
}
