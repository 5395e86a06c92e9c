// src/lib/table-image.ts: a result table as a standalone SVG picture (PNG export for slides).
// Sizes are hand computed from src/lib/text-width.ts's estimate: a Hangul character is 1 em,
// "W" 1 em, a digit 0.66 em, "." 0.3 em, "–" 0.61 em; cells are set at 13 px with 12 px padding
// each side, the title at 16 px and the source at 11 px, each with 24 px of margin.
import { describe, expect, it } from 'vitest';
import { tableSvg } from '../../src/lib/table-image.ts';
import type { Benchmark, Model } from '../../src/lib/content/schema.ts';
import type { TableViewModel } from '../../src/lib/table.ts';

const benchmark = (name: string) =>
  ({ id: name.toLowerCase(), name, category: 'knowledge', higherIsBetter: true }) as unknown as Benchmark;
const model = (name: string) => ({ id: name, name, family: 'F', params: 7, paper: null, kind: 'base' }) as Model;

/** A table with the given columns (name, setting label) and rows (model, cells [score, best]). */
function vm(columns: Array<[string, string]>, rows: Array<[string, Array<[number | null, boolean]>]>): TableViewModel {
  return {
    columns: columns.map(([name, settingLabel]) => ({ key: name, benchmark: benchmark(name), settingLabel })),
    rows: rows.map(([name, cells]) => ({
      model: model(name),
      cells: cells.map(([score, best]) => ({
        score,
        best,
        ...(score === null ? {} : { row: { decimals: 1 } as never }),
      })),
    })),
    groups: [],
    families: [],
    sizes: [],
  };
}

type Element = Record<string, string> & { body: string };
function elements(svg: string, tag: 'text' | 'rect' | 'line'): Element[] {
  const re = tag === 'text' ? /<text ([^>]*)>([^<]*)<\/text>/g : new RegExp(`<${tag} ([^>]*?)/>`, 'g');
  return [...svg.matchAll(re)].map((m) => ({
    ...Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
    body: m[2] ?? '',
  }));
}
const textOf = (svg: string, body: string) => elements(svg, 'text').filter((t) => t.body === body);

// '모델' 26 px, '가나다' 39 px → 63; 'WW' 26 px, '58.2' 29.64 px → 54; 2 rows → 104 px block
const small = vm(
  [['WW', '']],
  [
    ['가나', [[58.2, true]]],
    ['가나다', [[null, false]]],
  ],
);

describe('a table picture', () => {
  it('is as wide as its columns plus margins and as tall as title, rows and source: 141 × 180', () => {
    const { svg, width, height } = tableSvg(small, '표', '출처');
    // 63 + 54 + 24 wide; 40 (title) + 2 × 26 (header) + 2 × 26 (rows) + 36 (source) tall
    expect([width, height]).toEqual([141, 180]);
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*width="141" height="180" viewBox="0 0 141 180">/,
    );
  });

  it('sets the model column left-aligned and score columns right-aligned at the column edges', () => {
    const { svg } = tableSvg(small, '표', '출처');
    // column edges at x = 12, 75, 129
    expect(textOf(svg, '모델')[0]).toMatchObject({ x: '24', y: '58', 'text-anchor': 'start', 'font-weight': '700' });
    expect(textOf(svg, 'WW')[0]).toMatchObject({ x: '117', y: '58', 'text-anchor': 'end' });
    expect(textOf(svg, '가나다')[0]).toMatchObject({ x: '24', y: '136', 'text-anchor': 'start' });
    expect(elements(svg, 'rect')[1]).toMatchObject({ x: '12', y: '40', width: '117', height: '52', fill: '#f5f6f8' });
  });

  it('marks a best score in bold on a green cell', () => {
    const { svg } = tableSvg(small, '표', '출처');
    expect(textOf(svg, '58.2')[0]).toMatchObject({ x: '117', y: '110', 'font-weight': '700', fill: '#0f5132' });
    expect(elements(svg, 'rect').filter((r) => r.fill === '#d6f0e0')).toEqual([
      { x: '75', y: '92', width: '54', height: '26', fill: '#d6f0e0', body: '' },
    ]);
  });

  it('prints a missing score as a soft "–", never bold', () => {
    const { svg } = tableSvg(small, '표', '출처');
    const dash = textOf(svg, '–');
    expect(dash).toHaveLength(1);
    expect(dash[0]).toMatchObject({ x: '117', y: '136', fill: '#4a4f5a' });
    expect(dash[0]!['font-weight']).toBeUndefined();
  });

  it('puts the title at the top and the source line 12 px above the bottom', () => {
    const { svg } = tableSvg(small, '표', '출처');
    expect(textOf(svg, '표')[0]).toMatchObject({ x: '12', y: '24', 'font-size': '16' });
    expect(textOf(svg, '출처')[0]).toMatchObject({ x: '12', y: '168', 'font-size': '11' });
  });

  it('shows a setting label under its benchmark and widens the column for it', () => {
    const { svg, width } = tableSvg(vm([['WW', '5-shot']], [['가나다', [[58.2, false]]]]), '표', '출처');
    // '5-shot' at 11 px: (0.66 + 0.47 + 0.61 × 3 + 0.4) × 11 = 36.96 → a 61 px column: 63 + 61 + 24
    expect(width).toBe(148);
    expect(textOf(svg, '5-shot')[0]).toMatchObject({
      y: '80',
      'font-size': '11',
      fill: '#4a4f5a',
      'text-anchor': 'end',
    });
  });

  it('is never wider than 16:9: a long title gets room below instead (504 wide → 284 tall)', () => {
    const title = '가'.repeat(30); // 480 px at 16 px
    expect(tableSvg(small, title, '출처')).toMatchObject({ width: 504, height: 284 });
  });

  it('stacks the columns of a wide table in blocks, each repeating the model column', () => {
    const names = ['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8'];
    const wide = vm(
      names.map((n) => [n, '']),
      [['가나', names.map(() => [50.5, false])]],
    );
    // one strip: 50 + 8 × 54 + 24 = 506 wide, 154 tall (wider than 16:9); two blocks of four: 290 × 250
    const { svg, width, height } = tableSvg(wide, '표', '출처');
    expect([width, height]).toEqual([290, 250]);
    expect(textOf(svg, '가나').map((t) => t.y)).toEqual(['110', '206']);
    expect(textOf(svg, 'W4')[0]!.y).toBe('58');
    expect(textOf(svg, 'W5')[0]).toMatchObject({ x: '104', y: '154' });
  });

  it('escapes the title, names, labels and source', () => {
    const { svg } = tableSvg(vm([['A&B', '<0>']], [['<모델>', [[1, false]]]]), 'x < y', '"출처"');
    for (const s of ['x &lt; y', '&lt;모델&gt;', 'A&amp;B', '&lt;0&gt;', '&quot;출처&quot;'])
      expect(svg).toContain(`>${s}</text>`);
    expect(svg).not.toContain('<모델>');
  });
});
