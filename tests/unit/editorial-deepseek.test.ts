// Issue 17 (editorial pass, DeepSeek LLM review): the rules every edited review follows are in
// editorial.test.ts (EDITED_REVIEWS). Here only what is specific to this review: the paper's
// symbols are named once in favour of /notation/, the derivations cut from it stay reachable
// through their concept pages, and its deep dives keep their anchors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteContent } from '../../src/build/site-content.ts';

const FILE = 'content/reviews/deepseek-llm.mdx';
const source = readFileSync(join(process.cwd(), FILE), 'utf8');
const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
// Loaded once at import: on a busy machine the first content load alone can take longer than a test's timeout.
const review = siteContent().reviews.find((r) => r.file === FILE)!;

describe('DeepSeek LLM review after the editorial pass', () => {
  it('uses the site symbols in math and names the paper’s symbols once', () => {
    const mathOnly = body.match(/\$[^$]+\$/g) ?? [];
    const paperSymbol = mathOnly.filter((m) =>
      /n_\{\\mathrm\{layer\}\}|l_\{\\mathrm\{seq\}\}|n_\{\\mathrm\{vocab\}\}/.test(m),
    );
    expect(paperSymbol).toHaveLength(3); // the one sentence that names them
  });

  it('links the concept pages that now hold the derivations it cut', () => {
    for (const id of [
      'training-flops',
      'non-embedding-flops',
      'zero-fsdp',
      'kv-cache',
      'swiglu',
      'rmsnorm',
      'dpo',
      'flash-attention',
      'multi-step-lr-schedule',
    ]) {
      expect(body).toContain(`<Concept id="${id}"`);
    }
  });

  it('keeps the deep-dive anchors that other pages link to, under "심화: " titles', () => {
    const deep = review.data.questions.filter((q) => ['scaling-laws', 'dpo'].includes(q.id));
    expect(deep.map((q) => q.title.startsWith('심화: '))).toEqual([true, true]);
    expect(body).not.toContain('심층 질문'); // the old heading form, also in cross-references
  });

  it('moved the misreadings it no longer shows inline into 바로잡기 entries', () => {
    expect(review.data.corrections?.length ?? 0).toBeGreaterThanOrEqual(12);
  });
});
