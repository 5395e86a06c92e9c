// src/lib/prose-number-allow.ts: the allow-list of numbers rightly typed in review prose
// (content/prose-number-allow.yaml): its validation, and splitting a review's findings into
// those still to fix and the allowed ones, with entries that match nothing reported as stale.
import { describe, expect, it } from 'vitest';
import { applyAllowList, parseAllowList } from '../../src/lib/prose-number-allow.ts';

describe('the prose-number allow-list', () => {
  it('rejects an allow-list entry without a reason, and reports stale entries', () => {
    expect(() => parseAllowList('- { file: content/reviews/qwen.mdx, number: "2048", reason: "" }', 'x.yaml')).toThrow(
      /x\.yaml → \[0\]\.reason: a reason/,
    );
    expect(() =>
      parseAllowList('- { file: qwen.mdx, number: "2048", reason: "another quantity of the same value" }', 'x.yaml'),
    ).toThrow(/\[0\]\.file: a review file/);
    const entry = { file: 'content/reviews/qwen.mdx', number: '2048', reason: 'another quantity of the same value' };
    const n = { text: '2048', value: 2048, line: 3, cells: [] };
    expect(applyAllowList(entry.file, [n], [entry])).toEqual({ remaining: [], stale: [] });
    expect(applyAllowList(entry.file, [], [entry]).stale).toEqual([entry]);
  });

  it('reads an empty file as no entries', () => {
    expect(parseAllowList('')).toEqual([]);
  });

  it('names the file when it is not a list', () => {
    expect(() => parseAllowList('file: content/reviews/qwen.mdx', 'x.yaml')).toThrow(
      /^허용 목록 오류 \(invalid allow-list\):\n {2}- x\.yaml → \(file\): /,
    );
  });

  it('applies only the entries of the same review file', () => {
    const entry = { file: 'content/reviews/qwen.mdx', number: '2048', reason: 'another quantity of the same value' };
    const n = { text: '2048', value: 2048, line: 3, cells: [] };
    const other = { text: '4096', value: 4096, line: 9, cells: [] };
    expect(applyAllowList('content/reviews/llama-2.mdx', [n], [entry])).toEqual({ remaining: [n], stale: [] });
    expect(applyAllowList(entry.file, [n, other], [entry])).toEqual({ remaining: [other], stale: [] });
  });
});
