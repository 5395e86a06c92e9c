// src/charts/scaling-chart.ts: DeepSeek LLM's M_opt(C) and D_opt(C) curves (Eq. 4) with the 7B and 67B placed at their Table 2 M and D.
import { describe, expect, it } from 'vitest';
import { siteContent } from '../../src/build/site-content.ts';
import {
  COMPUTE_RANGE,
  deepseekModels,
  MODEL_POINT_SERIES,
  scalingChartSeries,
} from '../../src/charts/scaling-chart.ts';
import type { SiteContent } from '../../src/lib/content/validate.ts';

const c = siteContent();
const chart = scalingChartSeries(c);
const line = (id: string) => chart.lines.find((l) => l.id === id)!;
const at = (id: string, x: number) => line(id).points.find(([px]) => px === x)?.[1];

describe('the DeepSeek reference models', () => {
  it('take M from Table 2’s layers, d_model and context, and D from its tokens', () => {
    // M = 72·n·d² + 12·n·d·l. 7B: 30 layers, d 4096, l 4096 → 4096² × 30 × (72 + 12) = 42,278,584,320.
    // 67B: 95 layers, d 8192, l 4096 → 95 × 8192 × (72 × 8192 + 12 × 4096) = 497,276,682,240. Both 2T tokens.
    expect(deepseekModels(c)).toEqual([
      { label: '7B', m: 42_278_584_320, d: 2e12 },
      { label: '67B', m: 497_276_682_240, d: 2e12 },
    ]);
  });

  it('follow the table: another configuration gives another M and D', () => {
    const t2 = c.configs.find((t) => t.paper === 'deepseek-llm' && t.id === 'table-2')!;
    const edited = {
      ...c,
      configs: [
        { ...t2, rows: [{ model: 'deepseek-llm-67b', values: { layers: 2, d_model: 10, context: 5, tokens: 0.5 } }] },
      ],
    } as SiteContent;
    // 72 × 2 × 10² + 12 × 2 × 10 × 5 = 14,400 + 1,200; 0.5T tokens
    expect(deepseekModels(edited)).toEqual([{ label: '67B', m: 15_600, d: 5e11 }]);
  });

  it('name each model by the size at the end of its id, so a further row is not called 7B', () => {
    const t2 = c.configs.find((t) => t.paper === 'deepseek-llm' && t.id === 'table-2')!;
    const values = { layers: 2, d_model: 10, context: 5, tokens: 0.5 };
    const three = {
      ...c,
      configs: [
        {
          ...t2,
          rows: [
            { model: 'deepseek-llm-7b', values },
            { model: 'deepseek-llm-67b', values },
            { model: 'deepseek-llm-1.3b', values },
          ],
        },
      ],
    } as SiteContent;
    expect(deepseekModels(three).map((m) => m.label)).toEqual(['7B', '67B', '1.3B']);
  });

  it('need the deepseek-llm Table 2, and say so when it is missing', () => {
    const without: SiteContent = { ...c, configs: c.configs.filter((t) => t.paper !== 'deepseek-llm') };
    expect(() => deepseekModels(without)).toThrow('the scaling chart needs the deepseek-llm config table "table-2"');
  });
});

describe('the scaling-law series', () => {
  it('is a derived DeepSeek series with the two curves, then the two model series drawn as points', () => {
    expect(chart.id).toBe('deepseek-scaling-curves');
    expect(chart.paper).toBe('deepseek-llm');
    expect(chart.kind).toBe('derived');
    expect(chart.source.table).toBe('식 4');
    expect(chart.lines.map((l) => l.id)).toEqual(['m-opt', 'd-opt', 'deepseek-m', 'deepseek-d']);
    expect(MODEL_POINT_SERIES).toEqual(['deepseek-m', 'deepseek-d']);
  });

  it('samples both curves at the same 33 budgets, four per decade, from 1e17 to 1e25 FLOPs', () => {
    expect(COMPUTE_RANGE).toEqual([1e17, 1e25]);
    const xs = line('m-opt').points.map(([x]) => x);
    expect(line('d-opt').points.map(([x]) => x)).toEqual(xs);
    expect(xs).toHaveLength(33);
    // every fourth budget is a power of ten; the ones between are 10^0.25 apart (×1.778)
    expect(xs.filter((_, i) => i % 4 === 0)).toEqual([1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25]);
    expect(xs.slice(0, 4)).toEqual([1e17, 1.778e17, 3.162e17, 5.623e17]);
  });

  it('gives M_opt = 0.1715·C^0.5243 and D_opt = 5.8316·C^0.4757 to four significant figures', () => {
    // C = 1e20: 0.1715 × 10^10.486 = 5.251e9 and 5.8316 × 10^9.514 = 1.905e10
    expect(at('m-opt', 1e20)).toBe(5.251e9);
    expect(at('d-opt', 1e20)).toBe(1.905e10);
    // the ends of the range: 0.1715 × 10^8.9131 = 1.404e8; 0.1715 × 10^13.1075 = 2.197e12; 5.8316 × 10^11.8925 = 4.553e12
    expect(at('m-opt', 1e17)).toBe(1.404e8);
    expect(at('m-opt', 1e25)).toBe(2.197e12);
    expect(at('d-opt', 1e25)).toBe(4.553e12);
  });

  it('splits every budget into an M and a D whose product is the budget (C = M·D)', () => {
    // a + b = 0.5243 + 0.4757 = 1 and 0.1715 × 5.8316 = 1.0001: each product is C within rounding
    const d = line('d-opt').points;
    for (const [i, [x, m]] of line('m-opt').points.entries()) {
      expect((m * d[i]![1]) / Number(x), `C = ${x}`).toBeGreaterThan(0.998);
      expect((m * d[i]![1]) / Number(x), `C = ${x}`).toBeLessThan(1.002);
    }
  });

  it('places the 7B and 67B at their own budgets C = M·D with their actual M and D', () => {
    // 7B: 42,278,584,320 × 2e12 = 8.456e22; 67B: 497,276,682,240 × 2e12 = 9.946e23 (four significant figures)
    expect(line('deepseek-m').points).toEqual([
      [8.456e22, 4.228e10],
      [9.946e23, 4.973e11],
    ]);
    expect(line('deepseek-d').points).toEqual([
      [8.456e22, 2e12],
      [9.946e23, 2e12],
    ]);
  });
});
