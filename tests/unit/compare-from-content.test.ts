// src/lib/compare/from-content.ts: the comparison input from the site's validated content, the
// Korean sample's tokens per character, and one view model per (content, topic) built once.
import { describe, expect, it, vi } from 'vitest';
import { siteContent } from '../../src/build/site-content.ts';
import { compareInput, compareTable, koreanMeasure } from '../../src/lib/compare/from-content.ts';
import type { SiteContent } from '../../src/lib/content/validate.ts';

const site = siteContent();
/** A copy of the site's content with its own identity (the view cache is per content object). */
const copy = (extra: Partial<SiteContent> = {}): SiteContent => ({ ...site, ...extra });
const koSample = (text: string) => [{ ...site.samples.find((s) => s.id === 'ko')!, text }];

describe('compareInput', () => {
  const input = compareInput(site);

  it('keeps every comparison row of the content, in order: 7 + 15 + 6 + 10 entries in the four files', () => {
    expect(input.rows).toHaveLength(38);
    expect(input.rows.map((r) => r.paper).filter((p, i, a) => a.indexOf(p) === i)).toEqual([
      'deepseek-llm',
      'llama-2',
      'pangu-pi-pro',
      'qwen',
    ]);
    expect(input.rows[0]).toMatchObject({ topic: 'architecture', model: 'deepseek-llm-7b' });
  });

  it('looks models and papers up by id', () => {
    expect(input.models.get('llama-2-70b')).toMatchObject({ name: 'Llama 2 70B', params: 70 });
    expect(input.models.get('pangu-pi-pro-1.5b')?.params).toBe(1.5);
    expect(input.papers.get('qwen')?.shortTitle).toBe('Qwen 기술 보고서');
    expect(input.models.get('no-such-model')).toBeUndefined();
  });
});

describe('koreanMeasure', () => {
  it('counts the "ko" sample in characters (code points), not UTF-16 units', () => {
    const measure = koreanMeasure(copy({ samples: koSample('한국어 🦙') }), () => 7);
    // 한 국 어, a space and one emoji (two UTF-16 units): 5 characters
    expect(measure('qwen')).toEqual({ tokens: 7, chars: 5 });
  });

  it('passes the lab id through and gives nothing for a tokenizer that was not measured', () => {
    const tokens = vi.fn((lab: string) => (lab === 'llama2' ? 12 : undefined));
    const measure = koreanMeasure(copy({ samples: koSample('가나다') }), tokens);
    expect(measure('llama2')).toEqual({ tokens: 12, chars: 3 });
    expect(measure('qwen')).toBeUndefined();
    expect(tokens.mock.calls).toEqual([['llama2'], ['qwen']]);
  });

  it('gives nothing without a "ko" sample', () => {
    const others = site.samples.filter((s) => s.id !== 'ko');
    expect(koreanMeasure(copy({ samples: others }), () => 5)('qwen')).toBeUndefined();
  });
});

describe('compareTable', () => {
  it('builds a topic once per content: the second call returns the same view', () => {
    const c = copy();
    const first = compareTable(c, 'architecture', () => undefined);
    expect(compareTable(c, 'architecture', () => undefined)).toBe(first);
    expect(compareTable(copy(), 'architecture', () => undefined)).not.toBe(first);
    expect(compareTable(c, 'training', () => undefined)).not.toBe(first);
  });

  it('measures the Korean sample only for the tokenizers page, once', () => {
    const c = copy({ samples: koSample('가나다라') });
    const tokens = vi.fn((lab: string) => (lab === 'llama2' ? 6 : undefined));
    compareTable(c, 'architecture', tokens);
    expect(tokens).not.toHaveBeenCalled();
    const v = compareTable(c, 'tokenizers', tokens);
    compareTable(c, 'tokenizers', tokens);
    expect(tokens.mock.calls).toEqual([['llama2'], ['qwen']]);
    // 6 tokens ÷ 4 characters
    const llama = v.rows.find((r) => r.id === 'llama-2-7b')!;
    expect(llama.cells.at(-1)).toMatchObject({ text: '1.500', kind: 'derived' });
    expect(v.rows.find((r) => r.id === 'qwen-7b')!.cells.at(-1)!.kind).toBe('missing');
  });

  it('keeps the views of two contents apart: one without Qwen’s rows has no Qwen row', () => {
    const withQwen = compareTable(copy(), 'long-context', () => undefined);
    const noQwen = compareTable(
      copy({ compare: site.compare.filter((r) => r.paper !== 'qwen') }),
      'long-context',
      () => undefined,
    );
    expect(withQwen.rows.map((r) => r.id)).toEqual(['deepseek-llm-67b', 'llama-2-70b', 'qwen-7b', 'qwen-14b']);
    expect(noQwen.rows.map((r) => r.id)).toEqual(['deepseek-llm-67b', 'llama-2-70b']);
  });
});
