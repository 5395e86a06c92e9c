// Pure parts of the reading features (#16): callout titles, contents labels, citations,
// the note's BibTeX, glossary previews, share cards, and the <Cite>/bibliography validation.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { calloutHeading } from '../../src/lib/callout.ts';
import { headingLabel, texToPlain, tocEntries } from '../../src/lib/toc.ts';
import {
  citeLabel,
  citedKeys,
  noteBibtex,
  noteShortCitation,
  parseBibtex,
  referenceText,
  referenceUrl,
} from '../../src/lib/bibliography.ts';
import { conceptPreviews, firstDisplayFormula } from '../../src/lib/concept-preview.ts';
import { ogCardSvg } from '../../src/build/og-image.ts';
import { wrapText } from '../../src/lib/text-width.ts';
import { svgToPng } from '../../src/build/raster.ts';
import { ogImagePath } from '../../src/lib/og-cards.ts';
import { currentIndex } from '../../src/widgets/Reading/toc.ts';
import { referenceSchema, reviewSchema, type Reference } from '../../src/lib/content/schema.ts';
import { readContent } from '../../src/build/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import { scanComponents } from '../../src/lib/content/mdx-scan.ts';
import { OK_ROOT } from './helpers.ts';

describe('callout titles', () => {
  it('say the label once, whatever the source repeats', () => {
    expect(calloutHeading('misreading', '흔한 오해: 14B가 70B 수준이다')).toBe('흔한 오해: 14B가 70B 수준이다');
    expect(calloutHeading('misreading', '14B가 70B 수준이다')).toBe('흔한 오해: 14B가 70B 수준이다');
    expect(calloutHeading('note', '참고：참고: 단위')).toBe('참고: 단위');
    expect(calloutHeading('warning')).toBe('주의');
  });
});

describe('contents labels', () => {
  it('turn inline TeX into readable text, never doubled', () => {
    expect(texToPlain('C = 10^{20}')).toBe('C = 10²⁰');
    expect(texToPlain('6N_1')).toBe('6N₁');
    expect(texToPlain('\\alpha \\times b_{\\mathrm{new}}')).toBe('α × b_new');
    expect(headingLabel('예시 2: $C = 10^{20}$ FLOPs로 **새 모델** 설계하기')).toBe(
      '예시 2: C = 10²⁰ FLOPs로 새 모델 설계하기',
    );
  });
  it('pair rendered slugs with source labels, and fall back when they disagree', () => {
    const rendered = [
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'ex', text: '예시 C=1020C = 10^{20}C=1020' },
      { depth: 4, slug: 'deep', text: 'deep' },
    ];
    const source = [
      { depth: 2, text: 'A' },
      { depth: 3, text: '예시 $C = 10^{20}$' },
      { depth: 4, text: 'deep' },
    ];
    expect(tocEntries(rendered, source)).toEqual([
      { depth: 2, slug: 'a', label: 'A' },
      { depth: 3, slug: 'ex', label: '예시 C = 10²⁰' },
    ]);
    expect(tocEntries(rendered, source.slice(0, 1))[1]!.label).toBe(rendered[1]!.text);
  });
  it('current section: the last heading above the reading line', () => {
    expect(currentIndex([-500, -10, 300], 96)).toBe(1);
    expect(currentIndex([200, 900], 96)).toBe(-1);
    expect(currentIndex([-900, -400, -10], 96)).toBe(2);
  });
});

const refs = parseYaml(readFileSync('content/data/references.yaml', 'utf8')) as unknown[];
describe('bibliography', () => {
  const parsed = refs.map((r) => referenceSchema.parse(r));
  const byKey = new Map(parsed.map((r) => [r.key, r]));
  it('every entry of content/data/references.yaml is valid and unique', () => {
    expect(new Set(parsed.map((r) => r.key)).size).toBe(parsed.length);
  });
  it('labels in the Korean author–year style the reviews use', () => {
    expect(citeLabel(byKey.get('su2023b')!)).toBe('Su(2023b)');
    expect(citeLabel(byKey.get('chiang2022')!)).toBe('Chiang & Cholak(2022)');
    expect(citeLabel(byKey.get('kaplan2020')!)).toBe('Kaplan 등(2020)');
    expect(citeLabel(byKey.get('rafailov2023')!)).toBe('Rafailov 등(2023)');
  });
  it('lists authors, year, title and where to find it', () => {
    const r = byKey.get('chen2023')!;
    expect(referenceText(r)).toBe(
      'Shouyuan Chen, Sherman Wong, Liangjian Chen, Yuandong Tian (2023). Extending Context Window of Large Language Models via Positional Interpolation. arXiv 2306.15595.',
    );
    expect(referenceUrl(r)).toBe('https://arxiv.org/abs/2306.15595');
    expect(referenceText(byKey.get('kaplan2020')!)).toMatch(/^Jared Kaplan, .* 외 \(2020\)/);
  });
  it('rejects an entry with neither arXiv id nor URL, naming what is expected', () => {
    const r = referenceSchema.safeParse({ key: 'x2020', authors: ['X'], title: 'T', year: 2020 });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/"arxiv" id or a "url"/);
  });
  it('cited keys come in order of first use, once each', () => {
    const uses = scanComponents('<Cite key="b" /> 그리고 <Cite key="a" />, 다시 <Cite key="b" />');
    expect(citedKeys(uses)).toEqual(['b', 'a']);
  });
});

describe('the note citation', () => {
  const n = {
    siteName: '논문 리뷰 노트',
    reviewId: 'qwen',
    title: 'Qwen 리뷰: {괄호} "따옴표"',
    paperTitle: 'Qwen Technical Report',
    arxiv: '2309.16609',
    year: 2026,
    url: 'https://x.example/reviews/qwen/',
  };
  it('gives a short form and BibTeX that parses back to the same fields', () => {
    expect(noteShortCitation(n)).toBe(
      '논문 리뷰 노트, 「Qwen 리뷰: {괄호} "따옴표"」, 2026. https://x.example/reviews/qwen/',
    );
    const [e] = parseBibtex(noteBibtex(n));
    expect(e).toMatchObject({ type: 'misc', key: 'prn-qwen-2026' });
    expect(e!.fields).toMatchObject({
      title: 'Qwen 리뷰: 괄호 "따옴표"',
      author: '{논문 리뷰 노트}',
      year: '2026',
      url: n.url,
    });
  });
  it('the BibTeX reader rejects broken input with a position', () => {
    expect(() => parseBibtex('@misc{k, title = {open')).toThrow(/closing "}"/);
    expect(() => parseBibtex('@misc{k, title = {a}, title = {b}}')).toThrow(/given once/);
    expect(() => parseBibtex('misc{k}')).toThrow(/"@" at offset 0/);
  });
});

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
    expect(ogImagePath('/')).toBe('/og/home.png');
    expect(ogImagePath('/reviews/qwen/')).toBe('/og/reviews/qwen.png');
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
