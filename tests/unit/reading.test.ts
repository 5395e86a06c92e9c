// Pure parts of the reading features (#16): the current contents entry, the bibliography data,
// share cards, and the <Cite>/bibliography validation. Callout titles, contents labels, citations,
// the note's BibTeX, glossary previews and card paths have their own files: callout, toc,
// bibliography, concept-preview and og-cards.test.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ogCardSvg } from '../../src/build/og-image.ts';
import { wrapText } from '../../src/lib/text-width.ts';
import { svgToPng } from '../../src/build/raster.ts';
import { currentIndex } from '../../src/widgets/Reading/toc.ts';
import { referenceSchema, reviewSchema, type Reference } from '../../src/lib/content/schema.ts';
import { readContent } from '../../src/build/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import { OK_ROOT } from './helpers.ts';
import { countChars, readingMinutes } from '../../src/lib/reading.ts';

describe('contents labels', () => {
  it('current section: the last heading above the reading line', () => {
    expect(currentIndex([-500, -10, 300], 96)).toBe(1);
    expect(currentIndex([200, 900], 96)).toBe(-1);
    expect(currentIndex([-900, -400, -10], 96)).toBe(2);
  });
});

const refs = parseYaml(readFileSync('content/data/references.yaml', 'utf8')) as unknown[];
describe('bibliography', () => {
  const parsed = refs.map((r) => referenceSchema.parse(r));
  it('every entry of content/data/references.yaml is valid and unique', () => {
    expect(new Set(parsed.map((r) => r.key)).size).toBe(parsed.length);
  });
  it('rejects an entry with neither arXiv id nor URL, naming what is expected', () => {
    const r = referenceSchema.safeParse({ key: 'x2020', authors: ['X'], title: 'T', year: 2020 });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/"arxiv" id or a "url"/);
  });
});

describe('share cards', () => {
  it('wrap long Korean titles into at most the given lines, marking a cut', () => {
    const lines = wrapText('Qwen 기술 보고서 리뷰: 152K 토크나이저, 학습 없는 컨텍스트 확장, PPO 정렬까지', 1, 16, {
      maxLines: 2,
    });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapText('짧은 제목', 1, 16, { maxLines: 3 })).toEqual(['짧은 제목']);
  });
  it('draw a 1200×630 PNG with escaped text', async () => {
    const svg = ogCardSvg({ kind: '리뷰', title: 'A < B & "C"', subtitle: 'x', siteName: '논문 리뷰 노트' });
    expect(svg).toContain('A &lt; B &amp; &quot;C&quot;');
    const { png } = await svgToPng(
      ogCardSvg({ kind: '리뷰', title: '한글 제목', subtitle: '부제', siteName: '논문 리뷰 노트' }),
      1,
    );
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('review appendix data and <Cite> validation', () => {
  it('a correction needs the claim, what the paper says and where', () => {
    const base = {
      title: 't',
      paper: 'p',
      summary: '열 글자가 넘는 요약입니다.',
      tags: ['x'],
      reviewedAt: '2024-01-01',
      questions: [{ id: 'a', title: 'A' }],
    };
    const r = reviewSchema.safeParse({ ...base, corrections: [{ claim: 'c', paper: 'p' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['corrections', 0, 'where']);
  });
  it('reports an unknown <Cite key> and a bad bibliography entry with file, field and line', () => {
    const raw = readContent(OK_ROOT);
    const review = raw.reviews[0]!;
    raw.reviews[0] = { ...review, text: `${review.text}\n\n<Cite key="nope2020" />\n` };
    raw.references = [
      {
        file: 'content/data/references.yaml',
        text: '- { key: ok2020, authors: [A], title: T, year: 2020, url: "https://a.example/" }\n- { key: Bad, authors: [], title: T, year: 2020 }\n',
      },
    ];
    try {
      validateContent(raw, { chartIds: new Set(['demo-chart']) });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      const msg = (e as ContentError).message;
      expect(msg).toMatch(
        /content\/reviews\/demo\.mdx:\d+.*<Cite key>.*a key from content\/data\/references\.yaml, got "nope2020"/,
      );
      expect(msg).toMatch(/content\/data\/references\.yaml.*\[1\]\.key.*lowercase key/);
      expect(msg).toMatch(/\[1\]\.authors/);
    }
  });
  it('accepts a known key', () => {
    const raw = readContent(OK_ROOT);
    raw.reviews[0] = { ...raw.reviews[0]!, text: `${raw.reviews[0]!.text}\n\n<Cite key="ok2020" />\n` };
    raw.references = [
      {
        file: 'content/data/references.yaml',
        text: '- { key: ok2020, authors: [A], title: T, year: 2020, url: "https://a.example/" }\n',
      },
    ];
    const c = validateContent(raw, { chartIds: new Set(['demo-chart']) });
    expect(c.references.map((r: Reference) => r.key)).toEqual(['ok2020']);
  });
});

describe('reading time', () => {
  it('counts prose characters, not math, code or tags', () => {
    expect(countChars('가나다 $x^2$ <Score a="1" />\n```\ncode\n```\n라마')).toBe(5);
    expect(readingMinutes('가'.repeat(1500))).toBe(3);
    expect(readingMinutes('')).toBe(1);
  });
});
