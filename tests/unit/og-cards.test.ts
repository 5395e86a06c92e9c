// src/lib/og-cards.ts: which pages get a share card, what each card says, and the image path a
// page's og:image points at. Cards are listed from the valid fixture (tests/fixtures/site-ok).
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ogCards, ogImagePath, ogSlug } from '../../src/lib/og-cards.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../../src/lib/site.ts';
import { OK_ROOT } from './helpers.ts';

const options = { chartIds: new Set(['demo-chart']), today: new Date('2026-11-30') };
const site = validateContent(readContent(OK_ROOT), options);
const charts = [{ id: 'demo-chart', title: '데모 차트', paper: 'demo' }];

describe('card image paths', () => {
  it('names the image after the page path, the home page as "home"', () => {
    expect(ogImagePath('/')).toBe('/og/home.png');
    expect(ogImagePath('/reviews/qwen/')).toBe('/og/reviews/qwen.png');
  });

  it('gives the same slug with or without the slashes around the path', () => {
    expect(ogSlug('reviews/qwen')).toBe('reviews/qwen');
    expect(ogSlug('//concepts/rope//')).toBe('concepts/rope');
    expect(ogSlug('')).toBe('home');
  });
});

describe('the cards of the site', () => {
  const cards = ogCards(site, charts);
  const card = (page: string) => cards.find((c) => c.page === page)?.card;

  it('has one card per page: the index pages, each review, paper, concept and chart, and every comparison', () => {
    expect(cards.map((c) => c.page)).toEqual([
      '/',
      '/concepts/',
      '/charts/',
      '/benchmarks/',
      '/reviews/demo/',
      '/papers/demo/',
      '/concepts/rope/',
      '/charts/demo-chart/',
      '/compare/',
      '/compare/architecture/',
      '/compare/memory/',
      '/compare/alignment/',
      '/compare/long-context/',
      '/compare/tokenizers/',
      '/compare/training/',
      '/notation/',
    ]);
  });

  it('names the site on the home card', () => {
    expect(card('/')).toEqual({ kind: '논문 리뷰 노트', title: SITE_NAME, subtitle: SITE_DESCRIPTION });
  });

  it('titles a review card with the review and subtitles it with the paper’s full title', () => {
    expect(card('/reviews/demo/')).toEqual({
      kind: '리뷰',
      title: '데모 리뷰',
      subtitle: 'A Demo Paper for Content Tests',
    });
  });

  it('subtitles a paper card with the organisation and arXiv id', () => {
    expect(card('/papers/demo/')).toEqual({
      kind: '논문',
      title: 'A Demo Paper for Content Tests',
      subtitle: 'Test Lab · arXiv 2401.00001',
    });
  });

  it('subtitles a concept card with the English term', () => {
    expect(card('/concepts/rope/')).toEqual({
      kind: '개념',
      title: '회전 위치 임베딩',
      subtitle: 'Rotary Position Embedding',
    });
  });

  it('subtitles a chart card with its paper’s title, and leaves it empty for a chart of no known paper', () => {
    expect(card('/charts/demo-chart/')).toEqual({
      kind: '차트',
      title: '데모 차트',
      subtitle: 'A Demo Paper for Content Tests',
    });
    const other = ogCards(site, [{ id: 'x', title: 'X', paper: undefined }]);
    expect(other.find((c) => c.page === '/charts/x/')?.card.subtitle).toBe('');
  });

  it('gives a draft review no card', () => {
    const raw = readContent(OK_ROOT);
    raw.reviews = raw.reviews.map((r) => ({
      ...r,
      text: r.text.replace('reviewedAt: 2024-02-01', 'reviewedAt: 2024-02-01\ndraft: true'),
    }));
    const pages = ogCards(validateContent(raw, options), charts).map((c) => c.page);
    expect(pages).not.toContain('/reviews/demo/');
    expect(pages).toContain('/papers/demo/');
  });
});
