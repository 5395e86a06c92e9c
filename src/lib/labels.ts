// Korean labels shared by tables, charts and pages.
import type { ProvenanceKind } from './content/schema.ts';

export const CATEGORY_LABEL: Record<string, string> = {
  knowledge: '지식',
  reasoning: '추론',
  math: '수학',
  code: '코드',
  chinese: '중국어',
  commonsense: '상식',
  reading: '독해',
  'language-modeling': '언어 모델링',
  alignment: '정렬·대화',
  safety: '안전성',
  'tool-use': '도구 사용',
  other: '기타',
};

export const KIND_LABEL: Record<ProvenanceKind, string> = {
  reported: '논문 수치',
  derived: '계산값',
  'figure-readoff': '그림에서 읽은 근사값',
};

/** The mark a cell carries when its number is not printed as-is in the paper. */
export function provenanceMark(kind: ProvenanceKind, verified: boolean): string {
  if (!verified) return '?';
  if (kind === 'derived') return 'ᶜ';
  if (kind === 'figure-readoff') return '≈';
  return '';
}

/**
 * A glossary term with its English name, as a page title or a preview heading shows it:
 * "회전 위치 임베딩" + "(Rotary Position Embedding (RoPE))". When the English name already starts
 * with the term ("SwiGLU" / "SwiGLU (Swish-gated linear unit)"), it is the whole name and no
 * bracket follows, so the term is not read twice.
 */
export function termWithEnglish(title: string, en: string): { name: string; english: string | null } {
  return en.startsWith(title) ? { name: en, english: null } : { name: title, english: en };
}

/** The same on one line: "회전 위치 임베딩 (Rotary Position Embedding (RoPE))", "SwiGLU (Swish-gated linear unit)". */
export function termTitle(title: string, en: string): string {
  const t = termWithEnglish(title, en);
  return t.english ? `${t.name} (${t.english})` : t.name;
}
