// Slide export of a table's current view: the widget reads what is on screen at the click
// (snapshot), the render code and the embedded font load only then.
import { createDeferredFields } from '../../lib/browser/deferred-fields.ts';
import type { SlideVariant } from '../../lib/slide.ts';
import type { TableSlideInput, TableSlidePalette } from '../../lib/table-slide.ts';

export type TableSnapshot = Omit<TableSlideInput, 'palette' | 'variant' | 'fontFaceCss' | 'licence'> & {
  fileName: string;
};

/** Where a table slide says it came from: this page as the reader sees it (no scheme). */
export function pageAddress(hash = ''): string {
  return `${location.host}${location.pathname}${hash}`;
}

export function initTableSlideExport(box: HTMLElement, snapshot: () => TableSnapshot): void {
  createDeferredFields(box);
  const status = box.querySelector<HTMLElement>('[data-table-slide-status]');
  const run = async (format: 'png' | 'svg') => {
    const snap = snapshot();
    const chosen = box.querySelector<HTMLSelectElement>('[data-table-slide-variant]')?.value ?? 'light';
    if (status) status.textContent = '슬라이드를 만드는 중입니다…';
    try {
      const [{ tableSlideSvg }, { slideFontCss, saveSlide }, { SLIDE_VARIANTS }] = await Promise.all([
        import('../../lib/table-slide.ts'),
        import('../Chart/slide-export.ts'),
        import('../../lib/slide.ts'),
      ]);
      const variant: SlideVariant = (SLIDE_VARIANTS as readonly string[]).includes(chosen)
        ? (chosen as SlideVariant)
        : 'light';
      const fontFaceCss = await slideFontCss(
        JSON.parse(box.dataset.slideFonts!) as Array<{ url: string; weight: number }>,
      );
      const { fileName, ...rest } = snap;
      const { svg, shownRows, totalRows } = tableSlideSvg({
        ...rest,
        palette: JSON.parse(box.dataset.slidePalette!) as Record<'light' | 'dark', TableSlidePalette>,
        licence: box.dataset.slideLicence ?? '',
        variant,
        fontFaceCss,
      });
      await saveSlide(`${fileName}${variant === 'light' ? '' : `-${variant}`}-slide`, svg, format);
      const partial =
        shownRows < totalRows
          ? ` ${totalRows}${snap.rowUnit ?? '행'} 중 ${shownRows}${snap.rowUnit ?? '행'}이 들어갔습니다.`
          : '';
      if (status) status.textContent = `슬라이드(1920×1080 ${format.toUpperCase()})를 내려받았습니다.${partial}`;
    } catch (e) {
      if (status) status.textContent = `슬라이드를 만들지 못했습니다: ${String(e)}`;
    }
  };
  box.querySelector('[data-table-slide-png]')?.addEventListener('click', () => void run('png'));
  box.querySelector('[data-table-slide-svg]')?.addEventListener('click', () => void run('svg'));
}
