// src/charts/theme-css.ts: the stylesheet that recolours light-palette chart SVGs in dark mode.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartThemeCss } from '../../src/charts/theme-css.ts';
import { PALETTES, plotToSvg } from '../../src/charts/plot-svg.ts';

const L = PALETTES.light;
const D = PALETTES.dark;

interface Rule {
  selector: string;
  decls: Array<[string, string]>;
}

/** The stylesheet as rules (one per line, `selector{prop:value;…}`). */
function rules(): Rule[] {
  return chartThemeCss()
    .split('\n')
    .map((line) => {
      const m = /^([^{]+)\{([^}]*)\}$/.exec(line);
      if (!m) throw new Error(`not a rule: ${line}`);
      const decls = m[2]!.split(';').map((d) => {
        const i = d.indexOf(':');
        return [d.slice(0, i), d.slice(i + 1)] as [string, string];
      });
      return { selector: m[1]!, decls };
    });
}

/** The value the stylesheet gives `prop` on `el` (the last matching rule wins), or null. */
function styled(el: Element, prop: string): string | null {
  let value: string | null = null;
  for (const r of rules()) {
    if (!el.matches(r.selector)) continue;
    for (const [p, v] of r.decls) if (p === prop) value = v;
  }
  return value;
}

/** A page in the given theme holding `body`; returns its document. */
function page(theme: 'light' | 'dark', body: string): Document {
  return parseHTML(`<html data-theme="${theme}"><body>${body}</body></html>`).document;
}

describe('chartThemeCss', () => {
  it('writes a fill and a stroke rule for each of the 11 light colours, then the halo and root rules', () => {
    const lines = chartThemeCss().split('\n');
    expect(lines).toHaveLength(24);
    expect(lines.filter((l) => /\{fill:#[0-9a-fA-F]{6}\}$/.test(l))).toHaveLength(11);
    expect(lines.filter((l) => /\{stroke:#[0-9a-fA-F]{6}\}$/.test(l))).toHaveLength(12);
    expect(lines.at(-1)).toBe(
      "[data-theme='dark'] :is(svg[data-chart], svg[data-swatch]){background:#111318!important;color:#e8eaee!important}",
    );
  });

  it('swaps text, soft text and grid colours for their dark counterparts, as fill and as stroke', () => {
    const doc = page(
      'dark',
      `<svg data-chart="c"><text fill="${L.fg}"/><text fill="${L.fgSoft}"/><line stroke="${L.grid}"/><line stroke="${L.fg}"/></svg>`,
    );
    const [fg, soft] = [...doc.querySelectorAll('text')];
    const [grid, tick] = [...doc.querySelectorAll('line')];
    expect(styled(fg!, 'fill')).toBe('#e8eaee');
    expect(styled(soft!, 'fill')).toBe('#b3b8c3');
    expect(styled(grid!, 'stroke')).toBe('#343945');
    expect(styled(tick!, 'stroke')).toBe('#e8eaee');
  });

  it('maps the n-th light series colour to the n-th dark series colour', () => {
    const marks = L.series.map((c) => `<path fill="${c}" stroke="${c}"/>`).join('');
    const paths = [...page('dark', `<svg data-chart="c">${marks}</svg>`).querySelectorAll('path')];
    expect(paths.map((p) => styled(p, 'stroke'))).toEqual([...D.series]);
    expect(paths.map((p) => styled(p, 'fill'))).toEqual([...D.series]);
    // the first series and the black one, by hand
    expect(styled(paths[0]!, 'stroke')).toBe('#56B4E9');
    expect(styled(paths[6]!, 'fill')).toBe('#ffffff');
  });

  it('recolours the root svg itself, whose fill its text inherits', () => {
    const svg = page('dark', `<svg data-chart="c" fill="${L.fg}" stroke="${L.fgSoft}"></svg>`).querySelector('svg')!;
    expect(styled(svg, 'fill')).toBe(D.fg);
    expect(styled(svg, 'stroke')).toBe(D.fgSoft);
  });

  it('forces the dark background and text colour over the root svg’s inline style', () => {
    const svg = page('dark', `<svg data-chart="c" style="background:${L.bg};color:${L.fg}"></svg>`).querySelector(
      'svg',
    )!;
    expect(styled(svg, 'background')).toBe('#111318!important');
    expect(styled(svg, 'color')).toBe('#e8eaee!important');
  });

  it('turns background-coloured strokes (label halos) dark but has no rule for a white fill', () => {
    const doc = page('dark', `<svg data-chart="c"><text stroke="${L.bg}" fill="${L.bg}"/></svg>`);
    const halo = doc.querySelector('text')!;
    expect(styled(halo, 'stroke')).toBe('#111318');
    expect(styled(halo, 'fill')).toBeNull();
  });

  it('recolours legend swatches but leaves light pages and other SVGs alone', () => {
    const body = `<svg data-swatch><line stroke="${L.series[1]}"/></svg><svg><line stroke="${L.series[1]}"/></svg>`;
    const [swatch, other] = [...page('dark', body).querySelectorAll('line')];
    expect(styled(swatch!, 'stroke')).toBe('#E69F00');
    expect(styled(other!, 'stroke')).toBeNull();
    for (const el of page('light', `<svg data-chart="c" fill="${L.fg}">${body}</svg>`).querySelectorAll('*'))
      for (const prop of ['fill', 'stroke', 'background', 'color']) expect(styled(el, prop)).toBeNull();
  });

  it('sends each light colour to exactly one dark colour', () => {
    const targets = new Map<string, Set<string>>();
    for (const r of rules()) {
      for (const m of r.selector.matchAll(/\[(fill|stroke)='([^']+)'\]/g)) {
        const [prop, value] = r.decls[0]!;
        expect(prop).toBe(m[1]);
        const key = `${m[1]}=${m[2]}`;
        targets.set(key, (targets.get(key) ?? new Set()).add(value));
      }
    }
    expect(targets.size).toBe(23);
    for (const [key, to] of targets) expect([...to], key).toHaveLength(1);
  });

  it('gives every light-palette colour of a rendered chart its dark counterpart', () => {
    const { svg } = plotToSvg(
      {
        width: 400,
        height: 200,
        y: { grid: true },
        marks: [
          Plot.lineY([1, 3, 2], { stroke: L.series[0]! }),
          Plot.dot([[1, 2]], { fill: L.series[2]!, stroke: L.bg }),
          Plot.text(['n'], { x: 0, y: 1, fill: L.fgSoft }),
        ],
      },
      { id: 'c', title: 't', desc: 'd', palette: L, font: { size: 13, family: 'serif' } },
    );
    const light = [L.fg, L.fgSoft, L.grid, ...L.series];
    const dark = [D.fg, D.fgSoft, D.grid, ...D.series];
    const doc = page('dark', svg);
    let checked = 0;
    for (const el of [doc.querySelector('svg')!, ...doc.querySelectorAll('svg *')]) {
      for (const prop of ['fill', 'stroke']) {
        const value = el.getAttribute(prop);
        const i = value === null ? -1 : light.indexOf(value);
        if (i < 0) continue;
        expect(styled(el, prop), `${el.tagName} ${prop}=${value}`).toBe(dark[i]);
        checked += 1;
      }
    }
    // root fill, axis ticks, grid, the line, the dot, the label
    expect(checked).toBeGreaterThanOrEqual(6);
    expect(styled(doc.querySelector('[data-role="dot"]')!, 'stroke')).toBe(D.bg);
  });
});
