// The standalone files exported for each chart (16:9 slide SVG/PNG in four variants, CSV), built from the registry.
import { chartById, charts, type ChartDef } from '../charts/registry.ts';
import type { SiteContent } from '../lib/content/validate.ts';
import { PALETTES } from '../charts/plot-svg.ts';
import { CHART_LAYOUTS } from '../charts/layouts.ts';
import {
  composeSlide,
  SLIDE_VARIANTS,
  type SlideChartPart,
  type SlideSource,
  type SlideVariant,
} from '../lib/slide.ts';
import { BASE_PATH, SITE_LICENCE, SITE_URL, siteAddressLabel } from '../lib/site.ts';
import { CSV_BOM, csvWithMeta } from '../lib/csv-file.ts';
import { withBase } from '../lib/base-path.ts';

/** Everything a slide of this chart needs, per view and theme (served as /charts/<id>.slide.json). */
export function chartSlideSource(def: ChartDef, c: SiteContent): SlideSource {
  const views = def.views ?? [{ id: 'default', label: '' }];
  const part = (theme: 'light' | 'dark', categories?: readonly string[]): SlideChartPart => {
    const r = def.render(c, theme, { hidden: new Set(), ...(categories ? { categories } : {}) }, 'slide');
    return {
      svg: r.svg,
      width: r.width,
      height: r.height,
      legend: r.legend.map((l) => ({ id: l.id, label: l.label, color: l.color, dash: l.dash, mark: l.mark })),
    };
  };
  const colours = (t: 'light' | 'dark') => ({ fg: PALETTES[t].fg, fgSoft: PALETTES[t].fgSoft, bg: PALETTES[t].bg });
  return {
    id: def.id,
    title: def.title,
    source: def.source(c),
    address: siteAddressLabel(withBase(`/charts/${def.id}/`, BASE_PATH)),
    licence: SITE_LICENCE,
    fontSize: CHART_LAYOUTS.slide.fontSize,
    colours: { light: colours('light'), dark: colours('dark') },
    views: views.map((v) => ({
      id: v.id,
      label: v.label,
      light: part('light', v.categories),
      dark: part('dark', v.categories),
    })),
  };
}

/**
 * The one render function of build-time chart pictures: a 1920×1080 slide of the default view
 * (SVG; the PNG is this rasterised). Plain inputs: chart id and variant.
 */
export function chartSlideSvg(def: ChartDef, c: SiteContent, variant: SlideVariant): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${composeSlide(chartSlideSource(def, c), { variant }).svg}\n`;
}

/** The one render function of chart CSV files (BOM, header block, data). */
export function chartCsvFile(def: ChartDef, c: SiteContent): string {
  const d = def.data(c);
  const axes = def.native?.(c, { hidden: new Set() });
  const unit = axes ? `x축 ${axes.xTitle} · y축 ${axes.yTitle}` : d.header.join(' · ');
  return (
    CSV_BOM +
    csvWithMeta(
      {
        title: def.title,
        source: def.source(c),
        unit,
        address: new URL(withBase(`/charts/${def.id}/`, BASE_PATH), SITE_URL).href,
      },
      d.header,
      d.rows,
    )
  );
}

export function mustChart(id: string): ChartDef {
  const def = chartById(id);
  if (!def) throw new Error(`unknown chart id "${id}"`);
  return def;
}

/** Route params of the slide exports: "<id>" (light), "<id>-dark", "<id>-transparent", "<id>-dark-transparent". */
export function themedChartPaths() {
  return charts.flatMap((c) => SLIDE_VARIANTS.map((v) => ({ params: { id: v === 'light' ? c.id : `${c.id}-${v}` } })));
}

/** The slide SVG for an export route param. */
export function themedChartSvg(param: string, c: SiteContent): string {
  const variant = [...SLIDE_VARIANTS].reverse().find((v) => v !== 'light' && param.endsWith(`-${v}`)) ?? 'light';
  const id = variant === 'light' ? param : param.slice(0, -(variant.length + 1));
  return chartSlideSvg(mustChart(id), c, variant);
}
