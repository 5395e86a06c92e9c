// Index-side help for Korean search: for each section of a page, a low-weight block of
// particle-free stems and compound parts, so that "모델" finds "언어모델은" and a page that
// says "토크나이저는" is found by "토크나이저를" (whose stem the query side also tries).
import { keywordBlock } from './search-query.ts';

/** Nouns worth finding inside compounds; concept names are added at build time. */
export const BASE_TERMS = [
  '모델', '언어', '학습', '사전학습', '토크나이저', '토큰', '어휘', '데이터', '보상', '정렬', '추론', '파라미터', '매개변수',
  '임베딩', '어텐션', '스케일링', '법칙', '벤치마크', '컨텍스트', '위치', '보간', '압축', '상속', '라운드', '안전', '평가',
  '미세조정', '선호', '정책', '손실', '배치', '학습률', '계산', '메모리', '캐시', '헤드', '레이어', '차원', '주파수', '회전',
  '중복', '필터링', '코드', '수학', '한국어', '중국어', '영어', '다국어', '분포', '샘플링', '가지치기', '초기화', '구조',
];

function textOf(html: string): string {
  return html
    .replace(/<(script|style|svg|math)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/**
 * Returns the page with a keyword paragraph appended to each section of the indexed body
 * (sections start at h2/h3 with an id). The paragraph only goes to the indexer; the served
 * HTML is unchanged.
 */
export function withSearchKeywords(html: string, terms: readonly string[]): string {
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) return html;
  const bodyStart = html.indexOf('>', start) + 1;
  const bodyEnd = html.indexOf('</main>', bodyStart);
  if (bodyEnd < 0) return html;
  // KaTeX repeats each formula as MathML with a TeX annotation; index the visible text once.
  const body = html.slice(bodyStart, bodyEnd).replace(/<math[\s\S]*?<\/math>/g, '');
  const cuts = [...body.matchAll(/<h[23][^>]*\sid="[^"]+"/g)].map((m) => m.index!);
  const bounds = [0, ...cuts, body.length];
  let out = '';
  for (let i = 0; i < bounds.length - 1; i++) {
    const part = body.slice(bounds[i], bounds[i + 1]);
    const kw = keywordBlock(textOf(part), terms);
    out += part + (kw ? `<p data-pagefind-weight="0.2">색인어: ${kw}</p>` : '');
  }
  return html.slice(0, bodyStart) + out + html.slice(bodyEnd);
}
