// Which pages have a card image, and what it says. A page kind adds its pages here (path +
// kind + title + subtitle); the endpoint src/pages/og/[...card].png.ts renders every entry and
// Base.astro points og:image / twitter:image at the entry for the current path.
import type { SiteContent } from './content/validate.ts';
import { SITE_NAME, SITE_DESCRIPTION } from './site.ts';
import { comparePages } from './compare/pages.ts';

export interface OgCardInput {
  /** Page kind shown above the title: "리뷰", "개념", "차트", "논문", "비교" … */
  kind: string;
  title: string;
  /** Second line: the paper, the English term, the source … */
  subtitle?: string;
  siteName: string;
  dark?: boolean;
}

export interface OgCard {
  /** The page's path, e.g. "/reviews/qwen/". */
  page: string;
  card: Omit<OgCardInput, 'siteName'>;
}

/** "/reviews/qwen/" → "reviews/qwen", "/" → "home": the image is /og/<slug>.png. */
export function ogSlug(page: string): string {
  const s = page.replace(/^\/+|\/+$/g, '');
  return s === '' ? 'home' : s;
}

export function ogImagePath(page: string): string {
  return `/og/${ogSlug(page)}.png`;
}

export function ogCards(
  c: SiteContent,
  charts: ReadonlyArray<{ id: string; title: string; paper?: string | undefined }>,
): OgCard[] {
  const paperTitle = (id: string | undefined) => c.papers.find((p) => p.id === id)?.title;
  return [
    { page: '/', card: { kind: '논문 리뷰 노트', title: SITE_NAME, subtitle: SITE_DESCRIPTION } },
    {
      page: '/concepts/',
      card: { kind: '용어 사전', title: '개념', subtitle: 'RoPE, NTK-aware 보간, GQA, DPO … 리뷰에 나오는 개념 모음' },
    },
    {
      page: '/charts/',
      card: {
        kind: '차트',
        title: '차트 모음',
        subtitle: '논문 수치로 그린 차트: 슬라이드에 가져갈 수 있는 SVG·PNG·CSV',
      },
    },
    {
      page: '/benchmarks/',
      card: {
        kind: '벤치마크',
        title: '논문 간 벤치마크 탐색기',
        subtitle: '네 논문이 보고한 모든 점수를 출처와 함께',
      },
    },
    ...c.reviews
      .filter((r) => !r.data.draft)
      .map((r) => ({
        page: `/reviews/${r.id}/`,
        card: { kind: '리뷰', title: r.data.title, subtitle: paperTitle(r.data.paper) ?? '' },
      })),
    ...c.papers.map((p) => ({
      page: `/papers/${p.id}/`,
      card: { kind: '논문', title: p.title, subtitle: `${p.organisation} · arXiv ${p.arxiv}` },
    })),
    ...c.concepts.map((k) => ({
      page: `/concepts/${k.id}/`,
      card: { kind: '개념', title: k.data.title, subtitle: k.data.en },
    })),
    ...charts.map((ch) => ({
      page: `/charts/${ch.id}/`,
      card: { kind: '차트', title: ch.title, subtitle: paperTitle(ch.paper) ?? '' },
    })),
    {
      page: '/compare/',
      card: {
        kind: '논문 비교',
        title: '논문 비교',
        subtitle: '구조·메모리·정렬·긴 컨텍스트·토크나이저·학습 설정을 데이터로 나란히',
      },
    },
    ...comparePages.map((p) => ({
      page: p.href,
      card: { kind: '논문 비교', title: p.title, subtitle: 'Qwen · Llama 2 · DeepSeek LLM · PanGu-π Pro' },
    })),
    {
      page: '/notation/',
      card: { kind: '표기법', title: '표기법', subtitle: '리뷰와 개념 페이지가 함께 쓰는 기호표' },
    },
  ];
}
