// Table slides (results tables, benchmark explorer): 16:9, type ≥ 24 px, what is on screen only.
import { describe, expect, it } from 'vitest';
import { tableSlideSvg, type TableSlideInput } from '../../src/lib/table-slide.ts';
import { PALETTES } from '../../src/charts/plot-svg.ts';

const palette = {
  light: { fg: PALETTES.light.fg, fgSoft: PALETTES.light.fgSoft, bg: PALETTES.light.bg, grid: PALETTES.light.grid },
  dark: { fg: PALETTES.dark.fg, fgSoft: PALETTES.dark.fgSoft, bg: PALETTES.dark.bg, grid: PALETTES.dark.grid },
};
const base = (rows: string[][], header = ['모델', 'MMLU', 'GSM8K']): TableSlideInput => ({
  title: '기본 모델 성능 (Qwen, Table 2)',
  header,
  rows,
  source: 'Qwen 기술 보고서, Table 2',
  address: 'localhost:4430/papers/qwen/#bt-qwen-table-2',
  licence: 'CC BY 4.0',
  palette,
  variant: 'light',
});
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    size: Number(m[1]),
    text: m[2]!,
  }));

describe('table slides', () => {
  it('are 1920×1080 with title, every row, readable type and the footer', () => {
    const { svg, fontSize, shownRows } = tableSlideSvg({
      ...base([
        ['Qwen-7B', '58.2', '51.7'],
        ['LLaMA 2 7B', '46.8', '16.7'],
      ]),
      best: [
        [false, true, true],
        [false, false, false],
      ],
    });
    expect(svg).toMatch(/^<svg [^>]*width="1920" height="1080"/);
    expect(shownRows).toBe(2);
    expect(fontSize).toBeGreaterThanOrEqual(24);
    const t = texts(svg).map((x) => x.text);
    for (const s of ['Qwen-7B', 'LLaMA 2 7B', '58.2', '16.7', 'MMLU', '출처: Qwen 기술 보고서, Table 2'])
      expect(t).toContain(s);
    expect(t.some((x) => x.includes('localhost:4430/papers/qwen/') && x.includes('CC BY 4.0'))).toBe(true);
    expect(svg).toMatch(/font-weight="700"[^>]*fill="#0f5132">58\.2</); // best cell marked
    expect(svg).not.toMatch(/fill="#0f5132">46\.8</);
    expect(texts(svg).every((x) => x.size >= 24)).toBe(true);
  });

  it('count the rows that do not fit instead of shrinking the type below 24 px', () => {
    const rows = Array.from({ length: 60 }, (_, i) => [`모델 ${i}`, String(i), String(2 * i)]);
    const { svg, fontSize, shownRows, totalRows } = tableSlideSvg(base(rows));
    expect(fontSize).toBe(24);
    expect(totalRows).toBe(60);
    expect(shownRows).toBeGreaterThan(5);
    expect(shownRows).toBeLessThan(60);
    expect(svg).toContain(`외 ${60 - shownRows}행`);
    expect(svg).not.toContain(`>모델 ${shownRows}<`);
  });

  it('stack the columns of a wide table in blocks that repeat the first column', () => {
    const header = ['모델', ...Array.from({ length: 16 }, (_, i) => `Benchmark ${i}`)];
    const { svg } = tableSlideSvg(base([['Qwen-14B', ...header.slice(1).map((_, i) => `${60 + i}.5`)]], header));
    expect(svg.match(/>Qwen-14B</g)!.length).toBeGreaterThan(1);
    for (const h of header.slice(1)) expect(svg).toContain(`>${h}<`);
  });

  it('draw the dark and transparent variants with the theme colours and no background', () => {
    const dark = tableSlideSvg({ ...base([['a', '1', '2']]), variant: 'dark' }).svg;
    expect(dark).toContain(`<rect width="100%" height="100%" fill="${PALETTES.dark.bg}"/>`);
    expect(dark).toContain(`fill="${PALETTES.dark.fg}"`);
    const clear = tableSlideSvg({ ...base([['a', '1', '2']]), variant: 'dark-transparent' }).svg;
    expect(clear).not.toContain('<rect width="100%" height="100%"');
    expect(clear).toContain(`fill="${PALETTES.dark.fg}"`);
  });
});
