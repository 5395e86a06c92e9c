// src/lib/compare/pages.ts: the list of comparison pages (the /compare/ index) and the chart each
// page shows; every chart must be one the chart registry knows.
import { describe, expect, it } from 'vitest';
import { comparePages, TOPIC_CHART } from '../../src/lib/compare/pages.ts';
import { TOPICS } from '../../src/lib/compare/fields.ts';
import { chartIds } from '../../src/charts/ids.ts';

describe('the comparison pages', () => {
  it('list the six topics in page order, each at /compare/<topic>/', () => {
    expect(comparePages.map((p) => [p.id, p.href])).toEqual([
      ['architecture', '/compare/architecture/'],
      ['memory', '/compare/memory/'],
      ['alignment', '/compare/alignment/'],
      ['long-context', '/compare/long-context/'],
      ['tokenizers', '/compare/tokenizers/'],
      ['training', '/compare/training/'],
    ]);
  });

  it('take their title and lead from the topic', () => {
    const memory = comparePages.find((p) => p.id === 'memory')!;
    expect(memory.title).toBe('추론 메모리 계산기');
    expect(memory.lead).toBe(TOPICS.memory.lead);
    for (const p of comparePages) expect([p.title, p.lead], p.id).toEqual([TOPICS[p.id].title, TOPICS[p.id].lead]);
  });

  it('show their own chart each, the memory page the KV cache chart', () => {
    expect(comparePages.map((p) => `${p.id} → ${p.chart}`)).toEqual([
      'architecture → compare-architecture',
      'memory → compare-kv-cache',
      'alignment → compare-alignment',
      'long-context → compare-long-context',
      'tokenizers → compare-tokenizers',
      'training → compare-training',
    ]);
    expect(new Set(comparePages.map((p) => p.chart)).size).toBe(comparePages.length);
  });

  it('name only charts the chart registry knows', () => {
    for (const chart of Object.values(TOPIC_CHART)) expect(chartIds as readonly string[]).toContain(chart);
  });
});
