// Search as a Korean reader uses it: a table of queries with the page (and section) each
// must return near the top, plus filters, keyboard use, hostile input and accessibility.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './util.ts';

interface Case {
  q: string;
  page: string;
  top?: 1 | 3;
  section?: string;
  why: string;
}

const CASES: Case[] = [
  { q: '토크나이저를', page: '/concepts/tokenizer-compression/', why: 'particle the text lacks is stripped' },
  { q: '토크나이저를', page: '/reviews/qwen/', why: 'stem found in the Qwen review too' },
  { q: '보상 모델이', page: '/concepts/reward-model/', why: 'particle on the last word' },
  { q: '보상 모델이', page: '/reviews/llama-2/', why: 'the Llama 2 review trains two reward models' },
  { q: '모델', page: '/reviews/llama-2/', why: 'common noun' },
  { q: '언어모델', page: '/reviews/pangu-pi-pro/', why: 'compound written without a space' },
  { q: 'GQA', page: '/concepts/gqa/', why: 'English term, upper case' },
  { q: 'gqa', page: '/reviews/llama-2/', section: '#gqa', why: 'lower case finds the GQA deep dive' },
  { q: 'DPO', page: '/concepts/dpo/', top: 1, why: 'concept page first' },
  { q: 'dpo', page: '/reviews/deepseek-llm/', section: '#dpo', why: 'DeepSeek DPO section' },
  { q: 'RoPE 보간', page: '/concepts/position-interpolation/', why: 'mixed Korean and English' },
  { q: 'NTK', page: '/concepts/ntk-aware-interpolation/', top: 1, why: 'acronym' },
  { q: 'NTK', page: '/reviews/qwen/', section: '#ntk-aware-interpolation', why: 'Qwen NTK deep dive' },
  { q: '67B', page: '/reviews/deepseek-llm/', top: 1, why: 'a number with a unit' },
  { q: '스케일링 법칙', page: '/concepts/scaling-laws/', why: 'two Korean words' },
  { q: '스케일링 법칙을', page: '/reviews/deepseek-llm/', section: '#scaling-laws', why: 'with a particle' },
  { q: '파라미터 상속', page: '/concepts/parameter-inheritance/', top: 1, why: 'PanGu technique' },
  { q: '토크나이', page: '/reviews/qwen/', why: 'prefix of a word' },
  { q: 'Ghost Attention', page: '/concepts/ghost-attention/', top: 1, why: 'two English words' },
  { q: 'ghost attention', page: '/reviews/llama-2/', section: '#ghost-attention', why: 'case-insensitive, deep dive section' },
  { q: '다중 라운드', page: '/concepts/multi-round-training/', top: 1, why: 'Korean concept name' },
  { q: 'LogN', page: '/concepts/logn-scaling/', top: 1, why: 'mixed-case term' },
  { q: 'KV 캐시', page: '/concepts/kv-cache/', top: 1, why: 'acronym plus Korean' },
  { q: 'rejection sampling', page: '/reviews/llama-2/', section: '#rejection-sampling', why: 'English phrase' },
  { q: '학습률 스케줄', page: '/concepts/multi-step-lr-schedule/', top: 1, why: 'DeepSeek multi-step schedule' },
];

