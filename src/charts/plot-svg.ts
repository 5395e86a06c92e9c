// Observable Plot rendered to an SVG string at build time through linkedom, then made
// byte-stable and self-contained (see shared/notes/charts-and-embeds.md).
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

import { PALETTES, type Palette } from '../lib/theme.ts';

export { PALETTES, type Palette };

export const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4', '4 2 1 2', '3 6'] as const;
export const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye', 'times'] as const;

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

const twoDecimals = (s: string) => s.replace(/-?\d+\.\d{3,}/g, (m) => String(Math.round(Number(m) * 100) / 100));

/**
 * Coordinates and hover titles to two decimals; the labels drawn on the chart (<text>: ticks,
 * values) keep Plot's digits, so ticks such as 0.002 and 0.004 do not all read "0".
 */
function roundNumbers(svg: Element): void {
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const { name, value } of [...el.attributes]) el.setAttribute(name, twoDecimals(value));
    if (el.tagName.toLowerCase() === 'title') el.textContent = twoDecimals(el.textContent ?? '');
  }
}

/**
 * Renders Plot options to a standalone SVG. `markTags` names the top-level mark groups in
 * order (e.g. series ids), so the client can toggle them by `data-mark`.
 */
export function plotToSvg(
  options: Plot.PlotOptions,
  meta: {
    id: string;
    title: string;
    desc: string;
    /** Per Plot mark role ("line", "dot", …): the n-th group of that role gets `data-mark=tags[n]`. */
    markTags?: Readonly<Record<string, ReadonlyArray<string | null>>>;
    palette: Palette;
    /** Type size and family in SVG units, as attributes (the style attribute is replaced below). */
    font: { size: number; family: string };
  },
): RenderedSvg {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const el = Plot.plot({ ...options, document }) as unknown as Element;
  // With a legend, Plot returns a <figure> whose first <svg>s are the legend's swatches: the chart
  // is the figure's own <svg> child.
  const svg = el.tagName.toLowerCase() === 'svg' ? el : [...el.children].find((c) => c.tagName.toLowerCase() === 'svg');
  if (!svg) throw new Error(`chart ${meta.id}: Plot produced no <svg>`);

  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${meta.id}-title ${meta.id}-desc`);
  svg.removeAttribute('aria-label');
  svg.setAttribute('data-chart', meta.id);
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('style', `max-width:100%;height:auto;background:${meta.palette.bg};color:${meta.palette.fg}`);
  svg.setAttribute('font-size', String(meta.font.size));
  svg.setAttribute('font-family', meta.font.family);

  // Plot's aria-label on <g> trips axe (aria-prohibited-attr); keep the name as data.
  const seen = new Map<string, number>();
  for (const g of [...svg.children]) {
    const role = g.getAttribute('aria-label');
    if (g.tagName.toLowerCase() !== 'g' || !role) continue;
    const n = seen.get(role) ?? 0;
    seen.set(role, n + 1);
    const tag = meta.markTags?.[role]?.[n];
    if (tag) g.setAttribute('data-mark', tag);
  }
  for (const g of svg.querySelectorAll('[aria-label]')) {
    g.setAttribute('data-role', g.getAttribute('aria-label') ?? '');
    g.removeAttribute('aria-label');
  }
  for (const g of svg.querySelectorAll('[aria-description]')) g.removeAttribute('aria-description');

  roundNumbers(svg);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- linkedom's toString() serialises the element
  let out = svg.toString();
  // Plot numbers its scoped class names with a process-wide counter; renumber per chart.
  const classes = new Map<string, string>();
  out = out.replace(/plot-[0-9a-f]{6}(?:-\d+)?|plot-d6a7b5(?:-\w+)?/g, (m) => {
    if (!classes.has(m)) classes.set(m, `${meta.id}-p${classes.size}`);
    return classes.get(m)!;
  });
  out = out.replace(/currentColor/g, meta.palette.fg);
  // The title and description go in last, as the first children, so the rewrites above never touch
  // what the author wrote. SVG elements, not HTML ones: linkedom writes an HTML <title>'s text
  // unescaped ("A & B" broke the XML).
  const named = (tag: 'title' | 'desc', text: string) => {
    const el = svg.ownerDocument.createElementNS(SVG_NS, tag);
    el.setAttribute('id', `${meta.id}-${tag}`);
    el.textContent = text;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- linkedom's toString() serialises the element
    return el.toString();
  };
  out = out.replace(/^<svg\b[^>]*>/, (open) => open + named('title', meta.title) + named('desc', meta.desc));
  return { svg: out, width, height };
}
