// src/lib/callout.ts: a callout's visible title says its label once, whatever the source repeats.
import { describe, expect, it } from 'vitest';
import { calloutHeading } from '../../src/lib/callout.ts';

describe('callout titles', () => {
  it('say the label once, whatever the source repeats', () => {
    expect(calloutHeading('misreading', '흔한 오해: 14B가 70B 수준이다')).toBe('흔한 오해: 14B가 70B 수준이다');
    expect(calloutHeading('misreading', '14B가 70B 수준이다')).toBe('흔한 오해: 14B가 70B 수준이다');
    expect(calloutHeading('note', '참고：참고: 단위')).toBe('참고: 단위');
    expect(calloutHeading('warning')).toBe('주의');
  });
  it('drops a repeated label followed by a full-width colon', () => {
    expect(calloutHeading('misreading', '흔한 오해：GQA는 품질을 낮춘다')).toBe('흔한 오해: GQA는 품질을 낮춘다');
  });
  it('gives the label alone when the title is empty, blank or only the label', () => {
    expect(calloutHeading('note', '')).toBe('참고');
    expect(calloutHeading('note', '   ')).toBe('참고');
    expect(calloutHeading('warning', ' 주의 ')).toBe('주의');
  });
  it('keeps a title that only starts with the same syllables as the label', () => {
    expect(calloutHeading('note', '참고 사항: 단위')).toBe('참고: 참고 사항: 단위');
    expect(calloutHeading('warning', '주의력 결핍이 아닙니다')).toBe('주의: 주의력 결핍이 아닙니다');
  });
});
