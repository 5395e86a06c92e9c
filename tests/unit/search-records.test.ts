import { describe, expect, it } from 'vitest';
import { pageRecords, repeatsTitle } from '../../src/lib/search-records.ts';

const page = `<html><head><title>x</title></head><body><main data-pagefind-body>
<span hidden data-pagefind-filter="kind:리뷰"></span>
<h1 data-pagefind-meta="title">GQA 리뷰</h1><p data-pagefind-ignore>탐색 버튼</p><p>머리말입니다.</p>
<section class="doc-section"><h2 id="gqa">GQA<a class="heading-anchor" href="#gqa"></a></h2>
<p>짧은 식 <span class="katex"><span class="katex-mathml"><math><annotation encoding="application/x-tex">G = 8</annotation></math></span><span class="katex-html" aria-hidden="true">G=8</span></span> 과 긴 식
<span class="katex"><span class="katex-mathml"><math><annotation encoding="application/x-tex">\\mathrm{head}_i = \\mathrm{softmax}\\left(\\frac{Q_i K_{g(i)}^\\top}{\\sqrt{d}}\\right)V_{g(i)}</annotation></math></span><span class="katex-html">headi=softmax</span></span>.</p>
<span class="sr-only">출처: 논문</span>
<h3 id="table-2">Table 2: 기본 모델 비교</h3><table><caption>기본 모델 비교 (논문, Table 2)</caption><tr><th><span class="bt-bench">MMLU</span><span class="bt-shot">5-shot</span></th><td>75.7</td><td>81.5</td></tr></table>
</section></main></body></html>`;

describe('pageRecords', () => {
  const recs = pageRecords(page, '/reviews/x/');
  it('makes one record per section, with page title and kind', () => {
    expect(recs.map((r) => [r.url, r.title, r.page, r.kind])).toEqual([
      ['/reviews/x/', 'GQA 리뷰', 'GQA 리뷰', '리뷰'],
      ['/reviews/x/#gqa', 'GQA', 'GQA 리뷰', '리뷰'],
      ['/reviews/x/#table-2', 'Table 2: 기본 모델 비교', 'GQA 리뷰', '리뷰'],
    ]);
  });
  it('keeps only visible text: no ignored or screen-reader-only text, short TeX, long formulas left out', () => {
    expect(recs[0]!.content).toBe('GQA 리뷰 머리말입니다.');
    expect(recs[1]!.content).toContain('짧은 식 G = 8 과 긴 식');
    expect(recs[1]!.content).not.toMatch(/softmax|출처|headi/);
  });
  it('separates table cells and says a caption that repeats the heading once', () => {
    expect(recs[2]!.content).toBe('Table 2: 기본 모델 비교 MMLU 5-shot 75.7 81.5');
  });
  it('recognises a repeated caption', () => {
    expect(repeatsTitle('기본 모델 비교 (DeepSeek LLM 논문, Table 5)', 'Table 5: 기본 모델 비교')).toBe(true);
    expect(repeatsTitle('다른 표 (논문, Table 6)', 'Table 5: 기본 모델 비교')).toBe(false);
  });
});
