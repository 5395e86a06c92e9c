import { scalingView, type ReferenceModel } from './view.ts';
import { sci } from '../../lib/format.ts';

export function initScalingCalculator(): void {
  document.querySelectorAll<HTMLElement>('[data-scaling-calc]').forEach((root) => {
    const refs = JSON.parse(root.dataset.refs ?? '[]') as ReferenceModel[];
    const input = root.querySelector<HTMLInputElement>('input[name=logC]')!;
    const out = root.querySelector<HTMLOutputElement>('[data-scaling-c]')!;
    const chart = root.querySelector<HTMLElement>('[data-scaling-chart]')!;
    const narrow = root.querySelector<HTMLElement>('[data-scaling-chart-narrow]');
    const update = () => {
      const view = scalingView(Number(input.value), refs);
      out.textContent = `C = ${sci(view.point.compute)} FLOPs`;
      input.setAttribute('aria-valuetext', out.textContent);
      for (const r of view.rows) {
        const dd = root.querySelector(`[data-key="${r.key}"] dd`);
        if (dd) dd.textContent = r.value;
      }
      chart.innerHTML = view.svg;
      if (narrow) narrow.innerHTML = view.svgNarrow;
    };
    input.addEventListener('input', update);
  });
}