async function searchFor(page: Page, q: string): Promise<Array<{ url: string; sections: string[] }>> {
  const input = page.locator('[data-search-page] [data-search-input]');
  await input.fill(q);
  await expect(page.locator('[data-search-page] [data-search-status]')).toHaveText(/결과 \d+건|결과가 없습니다/, { timeout: 10_000 });
  return page.locator('[data-search-page] .search-hit').evaluateAll((hits) =>
    hits.map((h) => ({
      url: h.querySelector('a')!.getAttribute('href')!,
      sections: [...h.querySelectorAll('.search-sections a')].map((a) => decodeURIComponent(a.getAttribute('href')!.replace(/^[^#]*/, ''))),
    })),
  );
}

test.describe('query table', () => {
  for (const c of CASES) {
    test(`“${c.q}” → ${c.page}${c.section ?? ''} (${c.why})`, async ({ page }) => {
      await page.goto('/search/');
      const hits = await searchFor(page, c.q);
      const rank = hits.findIndex((h) => h.url === c.page);
      expect(rank, JSON.stringify(hits.map((h) => h.url))).toBeGreaterThanOrEqual(0);
      expect(rank).toBeLessThan(c.top ?? 3);
      if (c.section) {
        // a hit in a sub-section (h3) counts for the question (h2) it belongs to
        const html = await (await page.request.get(c.page)).text();
        const parent = new Map<string, string>();
        let h2 = '';
        for (const m of html.matchAll(/<h([23])[^>]*\sid="([^"]+)"/g)) {
          if (m[1] === '2') h2 = `#${m[2]}`;
          parent.set(`#${decodeURIComponent(m[2]!)}`, h2);
        }
        expect(hits[rank]!.sections.map((s) => parent.get(s) ?? s)).toContain(c.section);
      }
    });
  }
});

test('the query lives in the URL and a shared link runs it', async ({ page }) => {
  await page.goto('/search/?q=GQA');
  await expect(page.locator('[data-search-page] [data-search-input]')).toHaveValue('GQA');
  await expect(page.locator('[data-search-page] .search-hit').first()).toBeVisible();
  await page.locator('[data-search-page] [data-search-input]').fill('DPO');
  await expect(page).toHaveURL(/\?q=DPO$/);
});

test('kind filters narrow the results', async ({ page }) => {
  await page.goto('/search/');
  const all = await searchFor(page, '모델');
  await page.locator('[data-search-page] [data-search-kind="개념"]').click();
  await expect(page.locator('[data-search-page] [data-search-status]')).toContainText('(개념)');
  const concepts = await page.locator('[data-search-page] .search-hit a.search-hit-link').first().getAttribute('href');
  const urls = await page.locator('[data-search-page] .search-hit > a').evaluateAll((a) => a.map((x) => x.getAttribute('href')!));
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.every((u) => u.startsWith('/concepts/'))).toBe(true);
  expect(all.some((h) => h.url.startsWith('/reviews/'))).toBe(true);
  void concepts;
});

test('no results: a clear message with suggestions', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, '존재하지않는검색어');
  await expect(page.locator('[data-search-page] [data-search-status]')).toContainText('결과가 없습니다');
});

test('hostile input is shown as text and breaks nothing', async ({ page }) => {
  const errors = watchErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await page.goto('/search/');
  for (const q of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '.*+?^${}()|[]\\', 'ㅋ'.repeat(5000)]) {
    await page.locator('[data-search-page] [data-search-input]').fill(q);
    await expect(page.locator('[data-search-page] [data-search-status]')).toHaveText(/결과/, { timeout: 10_000 });
  }
  expect(await page.locator('[data-search-page] img').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('the dialog opens with Ctrl+K and "/", works by keyboard alone and passes axe', async ({ page }) => {
  await page.goto('/reviews/qwen/');
  await page.keyboard.press('Control+k');
  const dialog = page.locator('[data-search-dialog]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-search-input]')).toBeFocused();
  await page.keyboard.type('GQA');
  await expect(dialog.locator('.search-hit').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('[data-search-dialog]').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('a.search-hit-link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('a.search-hit-link').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/reviews\/qwen\/$/);
  await page.goto('/concepts/');
  await page.keyboard.press('/');
  await expect(page.locator('[data-search-dialog]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-dialog]')).toBeHidden();
});

test('the index loads only when search is first used', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/reviews/llama-2/');
  expect(fetched.some((u) => u.includes('/pagefind/'))).toBe(false);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('RLHF');
  await expect(page.locator('[data-search-dialog] .search-hit').first()).toBeVisible();
  expect(fetched.some((u) => u.includes('/pagefind/'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search link works and says search needs JavaScript', async ({ page }) => {
    await page.goto('/');
    await page.locator('a[data-search-open]').click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('noscript, .callout-warning').first()).toBeAttached();
    expect(await page.content()).toContain('검색은 JavaScript가 필요합니다');
  });
});
