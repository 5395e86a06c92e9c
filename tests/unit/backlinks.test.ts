// src/lib/backlinks.ts: which reviews, and which of their sections, mention a concept (<Concept id>)
// or link a comparison page (<Compare topic model>): the "mentioned in" lists of concept and
// compare pages.
import { describe, expect, it } from 'vitest';
import { compareBacklinks, conceptBacklinks } from '../../src/lib/backlinks.ts';

describe('concept backlinks', () => {
  it('maps concept mentions to the section they sit in', () => {
    const body =
      '## 하나\n\n<Concept id="rope">RoPE</Concept>\n\n```\n## 코드 속 제목\n<Chart id="x" />\n```\n\n$$\n<Chart id="y" />\n$$\n\n## 둘\n<Score paper="q" table="t" model="m" benchmark="b" shots={5} />';
    const links = conceptBacklinks([{ id: 'r', body, questions: [{ id: 'one', title: '하나' }] }]);
    expect(links.get('rope')).toEqual([{ review: 'r', section: { id: 'one', title: '하나' } }]);
  });

  const questions = [
    { id: 'strengths', title: '강점' },
    { id: 'limits', title: '한계' },
  ];
  const strengths = { id: 'strengths', title: '강점' };
  const limits = { id: 'limits', title: '한계' };

  it('takes the nearest h2 above a mention, not the first one', () => {
    const body = [
      '## 강점',
      '<Concept id="rope">RoPE</Concept>',
      '### 세부',
      '<Concept id="gqa">GQA</Concept>',
      '## 한계',
      '<Concept id="rope">회전 위치 임베딩</Concept>',
    ].join('\n\n');
    const links = conceptBacklinks([{ id: 'qwen', body, questions }]);
    expect(links.get('rope')).toEqual([
      { review: 'qwen', section: strengths },
      { review: 'qwen', section: limits },
    ]);
    expect(links.get('gqa')).toEqual([{ review: 'qwen', section: strengths }]);
  });

  it('lists a section once however many times and however it links the concept', () => {
    const body = '## 강점\n\n<Concept id="rope">RoPE</Concept>, <Concept id="rope" anchor="ntk">NTK</Concept>';
    expect(conceptBacklinks([{ id: 'qwen', body, questions }]).get('rope')).toEqual([
      { review: 'qwen', section: strengths },
    ]);
  });

  it('gives no section to a mention above the first h2 or under a heading that is not a question', () => {
    const body = [
      '<Concept id="rope">RoPE</Concept>',
      '## 부록',
      '<Concept id="gqa">GQA</Concept>',
      '## 강점',
      '<Concept id="mha">MHA</Concept>',
    ].join('\n\n');
    const links = conceptBacklinks([{ id: 'qwen', body, questions }]);
    expect(links.get('rope')).toEqual([{ review: 'qwen' }]);
    expect(links.get('gqa')).toEqual([{ review: 'qwen' }]);
    expect(links.get('mha')).toEqual([{ review: 'qwen', section: strengths }]);
  });

  it('collects mentions from every review, in review order', () => {
    const links = conceptBacklinks([
      { id: 'qwen', body: '## 강점\n\n<Concept id="rope">RoPE</Concept>', questions },
      { id: 'llama-2', body: '## 한계\n\n<Concept id="rope">RoPE</Concept>', questions },
    ]);
    expect(links.get('rope')).toEqual([
      { review: 'qwen', section: strengths },
      { review: 'llama-2', section: limits },
    ]);
  });
});

describe('compare backlinks', () => {
  const questions = [{ id: 'memory', title: '메모리' }];
  const section = { id: 'memory', title: '메모리' };

  it('keys <Compare> links by topic and keeps the model each one names, once per section', () => {
    const body = [
      '## 메모리',
      '<Compare topic="architecture" model="llama-2-70b">70B</Compare>',
      '<Compare topic="architecture" model="llama-2-7b">7B</Compare>',
      '<Compare topic="architecture" model="llama-2-70b">다시 70B</Compare>',
      '<Compare topic="memory">계산기</Compare>',
    ].join('\n\n');
    const links = compareBacklinks([{ id: 'llama-2', body, questions }]);
    expect([...links.keys()]).toEqual(['architecture', 'memory']);
    expect(links.get('architecture')).toEqual([
      { review: 'llama-2', section, attrs: { topic: 'architecture', model: 'llama-2-70b' } },
      { review: 'llama-2', section, attrs: { topic: 'architecture', model: 'llama-2-7b' } },
    ]);
    expect(links.get('memory')).toEqual([{ review: 'llama-2', section, attrs: { topic: 'memory' } }]);
  });

  it('counts only <Compare> links that name a topic', () => {
    const body = '## 메모리\n\n<Compare model="llama-2-7b">7B</Compare> <Concept id="gqa">GQA</Concept>';
    expect(compareBacklinks([{ id: 'llama-2', body, questions }]).size).toBe(0);
  });
});
