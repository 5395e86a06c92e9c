// The sample texts' token counts, measured once and cached: what the measured chart and the
// tokenizers comparison read must equal what the tokenizers themselves give.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { siteContent } from '../../src/build/site-content.ts';
import { nodeTokenizers } from '../../src/build/tokenizers-node.ts';
import { koreanMeasure } from '../../src/lib/compare/from-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'prn-counts-'));
beforeAll(() => vi.stubEnv('PRN_EXPORT_CACHE_DIR', dir));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('tokenizer counts', () => {
  it('equal each tokenizer’s own count of every sample, in lab order, and come back the same from the cache', async () => {
    const c = siteContent();
    const { tokenizerCounts } = await import('../../src/build/tokenizer-counts.ts');
    const counts = tokenizerCounts(c);
    const toks = nodeTokenizers();
    expect(counts.tokenizers).toEqual(toks.map((t) => ({ id: t.id, label: t.label })));
    expect(counts.samples.map((s) => s.sample)).toEqual(c.samples.map((s) => s.label));
    c.samples.forEach((s, i) => {
      for (const t of toks) expect(counts.samples[i]!.counts[t.id], `${s.label} ${t.id}`).toBe(t.encode(s.text).length);
    });
    vi.resetModules();
    const again = await import('../../src/build/tokenizer-counts.ts');
    expect(again.tokenizerCounts(c)).toEqual(counts);
  });

  it('give the comparison its Korean measure: tokens and characters of the "ko" sample', async () => {
    const c = siteContent();
    const { tokenizerCounts } = await import('../../src/build/tokenizer-counts.ts');
    const ko = c.samples.find((s) => s.id === 'ko')!;
    const row = tokenizerCounts(c).samples.find((s) => s.sample === ko.label)!;
    const measure = koreanMeasure(c, (lab) => row.counts[lab]);
    expect(measure('qwen')).toEqual({ tokens: row.counts.qwen, chars: [...ko.text].length });
    expect(measure('no-such-tokenizer')).toBeUndefined();
    expect(koreanMeasure({ ...c, samples: [] }, () => 1)('qwen')).toBeUndefined();
  });
});
