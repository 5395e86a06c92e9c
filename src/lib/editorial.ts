// Editorial rules of the reviews (issue #17), as pure checks over a review's source so tests can
// hold every edited review to them: one author voice, no site internals in reader-facing text,
// at most three inline misreading callouts, one form for deep-dive headings.
import { scanComponents } from './content/mdx-scan.ts';
import { CALLOUT_LABELS } from './callout.ts';

export interface Hit {
  text: string;
  line: number;
}

function hits(source: string, pattern: RegExp, group = 0): Hit[] {
  const out: Hit[] = [];
  source.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(pattern)) out.push({ text: m[group] ?? m[0], line: i + 1 });
  });
  return out;
}

/**
 * 필자/우리/제가/저는 as the author's voice (the note says "이 노트"). Only whole words: a Hangul
 * letter right before ("문제가", "모저는") makes it part of another word.
 */
const AUTHOR_VOICE = /(?<![\uac00-\ud7a3])(필자|우리|제가|저는)/g;
export const authorVoice = (source: string): Hit[] => hits(source, AUTHOR_VOICE, 1);

/** Names of the site's machinery that a reader should never meet (say "논문 Table 3" or "계산값"). */
export const INTERNAL_NAMES = [
  '사실 시트',
  '출처 사본',
  '데이터 파일',
  'src/',
  'content/',
  '.yaml',
  '자동으로 붙',
] as const;
export const internalNames = (source: string): Hit[] =>
  hits(source, new RegExp(INTERNAL_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g'));

/** Inline "흔한 오해" callouts: type="misreading", or another type whose title starts with the label. */
export function misreadingCallouts(body: string): Array<{ title: string; line: number }> {
  return scanComponents(body)
    .filter((u) => u.name === 'Callout')
    .filter((u) => u.attrs.type === 'misreading' || (u.attrs.title ?? '').trim().startsWith(CALLOUT_LABELS.misreading))
    .map((u) => ({ title: u.attrs.title ?? '', line: u.line }));
}

export const DEEP_DIVE_PREFIX = '심화: ';

/** Question titles that are deep dives in another form ("[심화]", "심화 —", "Deep dive", "딥다이브"). */
export function deepDiveHeadingProblems(titles: readonly string[]): string[] {
  return titles.filter((t) => /심화|deep[- ]?dive|딥\s?다이브/i.test(t) && !t.startsWith(DEEP_DIVE_PREFIX));
}
