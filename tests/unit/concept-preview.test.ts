// src/lib/concept-preview.ts: what a glossary link's preview shows (the concept's summary and its
// first display formula, in the one previews file).
import { describe, expect, it } from 'vitest';
import { conceptPreviews, firstDisplayFormula } from '../../src/lib/concept-preview.ts';

describe('glossary previews', () => {
  it('take the first display formula of a concept', () => {
    expect(firstDisplayFormula('정의\n\n$$\nx = 1\n$$\n\n$$\ny\n$$')).toBe('x = 1');
    expect(firstDisplayFormula('수식 없음 $a$')).toBeUndefined();
    const concept = { title: '제목', en: 'Term', summary: '요약 문장입니다.' };
    const previews = conceptPreviews(
      [
        { id: 'rope', ...concept, body: '본문\n\n$$\nx = 1\n$$\n' },
        { id: 'gqa', ...concept, body: '수식 없는 본문 $a$' },
      ],
      (tex) => `<math>${tex}</math>`,
    );
    // one entry per concept, in id order; the formula only where the body has a display formula
    expect(Object.keys(previews)).toEqual(['gqa', 'rope']);
    expect(previews.rope).toEqual({ ...concept, formula: '<math>x = 1</math>' });
    expect(previews.gqa).toEqual(concept);
  });
  it('reads a formula written on one line, but not $$ inside a sentence', () => {
    expect(firstDisplayFormula('정의\n\n$$x = 1$$\n')).toBe('x = 1');
    expect(firstDisplayFormula('텍스트 $$x$$ 텍스트')).toBeUndefined();
    // an empty block does not hide the formula after it
    expect(firstDisplayFormula('$$\n$$\n\n본문\n\n$$\ny = 2\n$$\n')).toBe('y = 2');
    expect(firstDisplayFormula('$$  $$\n')).toBeUndefined();
  });
});
