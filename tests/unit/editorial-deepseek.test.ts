// Issue 17 (editorial pass, DeepSeek LLM review): what the pass fixed must stay fixed when the
// review is edited again — no retyped data values, at most three inline misreading callouts,
// one voice, deep dives marked "심화: ", the paper's symbols named once in favour of /notation/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteContent } from '../../src/lib/content/site-content.ts';
import { paperDataCells, proseNumbers, unwrappedNumbers } from '../../src/lib/prose-numbers.ts';

const FILE = 'content/reviews/deepseek-llm.mdx';
const source = readFileSync(join(process.cwd(), FILE), 'utf8');
const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
const withoutMath = body.replace(/\$\$[\s\S]*?\$\$/g, '').replace(/\$[^$\n]*\$/g, '');

describe('DeepSeek LLM review after the editorial pass', () => {
  it('retypes no number that exists in the paper’s data (prose-number check is zero)', () => {
    const found = unwrappedNumbers(proseNumbers(source), paperDataCells(siteContent(), 'deepseek-llm'));
    expect(found.map((f) => `${f.line}: ${f.text}`)).toEqual([]);
  });

  it('keeps at most three inline misreading callouts; the rest are 바로잡기 entries', () => {
    expect((body.match(/<Callout type="misreading"/g) ?? []).length).toBeLessThanOrEqual(3);
    const review = siteContent().reviews.find((r) => r.file.endsWith('deepseek-llm.mdx'))!;
    expect(review.data.corrections?.length ?? 0).toBeGreaterThanOrEqual(6);
  });

  it('speaks in one voice: "이 노트", never 우리/필자/저는 for the author', () => {
    expect(body).not.toMatch(/(^|[\s(])(우리|필자|저는|제가)(가|는|의|를|도|\s|\))/m);
    expect(body).not.toContain('이 리뷰');
  });

  it('marks every deep-dive heading with "심화: " and keeps their anchors', () => {
    const review = siteContent().reviews.find((r) => r.file.endsWith('deepseek-llm.mdx'))!;
    const deep = review.data.questions.filter((q) => ['scaling-laws', 'dpo'].includes(q.id));
    expect(deep.map((q) => q.title.startsWith('심화: '))).toEqual([true, true]);
    expect(body).not.toContain('심층 질문');
  });

  it('uses the site symbols in math and names the paper’s symbols once', () => {
    const mathOnly = body.match(/\$[^$]+\$/g) ?? [];
    const paperSymbol = mathOnly.filter((m) => /n_\{\\mathrm\{layer\}\}|l_\{\\mathrm\{seq\}\}|n_\{\\mathrm\{vocab\}\}/.test(m));
    expect(paperSymbol).toHaveLength(3); // the one sentence that names them
  });

  it('names no site internals', () => {
    for (const word of ['사실 시트', '출처 사본', '데이터 파일', 'src/', 'content/', '.yaml', '자동으로 붙습니다']) expect(withoutMath).not.toContain(word);
  });

  it('links the concept pages that now hold the derivations it cut', () => {
    for (const id of ['training-flops', 'non-embedding-flops', 'zero-fsdp', 'kv-cache', 'swiglu', 'rmsnorm', 'dpo', 'flash-attention', 'multi-step-lr-schedule']) {
      expect(body).toContain(`<Concept id="${id}"`);
    }
  });
});
