import { describe, expect, it } from 'vitest';
import { normaliseForCopyCheck, sharedRuns, suffixAutomaton } from '../../src/lib/copy-check.ts';

describe('copy check', () => {
  const seed = normaliseForCopyCheck(
    '첫 문장은 원본에만 있습니다.\n이 문장은   원본과 노트가 **함께** 쓰는 아주 긴 문장이라서 검사에 걸려야 합니다. 끝.',
  );
  const sa = suffixAutomaton(seed);

  it('finds a shared passage across line breaks, emphasis and a component tag, at its full length', () => {
    const note = normaliseForCopyCheck(
      '노트의 시작. 이 문장은 원본과\n노트가 함께 쓰는 아주 긴 문장이라서 <Score x="1" /> 검사에 걸려야 합니다. 다른 끝.',
    );
    const runs = sharedRuns(note, sa, 20);
    expect(runs).toHaveLength(1);
    // The tag in the middle does not split the run: a number swapped for <Score> hides nothing.
    expect(runs[0]!.text).toBe('. 이 문장은 원본과 노트가 함께 쓰는 아주 긴 문장이라서 검사에 걸려야 합니다. ');
  });

  it('reports nothing for text written fresh, and handles runs at the very end', () => {
    expect(sharedRuns(normaliseForCopyCheck('완전히 새로 쓴 문장입니다. 겹치는 구절이 없습니다.'), sa, 15)).toEqual([]);
    const tail = '아주 긴 문장이라서 검사에 걸려야 합니다. 끝.';
    expect(sharedRuns(`앞머리 ${tail}`, sa, 15).map((r) => r.text)).toEqual([` ${tail}`]);
  });
});
