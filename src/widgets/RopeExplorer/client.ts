import { ropeView, type RopeParams } from './view.ts';

export function initRopeExplorer(): void {
  document.querySelectorAll<HTMLElement>('[data-rope-explorer]').forEach((root) => {
    // a div, not a form: a <form> in a review section is laid out at load (deferred-fields.ts)
    const form = root.querySelector<HTMLElement>('[data-rope-form]')!;
    const chosen = (name: keyof RopeParams) =>
      Number(form.querySelector<HTMLSelectElement>(`select[name=${name}]`)!.value);
    const chart = root.querySelector<HTMLElement>('[data-rope-chart]')!;
    const narrow = root.querySelector<HTMLElement>('[data-rope-chart-narrow]');
    const tbody = root.querySelector<HTMLTableSectionElement>('[data-rope-table] tbody')!;
    const update = () => {
      const p: RopeParams = {
        headDim: chosen('headDim'),
        base: chosen('base'),
        trainLength: chosen('trainLength'),
        targetLength: chosen('targetLength'),
      };
      const view = ropeView(p);
      chart.innerHTML = view.svg;
      if (narrow) narrow.innerHTML = view.svgNarrow;
      tbody.replaceChildren(
        ...view.rows.map((r) => {
          const tr = document.createElement('tr');
          tr.dataset.method = r.method;
          const th = document.createElement('th');
          th.scope = 'row';
          th.textContent = r.label;
          tr.append(th);
          for (const v of [r.base, r.scale, r.longest, `${r.outOfRange} / ${r.pairs}`]) {
            const td = document.createElement('td');
            td.textContent = v;
            tr.append(td);
          }
          return tr;
        }),
      );
    };
    form.addEventListener('change', update);
  });
}
