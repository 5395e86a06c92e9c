// src/lib/deck/reveal.ts: a selection as one self-contained reveal.js HTML file: chart slides as
// inline SVG, table slides as HTML tables, reveal.js, its stylesheet and the font inlined, every
// text escaped, so it opens offline and nothing in the content can break out of its element.
import { describe, expect, it } from 'vitest';
import { revealHtml, type RevealSlide } from '../../src/lib/deck/reveal.ts';

const deck = (slides: RevealSlide[], extra: Partial<Parameters<typeof revealHtml>[0]> = {}) =>
  revealHtml({
    title: '발표 자료',
    slides,
    revealJs: 'var Reveal = {};',
    revealCss: '.reveal{}',
    fontCss: '@font-face{font-family:Pretendard}',
    ...extra,
  });
const sections = (html: string) => [...html.matchAll(/<section class="([^"]+)">([\s\S]*?)<\/section>/g)];

const chartSvg =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080"><text>차트</text></svg>';
const table: RevealSlide = {
  table: {
    title: 'MMLU <5-shot>',
    header: ['모델', 'MMLU', 'GSM8K'],
    rows: [
      ['Qwen-7B', '58.2', '51.7'],
      ['LLaMA 2 7B', '46.8', '–'],
    ],
    footer: '출처: Qwen 기술 보고서, Table 2',
  },
};

describe('the reveal.js deck', () => {
  it('puts one section per slide, in the order given', () => {
    const html = deck([{ svg: '<svg id="a"/>' }, table, { svg: '<svg id="b"/>' }]);
    expect(sections(html).map((m) => [m[1], m[2]!.slice(0, 13)])).toEqual([
      ['chart-slide', '<svg id="a"/>'],
      ['table-slide', '<h2>MMLU &lt;'],
      ['chart-slide', '<svg id="b"/>'],
    ]);
  });

  it('inlines a chart’s SVG without its XML declaration (not allowed inside HTML)', () => {
    const [chart] = sections(deck([{ svg: chartSvg }]));
    expect(chart![2]).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080"><text>차트</text></svg>',
    );
  });

  it('writes a table slide as title, header row, rows with the model as row header, and footer', () => {
    const [slide] = sections(deck([table]));
    expect(slide![2]).toBe(
      '<h2>MMLU &lt;5-shot&gt;</h2><table><thead><tr><th>모델</th><th>MMLU</th><th>GSM8K</th></tr></thead>' +
        '<tbody><tr><th>Qwen-7B</th><td>58.2</td><td>51.7</td></tr><tr><th>LLaMA 2 7B</th><td>46.8</td><td>–</td></tr></tbody></table>' +
        '<p class="footer">출처: Qwen 기술 보고서, Table 2</p>',
    );
  });

  it('escapes the deck title and every table text', () => {
    const html = deck(
      [{ table: { title: 'a & b', header: ['<모델>'], rows: [['"x" <y>', '1 < 2']], footer: '</p>' } }],
      { title: '<script>alert(1)</script>' },
    );
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('<h2>a &amp; b</h2>');
    expect(html).toContain('<th>&lt;모델&gt;</th>');
    expect(html).toContain('<tr><th>&quot;x&quot; &lt;y&gt;</th><td>1 &lt; 2</td></tr>');
    expect(html).toContain('<p class="footer">&lt;/p&gt;</p>');
  });

  it('inlines reveal.js so that a "</script" inside it cannot end the script element early', () => {
    const html = deck([], { revealJs: 'a("</script>"); b("</SCRIPT >")' });
    expect(html).toContain('<script>a("<\\/script>"); b("<\\/script >")</script>');
    expect(html.match(/<\/script>/gi)).toHaveLength(2); // the library's and the initialiser's
  });

  it('inlines the reveal.js stylesheet and the font, and references no other file', () => {
    const html = deck([table]);
    expect(html).toContain('<style>.reveal{}</style>');
    expect(html).toContain('<style>@font-face{font-family:Pretendard}\n.reveal{');
    expect(html).not.toMatch(/<link |<script src=|<img /);
  });

  it('sets the deck in Pretendard with the Korean system fonts of Mac and Windows as fallbacks', () => {
    expect(deck([])).toContain(
      ".reveal{font-family:Pretendard, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', sans-serif;color:#1b1d22}",
    );
  });

  it('starts reveal.js at 1920×1080 with no margin, so a chart slide fills the screen', () => {
    expect(deck([])).toContain('Reveal.initialize({ width: 1920, height: 1080, margin: 0, hash: true');
  });

  it('is a Korean HTML document titled by the deck', () => {
    const html = deck([]);
    expect(html.startsWith('<!doctype html>\n<html lang="ko"><head><meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>발표 자료</title>');
  });
});
