// <SeriesValue> and its validation read a chart series point through findSeriesPoint; the
// prose-number check counts series points as data, so a figure value retyped in prose is found.
import { describe, expect, it } from 'vitest';
import { siteContent } from '../../src/build/site-content.ts';
import { findSeriesPoint, seriesPoint } from '../../src/lib/series-point.ts';
import { paperDataCells, proseNumbers, unwrappedNumbers } from '../../src/lib/prose-numbers.ts';

const { series } = siteContent();

describe('findSeriesPoint', () => {
  it('reads a point with its source and kind, the line source winning over the series source', () => {
    expect(findSeriesPoint(series, { series: 'qwen-tokenizer-compression', line: 'qwen', x: 'ko' })).toMatchObject({
      value: 1.26,
      paper: 'qwen',
      source: 'Figure 3',
      kind: 'figure-readoff',
    });
    expect(findSeriesPoint(series, { series: 'qwen-long-context-ppl', line: 'qwen-72b', x: '32768' })).toMatchObject({
      value: 2.72,
      source: 'README',
    });
  });
  it.each([
    [{ series: 'nope', line: 'qwen', x: 'ko' }, /a series id .*got "nope"/],
    [
      { series: 'qwen-tokenizer-compression', line: 'gpt', x: 'ko' },
      /a line of series qwen-tokenizer-compression .*got "gpt"/,
    ],
    [{ series: 'qwen-tokenizer-compression', line: 'qwen', x: 'xx' }, /at x "xx"/],
  ])('names what is missing: %o', (ref, message) => {
    expect(findSeriesPoint(series, ref)).toMatch(message);
    expect(() => seriesPoint(series, ref)).toThrow(/<SeriesValue>: expected/);
  });
});

describe('series points are data for the prose-number check', () => {
  it('flags a figure value typed in prose and skips it inside <SeriesValue>', () => {
    const cells = paperDataCells(siteContent(), 'qwen');
    const typed = unwrappedNumbers(proseNumbers('한국어에서 LLaMA-7B는 약 2.80입니다.\n'), cells);
    expect(typed.map((n) => n.text)).toEqual(['2.80']);
    const wrapped = unwrappedNumbers(
      proseNumbers(
        '한국어에서 LLaMA-7B는 약 <SeriesValue series="qwen-tokenizer-compression" line="llama-7b" x="ko" decimals={2} />입니다.\n',
      ),
      cells,
    );
    expect(wrapped).toEqual([]);
  });
});
