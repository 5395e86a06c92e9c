// The editorial rules of issue #17, held for every review that has had its pass (EDITED_REVIEWS):
// a TL;DR card, at most three inline misreading callouts, one author voice, no site internals in
// what a reader sees, one form for deep-dive headings, and no data number retyped in prose
// except the justified entries of content/prose-number-allow.yaml.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteContent } from '../../src/build/site-content.ts';
import {
  authorVoice,
  deepDiveHeadingProblems,
  internalNames,
  misreadingCallouts,
  DEEP_DIVE_PREFIX,
} from '../../src/lib/editorial.ts';
import { paperDataCells, proseNumbers, unwrappedNumbers } from '../../src/lib/prose-numbers.ts';
import { ALLOW_FILE, applyAllowList, parseAllowList } from '../../src/lib/prose-number-allow.ts';
import { EDITED_REVIEWS } from '../editorial-reviews.ts';

const root = process.cwd();
const allow = parseAllowList(readFileSync(join(root, ALLOW_FILE), 'utf8'));

/** Strings of the frontmatter a reader sees (titles, summary, TL;DR, corrections), one per line. */
function frontmatterText(data: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object' && !(v instanceof Date)) Object.values(v).forEach(walk);
  };
  walk(data);
  return out.join('\n');
}

/** The body without MDX comments ({/* … *\/}), which never reach the page. */
const withoutComments = (body: string) => body.replace(/\{\/\*[\s\S]*?\*\/\}/g, (m) => m.replace(/[^\n]/g, ''));

describe('editorial rules (#17) for each edited review', () => {
  const c = siteContent();
  // The schema keeps `tldr` optional so test fixtures stay small; every real review must have
  // had the pass, so a new review joins this list (and gets a TL;DR) or this fails.
  it('covers every review of the site', () => {
    expect([...EDITED_REVIEWS].sort()).toEqual(c.reviews.map((r) => r.id).sort());
  });
  it.each(EDITED_REVIEWS.map((id) => [id]))('%s', (id) => {
    const review = c.reviews.find((r) => r.id === id);
    expect(review, `review ${id}`).toBeDefined();
    const { data, body, file } = review!;
    expect(data.tldr, `${file}: frontmatter.tldr (the TL;DR card)`).toBeDefined();

    const callouts = misreadingCallouts(body);
    expect(
      callouts.length,
      `${file}: at most 3 inline misreading callouts, found ${callouts.map((x) => x.title).join(' | ')}`,
    ).toBeLessThanOrEqual(3);

    const text = `${frontmatterText(data)}\n${withoutComments(body)}`;
    expect(authorVoice(text), `${file}: "이 노트", not 필자/우리/제가/저는`).toEqual([]);
    expect(internalNames(text), `${file}: no site internals in reader-facing text`).toEqual([]);

    const titles = data.questions.map((q) => q.title);
    expect(deepDiveHeadingProblems(titles), `${file}: deep-dive headings start with "${DEEP_DIVE_PREFIX}"`).toEqual([]);
    expect(
      titles.some((t) => t.startsWith(DEEP_DIVE_PREFIX)),
      `${file}: has deep-dive sections`,
    ).toBe(true);

    const source = readFileSync(join(root, file), 'utf8');
    const found = unwrappedNumbers(proseNumbers(source), paperDataCells(c, data.paper));
    const { remaining } = applyAllowList(file, found, allow);
    expect(
      remaining.map((n) => `${file}:${n.line} ${n.text}`),
      'data numbers retyped in prose',
    ).toEqual([]);
  });

  it('keeps the prose-number allow-list justified and current', () => {
    for (const e of allow) {
      expect(existsSync(join(root, e.file)), `${ALLOW_FILE}: file ${e.file} exists`).toBe(true);
      const review = c.reviews.find((r) => r.file === e.file)!;
      const source = readFileSync(join(root, e.file), 'utf8');
      const found = unwrappedNumbers(proseNumbers(source), paperDataCells(c, review.data.paper));
      expect(
        applyAllowList(e.file, found, [e]).stale,
        `${ALLOW_FILE}: "${e.number}" still matches a number in ${e.file}`,
      ).toEqual([]);
    }
  });
});

describe('editorial checks catch what they should', () => {
  it('finds the author voice only as a word', () => {
    expect(
      authorVoice('필자는 이렇게 봅니다.\n우리 모델은\n문제가 있습니다. 저는').map((h) => [h.text, h.line]),
    ).toEqual([
      ['필자', 1],
      ['우리', 2],
      ['저는', 3],
    ]);
  });

  it('finds internal names', () => {
    expect(
      internalNames('사실 시트에 따르면 content/data/results/qwen.yaml 값이 자동으로 붙습니다').map((h) => h.text),
    ).toEqual(['사실 시트', 'content/', '.yaml', '자동으로 붙']);
    expect(internalNames('논문 Table 3과 계산값')).toEqual([]);
  });

  it('counts misreading callouts by type or title', () => {
    const body = [
      '<Callout type="misreading" title="A">x</Callout>',
      '',
      '<Callout type="note" title="흔한 오해: B">y</Callout>',
      '',
      '<Callout type="note" title="참고">z</Callout>',
    ].join('\n');
    expect(misreadingCallouts(body).map((c) => c.title)).toEqual(['A', '흔한 오해: B']);
  });

  it('names deep-dive headings in another form', () => {
    expect(deepDiveHeadingProblems(['심화: RoPE', '[심화] GQA', '심화 — DPO', 'Deep dive: PPO', '결과'])).toEqual([
      '[심화] GQA',
      '심화 — DPO',
      'Deep dive: PPO',
    ]);
  });
});
