// Chart page actions: copy the embed code and a link that reproduces the current view.
import { copyText, copyViewLink } from '../../lib/browser/copy-text.ts';

export function initChartPage(): void {
  const root = document.querySelector<HTMLElement>('[data-chart-page]');
  if (!root) return;
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  const code = root.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
  // Built from where this page is served (origin + base path), never from a configured host.
  const embedUrl = new URL(root.dataset.embedPath!, location.href).href;
  const syncEmbed = () => {
    const url = embedUrl + location.search;
    code.value = code.value.replace(/src="[^"]*"/, `src="${url}"`);
  };
  syncEmbed();
  root.addEventListener('chartstate', syncEmbed);
  root
    .querySelector('[data-copy-embed]')
    ?.addEventListener('click', () => copyText(code.value, status, '임베드 코드를 복사했습니다.'));
  root.querySelector('[data-copy-link]')?.addEventListener('click', () => copyViewLink(status));
  initSlideExport(root);
}

/** Slide buttons: read what the figure shows right now and export it (code loaded on first use). */
function initSlideExport(root: HTMLElement): void {
  const box = root.querySelector<HTMLElement>('[data-slide-export]');
  const fig = root.querySelector<HTMLElement>('[data-chart-figure]');
  if (!box || !fig) return;
  const status = box.querySelector<HTMLElement>('[data-slide-status]');
  const run = async (format: 'png' | 'svg') => {
    if (status) status.textContent = '슬라이드를 만드는 중입니다…';
    try {
      const { exportSlide } = await import('./slide-export.ts');
      const view =
        fig.querySelector<HTMLElement>('[data-chart-view][aria-pressed="true"]')?.dataset.chartView ??
        fig.dataset.defaultView ??
        '';
      const hidden = [...fig.querySelectorAll<HTMLElement>('[data-chart-series][aria-pressed="false"]')].map(
        (b) => b.dataset.chartSeries!,
      );
      await exportSlide(
        {
          sourceUrl: box.dataset.slideSource!,
          fonts: JSON.parse(box.dataset.slideFonts!) as Array<{ url: string; weight: number }>,
          view,
          hidden,
          variant: box.querySelector<HTMLSelectElement>('[data-slide-variant]')!.value,
        },
        format,
      );
      if (status) status.textContent = `슬라이드(1920×1080 ${format.toUpperCase()})를 내려받았습니다.`;
    } catch (e) {
      if (status) status.textContent = `슬라이드를 만들지 못했습니다: ${String(e)}`;
    }
  };
  box.querySelector('[data-slide-png]')?.addEventListener('click', () => void run('png'));
  box.querySelector('[data-slide-svg]')?.addEventListener('click', () => void run('svg'));
}
