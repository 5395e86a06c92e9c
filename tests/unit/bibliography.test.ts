// src/lib/bibliography.ts: the in-text label, the references list line and link, the cited keys
// of a review, and the note's own citation (short form and BibTeX, with the reader that proves
// the BibTeX parses). Real entries come from content/data/references.yaml.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  authorList,
  citeLabel,
  citedKeys,
  noteBibtex,
  noteShortCitation,
  parseBibtex,
  referenceText,
  referenceUrl,
} from '../../src/lib/bibliography.ts';
import { referenceSchema, type Reference } from '../../src/lib/content/schema.ts';
import { scanComponents } from '../../src/lib/content/mdx-scan.ts';

const refs = parseYaml(readFileSync('content/data/references.yaml', 'utf8')) as unknown[];
const byKey = new Map(refs.map((r) => referenceSchema.parse(r)).map((r) => [r.key, r]));
const ref = (key: string): Reference => byKey.get(key)!;

describe('in-text labels', () => {
  it('labels in the Korean author–year style the reviews use', () => {
    expect(citeLabel(byKey.get('su2023b')!)).toBe('Su(2023b)');
    expect(citeLabel(byKey.get('chiang2022')!)).toBe('Chiang & Cholak(2022)');
    expect(citeLabel(byKey.get('kaplan2020')!)).toBe('Kaplan 등(2020)');
    expect(citeLabel(byKey.get('rafailov2023')!)).toBe('Rafailov 등(2023)');
  });

  it('writes 등 when "others" stands for more authors, even after two named ones', () => {
    const two = { key: 'x2020', title: 'T', year: 2020, url: 'https://x.example/' };
    expect(citeLabel({ ...two, authors: ['Ada Kim', 'Bo Lee', 'others'] })).toBe('Kim 등(2020)');
    expect(citeLabel({ ...two, authors: ['Ada Kim', 'others'] })).toBe('Kim 등(2020)');
  });
});

describe('the references list', () => {
  it('lists authors, year, title and where to find it', () => {
    const r = byKey.get('chen2023')!;
    expect(referenceText(r)).toBe(
      'Shouyuan Chen, Sherman Wong, Liangjian Chen, Yuandong Tian (2023). Extending Context Window of Large Language Models via Positional Interpolation. arXiv 2306.15595.',
    );
    expect(referenceUrl(r)).toBe('https://arxiv.org/abs/2306.15595');
    expect(referenceText(byKey.get('kaplan2020')!)).toMatch(/^Jared Kaplan, .* 외 \(2020\)/);
  });

  it('writes the named authors and 외 for the rest', () => {
    expect(authorList(ref('kaplan2020'))).toBe('Jared Kaplan, Sam McCandlish, Tom Henighan, Tom B. Brown 외');
    expect(authorList(ref('chiang2022'))).toBe('David Chiang, Peter Cholak');
  });

  it('puts the venue before the arXiv id', () => {
    expect(referenceText(ref('chiang2022'))).toBe(
      'David Chiang, Peter Cholak (2022). Overcoming a Theoretical Limitation of Self-Attention. ACL 2022, arXiv 2202.12172.',
    );
  });

  it('prints the citing paper’s label for the year and links the URL of a work without an arXiv id', () => {
    const su = ref('su2023b');
    expect(referenceText(su)).toBe(
      'Jianlin Su (2023b). Scientific Spaces 블로그 글 (Qwen 보고서의 참고문헌 "Su, 2023b").',
    );
    expect(referenceUrl(su)).toBe('https://spaces.ac.cn/');
  });

  it('cited keys come in order of first use, once each', () => {
    const uses = scanComponents('<Cite key="b" /> 그리고 <Cite key="a" />, 다시 <Cite key="b" />');
    expect(citedKeys(uses)).toEqual(['b', 'a']);
  });

  it('skips a <Cite> with an empty key', () => {
    const uses = scanComponents('<Concept id="rope">RoPE</Concept> <Cite key="" /> <Cite key="kaplan2020" />');
    expect(citedKeys(uses)).toEqual(['kaplan2020']);
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

  it('writes the whole BibTeX entry: title, corporate author, year, \\url, url and the reviewed paper', () => {
    const llama = {
      siteName: '논문 리뷰 노트',
      reviewId: 'llama-2',
      title: 'Llama 2 리뷰',
      paperTitle: 'Llama 2: Open Foundation and Fine-Tuned Chat Models',
      arxiv: '2307.09288',
      year: 2026,
      url: 'https://x.example/reviews/llama-2/',
    };
    expect(noteBibtex(llama)).toBe(
      [
        '@misc{prn-llama-2-2026,',
        '  title = {Llama 2 리뷰},',
        '  author = {{논문 리뷰 노트}},',
        '  year = {2026},',
        '  howpublished = {\\url{https://x.example/reviews/llama-2/}},',
        '  url = {https://x.example/reviews/llama-2/},',
        '  note = {Review of "Llama 2: Open Foundation and Fine-Tuned Chat Models" (arXiv 2307.09288)}',
        '}',
      ].join('\n'),
    );
  });

  it('makes a BibTeX key of letters, digits and dashes from any review id', () => {
    const [e] = parseBibtex(noteBibtex({ ...n, reviewId: 'a_b.c d' }));
    expect(e!.key).toBe('prn-a-b-c-d-2026');
  });

  it('the BibTeX reader rejects broken input with a position', () => {
    expect(() => parseBibtex('@misc{k, title = {open')).toThrow(/closing "}"/);
    expect(() => parseBibtex('@misc{k, title = {a}, title = {b}}')).toThrow(/given once/);
    expect(() => parseBibtex('misc{k}')).toThrow(/"@" at offset 0/);
  });

  it('the BibTeX reader reads quoted, bare and nested-brace values, a trailing comma and several entries', () => {
    const text = '@Article{k1, Title = "Quoted", year = 2020, note = {a {nested} b \\} c},}\n\n@misc{k2}';
    expect(parseBibtex(text)).toEqual([
      { type: 'article', key: 'k1', fields: { title: 'Quoted', year: '2020', note: 'a {nested} b \\} c' } },
      { type: 'misc', key: 'k2', fields: {} },
    ]);
  });
});
