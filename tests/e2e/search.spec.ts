// Search as a Korean reader uses it: a table of queries with the page and section each must
// return near the top (every excerpt checked against the text of the section it links to),
// answer cards checked against the papers' numbers, empty states, retry, landing highlight,
// keyboard use, hostile input and accessibility. The table runs on one page, query after query.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { pageAxe, watchErrors } from './util.ts';

type Lang = 'en' | 'ko' | 'mixed' | 'particle' | 'translit';
interface Case {
  q: string;
  page: string;
  /** A heading id on that page; a hit in one of its sub-sections (h3 under the h2) counts. */
  section: string;
  lang: Lang;
  top?: 1 | 3;
}

const CASES: Case[] = [
  // English queries find Korean sections through the glossary's names
  { lang: 'en', q: 'long context', page: '/reviews/qwen/', section: '#kv-캐시와-긴-컨텍스트' },
  {
    lang: 'en',
    q: 'learning rate schedule',
    page: '/reviews/deepseek-llm/',
    section: '#4-재사용-가능한-학습률-스케줄',
  },
  { lang: 'en', q: 'reward model', page: '/reviews/qwen/', section: '#보상-모델' },
  { lang: 'en', q: 'GQA', page: '/reviews/llama-2/', section: '#mha-mqa-gqa의-관계' },
  { lang: 'en', q: 'rejection sampling', page: '/reviews/llama-2/', section: '#rejection-sampling' },
  { lang: 'en', q: 'ghost attention', page: '/reviews/llama-2/', section: '#ghost-attention', top: 1 },
  { lang: 'en', q: 'scaling laws', page: '/reviews/deepseek-llm/', section: '#scaling-laws' },
  { lang: 'en', q: 'KV cache', page: '/reviews/pangu-pi-pro/', section: '#메모리-가중치와-kv-캐시' },
  { lang: 'en', q: 'grouped-query attention', page: '/reviews/llama-2/', section: '#gqa' },
  { lang: 'en', q: 'rotary position embedding', page: '/concepts/rope/', section: '#정의', top: 1 },
  {
    lang: 'en',
    q: 'position interpolation',
    page: '/reviews/qwen/',
    section: '#방법-1과-2-위치-보간과-ntk-aware-보간',
  },
  { lang: 'en', q: 'window attention', page: '/reviews/qwen/', section: '#5단계-층별-윈도-어텐션' },
  { lang: 'en', q: 'RMSNorm', page: '/concepts/rmsnorm/', section: '#layernorm과의-차이', top: 1 },
  { lang: 'en', q: 'safety', page: '/reviews/llama-2/', section: '#5-안전성과-유용성의-긴장' },
  { lang: 'en', q: 'dpo', page: '/reviews/deepseek-llm/', section: '#dpo' },
  { lang: 'en', q: 'PPO', page: '/reviews/qwen/', section: '#ppo' },
  // Korean and English in one query
  { lang: 'mixed', q: 'RoPE 보간', page: '/reviews/qwen/', section: '#ntk-aware-interpolation' },
  { lang: 'mixed', q: 'KV 캐시', page: '/concepts/kv-cache/', section: '#병목이-되는-이유', top: 3 },
  { lang: 'mixed', q: 'GQA 메모리', page: '/reviews/llama-2/', section: '#무엇이-줄고-무엇이-그대로인가' },
  { lang: 'mixed', q: 'DPO 선호', page: '/concepts/dpo/', section: '#deepseek-llm에서의-dpo' },
  { lang: 'mixed', q: 'NTK 보간', page: '/reviews/qwen/', section: '#방법-1과-2-위치-보간과-ntk-aware-보간' },
  { lang: 'mixed', q: 'Llama 2 안전성', page: '/reviews/llama-2/', section: '#5-안전성과-유용성의-긴장' },
  { lang: 'mixed', q: 'PPO 클리핑', page: '/concepts/ppo/', section: '#핵심-식' },
  // a particle the text does not have
  { lang: 'particle', q: '토크나이저를', page: '/reviews/qwen/', section: '#다국어-압축률을-고려한-토크나이저' },
  { lang: 'particle', q: '보상 모델이', page: '/reviews/qwen/', section: '#보상-모델' },
  { lang: 'particle', q: '스케일링 법칙을', page: '/reviews/deepseek-llm/', section: '#scaling-laws' },
  { lang: 'particle', q: '어텐션에서', page: '/reviews/qwen/', section: '#5단계-층별-윈도-어텐션' },
  { lang: 'particle', q: '정책으로', page: '/concepts/ppo/', section: '#핵심-식' },
  { lang: 'particle', q: '파라미터 상속은', page: '/reviews/pangu-pi-pro/', section: '#parameter-inheritance' },
  // transliterations and other spellings, from concept and model-family names
  { lang: 'translit', q: '리워드 모델', page: '/reviews/qwen/', section: '#보상-모델' },
  { lang: 'translit', q: '딥시크 스케일링 법칙', page: '/reviews/deepseek-llm/', section: '#scaling-laws' },
  { lang: 'translit', q: '큐웬 토크나이저', page: '/reviews/qwen/', section: '#tokenizer-lab-title' },
  { lang: 'translit', q: '판구 다중 라운드', page: '/reviews/pangu-pi-pro/', section: '#multi-round-training' },
  { lang: 'translit', q: '라마 2 안전성', page: '/reviews/llama-2/', section: '#5-안전성과-유용성의-긴장' },
  { lang: 'translit', q: '그룹드 쿼리 어텐션', page: '/reviews/llama-2/', section: '#gqa' },
  { lang: 'translit', q: '윈도우 어텐션', page: '/reviews/qwen/', section: '#함께-쓰는-두-기법-logn과-윈도-어텐션' },
  { lang: 'translit', q: '로터리 포지션 임베딩', page: '/reviews/qwen/', section: '#ntk-aware-interpolation' },
  { lang: 'translit', q: '프리트레이닝', page: '/reviews/llama-2/', section: '#사전학습-하이퍼파라미터' },
  // Korean terms
  { lang: 'ko', q: '다중 라운드', page: '/reviews/pangu-pi-pro/', section: '#multi-round-training' },
  { lang: 'ko', q: '파라미터 상속', page: '/concepts/parameter-inheritance/', section: '#무엇인가', top: 1 },
  { lang: 'ko', q: '67B', page: '/reviews/deepseek-llm/', section: '#깊이를-늘린-67b', top: 3 },
  { lang: 'ko', q: 'NTK', page: '/reviews/qwen/', section: '#방법-3-qwen의-dynamic-ntk' },
  { lang: 'ko', q: 'LogN', page: '/reviews/qwen/', section: '#4단계-logn-스케일링으로-쿼리-키우기' },
  {
    lang: 'ko',
    q: '학습률 스케줄',
    page: '/concepts/multi-step-lr-schedule/',
    section: '#deepseek-llm의-설정',
    top: 1,
  },
];

/** Answer cards: numbers and sources from /work/shared/reference (the papers' tables). */
interface AnswerCase {
  q: string;
  /** Model ids in the card, in order (base before chat). */
  models: string[];
  /** Rows the first model must show: [paper, table, printed score]. */
  rows: Array<[string, string, string]>;
  /** The table row the first of those rows links to: page and row anchor. */
  link: string;
}

const ANSWERS: AnswerCase[] = [
  {
    q: 'DeepSeek 67B MMLU',
    models: ['deepseek-llm-67b', 'deepseek-llm-67b-chat'],
    rows: [['DeepSeek LLM 논문', 'Table 5', '71.3']],
    link: '/papers/deepseek-llm/#bt-deepseek-llm-table-5--deepseek-llm-67b',
  },
  {
    q: '라마2 70B GSM8K',
    models: ['llama-2-70b', 'llama-2-70b-chat'],
    rows: [
      ['DeepSeek LLM 논문', 'Table 5', '58.4'],
      ['Llama 2 논문', 'Table 4', '56.8'],
      ['Qwen 기술 보고서', 'Table 2', '63.3'],
    ],
    link: '/papers/deepseek-llm/#bt-deepseek-llm-table-5--llama-2-70b',
  },
  {
    q: 'qwen-14b humaneval',
    models: ['qwen-14b', 'qwen-14b-chat'],
    rows: [['Qwen 기술 보고서', 'Table 2', '32.3']],
    link: '/papers/qwen/#bt-qwen-table-2--qwen-14b',
  },
  {
    q: 'MMLU llama 2 7B',
    models: ['llama-2-7b', 'llama-2-7b-chat'],
    rows: [
      ['DeepSeek LLM 논문', 'Table 5', '45.8'],
      ['Llama 2 논문', 'Table 3', '45.3'],
      ['Qwen 기술 보고서', 'Table 2', '46.8'],
    ],
    link: '/papers/deepseek-llm/#bt-deepseek-llm-table-5--llama-2-7b',
  },
  {
    q: '판구 1.5B Pro mmlu',
    models: ['pangu-pi-pro-1.5b'],
    rows: [['PanGu-π Pro 논문', '비교표', '53.76']],
    link: '/papers/pangu-pi-pro/#bt-pangu-pi-pro-comparison-table--pangu-pi-pro-1.5b',
  },
  {
    q: '딥시크 7B GSM8K',
    models: ['deepseek-llm-7b', 'deepseek-llm-7b-chat'],
    rows: [['DeepSeek LLM 논문', 'Table 5', '17.4']],
    link: '/papers/deepseek-llm/#bt-deepseek-llm-table-5--deepseek-llm-7b',
  },
];

const ROOT = '[data-search-page]';

// steady on a loaded machine: generous time, no fixed waits
test.describe.configure({ timeout: 120_000 });
test.use({ actionTimeout: 20_000 });
const expect = baseExpect.configure({ timeout: 45_000 });

/**
 * Runs an action and waits for the next result set rendered for query q (the bench's contract),
 * with every excerpt in unless `filled` is false. Resolves with that set's generation.
 */
async function rendered(
  page: Page,
  q: string,
  action: () => Promise<void>,
  root = ROOT,
  filled = true,
): Promise<number> {
  const list = page.locator(`${root} [data-search-results]`);
  const before = Number((await list.getAttribute('data-generation')) ?? 0);
  await action();
  const gen = await page.waitForFunction(
    ([sel, qq, gen, filled]) => {
      const el = document.querySelector<HTMLElement>(sel);
      const ok = el?.dataset.query === qq && Number(el.dataset.generation) > gen;
      return ok && (!filled || el.dataset.filled === el.dataset.generation) ? Number(el.dataset.generation) : false;
    },
    [`${root} [data-search-results]`, q.trim().replace(/\s+/g, ' '), before, filled] as const,
    { timeout: 45_000 },
  );
  return (await gen.jsonValue()) as number;
}

/** Types a query and waits for the results rendered for exactly that query. */
async function searchFor(page: Page, q: string, root = ROOT): Promise<void> {
  await rendered(page, q, () => page.locator(`${root} [data-search-input]`).fill(q), root);
}

/** The section links of the result list (page#anchor). */
const resultLinks = (page: Page) =>
  page
    .locator(`${ROOT} [data-search-results] a.search-hit-link`)
    .evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + (a as HTMLAnchorElement).hash),
    );

interface Shown {
  page: string;
  sections: string[];
  excerpts: Array<{ id: string; text: string }>;
}

async function shownHits(page: Page): Promise<Shown[]> {
  return page.locator(`${ROOT} .search-hit`).evaluateAll((hits) =>
    hits.map((h) => {
      const head = h.querySelector<HTMLAnchorElement>(':scope > a')!;
      const secs = [...h.querySelectorAll<HTMLAnchorElement>('.search-sections a')];
      const excerpts = [head, ...secs]
        .filter((a) => a.querySelector('.search-excerpt'))
        .map((a) => ({
          id: decodeURIComponent(new URL(a.href).hash.slice(1)),
          text: a.querySelector('.search-excerpt')!.textContent ?? '',
        }));
      return {
        page: new URL(head.href).pathname,
        sections: secs.map((a) => decodeURIComponent(new URL(a.href).hash)),
        excerpts,
      };
    }),
  );
}

/**
 * Excerpts that are not made of the linked section's visible text (or its formulas' TeX): each
 * excerpt, without markup and ellipses, must split into pieces found in that text in order
 * (gaps are what the index leaves out: long formulas, a caption repeating its heading).
 * Runs in the browser: the linked page is fetched once and parsed.
 */
async function foreignExcerpts(page: Page, path: string, excerpts: Shown['excerpts']): Promise<string[]> {
  return page.evaluate(
    async ([path, excerpts]) => {
      const w = window as unknown as { __docs?: Map<string, Document> };
      w.__docs ??= new Map();
      let doc = w.__docs.get(path);
      if (!doc) {
        doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
        w.__docs.set(path, doc);
      }
      const squash = (s: string) => s.replace(/\s+/g, '');
      const main = doc.querySelector('main')!;
      const heads = [...main.querySelectorAll('h2[id], h3[id]')];
      const sectionText = (id: string) => {
        const range = doc.createRange();
        const start = id ? doc.getElementById(id) : null;
        if (start) range.setStartBefore(start);
        else range.setStart(main, 0);
        const next = start ? heads[heads.indexOf(start) + 1] : heads[0];
        if (next) range.setEndBefore(next);
        else range.setEnd(main, main.childNodes.length);
        const frag = range.cloneContents();
        // invisible: scripts, hidden and screen-reader-only text
        frag.querySelectorAll('script, style, template, noscript, [hidden], .sr-only').forEach((e) => e.remove());
        // a formula counts as its TeX source
        frag
          .querySelectorAll('.katex')
          .forEach((k) => k.replaceWith(` ${k.querySelector('annotation')?.textContent ?? ''} `));
        return squash(frag.textContent ?? '');
      };
      const bad: string[] = [];
      for (const ex of excerpts) {
        const text = sectionText(ex.id);
        let pos = 0;
        for (const run of ex.text.split('…').map(squash).filter(Boolean)) {
          let rest = run;
          while (rest) {
            let len = rest.length;
            while (len > 0 && text.indexOf(rest.slice(0, len), pos) < 0) len--;
            if (len < Math.min(2, rest.length)) {
              bad.push(`${path}#${ex.id}: “${rest.slice(0, 30)}” in “${ex.text.slice(0, 80)}”`);
              break;
            }
            pos = text.indexOf(rest.slice(0, len), pos) + len;
            rest = rest.slice(len);
          }
          pos = 0; // each run between ellipses may come from anywhere in the section
        }
      }
      return bad;
    },
    [path, excerpts] as const,
  );
}

test('query table: each query finds its page and section, and every excerpt is the section’s own text', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const counts = CASES.reduce<Record<string, number>>((m, c) => ({ ...m, [c.lang]: (m[c.lang] ?? 0) + 1 }), {});
  expect(CASES.length + ANSWERS.length).toBeGreaterThanOrEqual(40);
  expect(counts.en).toBeGreaterThanOrEqual(10);
  expect(counts.mixed).toBeGreaterThanOrEqual(5);
  expect(counts.particle).toBeGreaterThanOrEqual(5);
  expect(counts.translit).toBeGreaterThanOrEqual(5);

  await page.goto('/search/');
  const parents = new Map<string, Map<string, string>>();
  const parentOf = async (path: string) => {
    if (!parents.has(path)) {
      const html = await (await page.request.get(path)).text();
      const m = new Map<string, string>();
      let h2 = '';
      for (const x of html.matchAll(/<h([23])[^>]*\sid="([^"]+)"/g)) {
        if (x[1] === '2') h2 = `#${x[2]}`;
        m.set(`#${x[2]}`, h2);
      }
      parents.set(path, m);
    }
    return parents.get(path)!;
  };
  const failures: string[] = [];
  for (const c of CASES) {
    await searchFor(page, c.q);
    const hits = await shownHits(page);
    const rank = hits.findIndex((h) => h.page === c.page);
    if (rank < 0 || rank >= (c.top ?? 3)) {
      failures.push(
        `“${c.q}” → ${c.page} at rank ${rank} (${hits
          .slice(0, 3)
          .map((h) => h.page)
          .join(', ')})`,
      );
      continue;
    }
    const par = await parentOf(c.page);
    const secs = hits[rank]!.sections;
    if (!secs.includes(c.section) && !secs.map((s) => par.get(s)).includes(c.section))
      failures.push(`“${c.q}” → ${c.page}${c.section} not in ${secs.join(' ')}`);
    for (const h of hits) if (h.excerpts.length) failures.push(...(await foreignExcerpts(page, h.page, h.excerpts)));
  }
  expect(failures).toEqual([]);
});

test('answer cards: a model and a benchmark in any order, language, spacing or case give every paper’s number', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/search/');
  const papers = new Set(ANSWERS.flatMap((a) => a.rows.map((r) => r[0])));
  expect(ANSWERS.length).toBeGreaterThanOrEqual(5);
  expect(papers.size).toBeGreaterThanOrEqual(3);
  for (const a of ANSWERS) {
    await searchFor(page, a.q);
    const card = page.locator(`${ROOT} [data-search-answer] .search-answer`);
    await expect(card, a.q).toHaveAttribute('data-answer-type', 'pair');
    // the card sits above the page results
    const [cardBox, listBox] = [
      await card.boundingBox(),
      await page.locator(`${ROOT} [data-search-results]`).boundingBox(),
    ];
    expect(cardBox!.y).toBeLessThan(listBox!.y);
    const models = await card
      .locator('tr[data-answer-row]')
      .evaluateAll((rs) => [...new Set(rs.map((r) => (r as HTMLElement).dataset.model!))]);
    expect(models, a.q).toEqual(a.models);
    const rows = await card.locator(`tr[data-answer-row][data-model="${a.models[0]}"]`).evaluateAll((rs) =>
      rs.map((r) => {
        const td = [...r.querySelectorAll('td')].map((x) => x.textContent ?? '');
        return { score: td[0]!, paper: td[1]!, table: td[2]!, href: r.querySelector('a')!.getAttribute('href')! };
      }),
    );
    for (const [paper, table, score] of a.rows)
      expect(
        rows.some((r) => r.paper === paper && r.table.includes(table) && r.score === score),
        `${a.q}: ${paper} ${table} ${score} in ${JSON.stringify(rows)}`,
      ).toBe(true);
    const [p, t, s] = a.rows[0]!;
    expect(rows.find((r) => r.paper === p && r.table.includes(t) && r.score === s)!.href).toBe(a.link);
    // the linked row exists on that page and carries the number
    const [path, id] = a.link.split('#') as [string, string];
    const html = await (await page.request.get(path)).text();
    const row = new RegExp(`<tr id="${id.replace(/[.]/g, '\\.')}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
    expect(row, a.link).toContain(s);
    const explorer = await card.locator('a.search-answer-link').last().getAttribute('href');
    expect(explorer).toMatch(new RegExp(`^/benchmarks/\\?b=[^&]+&m=${a.models.join(',')}&all=1$`));
  }
  // a model alone: its configuration and its own paper's numbers; a benchmark alone: the explorer
  await searchFor(page, 'Qwen-7B');
  const model = page.locator(`${ROOT} .search-answer[data-answer-type="model"]`);
  await expect(model.locator('.search-answer-config')).toContainText('레이어 수32');
  await expect(model.locator('tr[data-answer-row]').first()).toContainText('Qwen 기술 보고서');
  await searchFor(page, 'gsm8k');
  await expect(page.locator(`${ROOT} .search-answer[data-answer-type="benchmark"] a`)).toHaveAttribute(
    'href',
    '/benchmarks/?b=gsm8k&all=1',
  );
  await searchFor(page, 'RoPE 보간');
  await expect(page.locator(`${ROOT} .search-answer`)).toHaveCount(0);
});

test('the query lives in the URL and a shared link runs it', async ({ page }) => {
  await page.goto('/search/?q=GQA');
  await expect(page.locator(`${ROOT} [data-search-input]`)).toHaveValue('GQA');
  await expect(page.locator(`${ROOT} [data-search-results][data-query="GQA"] .search-hit`).first()).toBeVisible();
  await page.locator(`${ROOT} [data-search-input]`).fill('DPO');
  await expect(page).toHaveURL(/\?q=DPO$/);
});

test('empty states say why: a filter hides results (and can be cleared), or nothing matched (glossary suggestions)', async ({
  page,
}) => {
  await page.goto('/search/');
  await searchFor(page, '모델');
  await rendered(page, '모델', () => page.locator(`${ROOT} [data-search-kind="개념"]`).click());
  await expect(page.locator(`${ROOT} [data-search-status]`)).toContainText('(개념)');
  const urls = await page
    .locator(`${ROOT} .search-hit > a`)
    .evaluateAll((a) => a.map((x) => new URL((x as HTMLAnchorElement).href).pathname));
  expect(urls.length).toBeGreaterThan(0);
  // the 개념 filter covers the glossary and the site-wide notation page
  expect(urls.filter((u) => !u.startsWith('/concepts/') && u !== '/notation/')).toEqual([]);
  await rendered(page, '모델', () => page.locator(`${ROOT} [data-search-kind="개념"]`).click());

  // the chart filter hides every result for 헝가리 (only the DeepSeek review's held-out exam): say so and offer to clear it
  await rendered(page, '모델', () => page.locator(`${ROOT} [data-search-kind="차트"]`).click());
  await searchFor(page, '헝가리');
  await expect(page.locator(`${ROOT} [data-search-status]`)).toContainText('‘차트’ 필터가 모두 가립니다');
  await expect(page.locator(`${ROOT} [data-search-status]`)).not.toContainText('조사');
  await rendered(page, '헝가리', () => page.getByRole('button', { name: '필터 해제하고 모두 보기' }).click());
  await expect(page.locator(`${ROOT} [data-search-kind="차트"]`)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator(`${ROOT} .search-hit`).first()).toBeVisible();

  // nothing matched: say so and offer glossary entries (which ones is unit-tested: suggestFromGlossary)
  await searchFor(page, '존재하지않는검색어');
  await expect(page.locator(`${ROOT} [data-search-status]`)).toContainText('결과가 없습니다');
  await expect(page.locator(`${ROOT} [data-search-status]`)).not.toContainText('조사');
  await expect(page.locator(`${ROOT} [data-search-help] a[href^="/concepts/"]`).first()).toBeVisible();
});

test('hostile input is shown as text and breaks nothing', async ({ page }) => {
  const errors = watchErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await page.goto('/search/');
  for (const q of [
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    '.*+?^${}()|[]\\',
    'ㅋ'.repeat(5000),
  ]) {
    await page.locator(`${ROOT} [data-search-input]`).fill(q);
    await expect(page.locator(`${ROOT} [data-search-status]`)).toHaveText(/결과/);
  }
  expect(await page.locator(`${ROOT} img`).count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('a failed index load is retried on the next attempt, with a clear message', async ({ page }) => {
  let failing = true;
  await page.route('**/pagefind/pagefind.js*', (route) => (failing ? route.abort() : route.continue()));
  await page.goto('/reviews/qwen/');
  await page.keyboard.press('Control+k');
  const dialog = '[data-search-dialog]';
  await searchFor(page, 'GQA', dialog);
  await expect(page.locator(`${dialog} [data-search-status]`)).toContainText('검색 색인을 불러오지 못했습니다');
  failing = false;
  await rendered(
    page,
    'GQA',
    () => page.locator(`${dialog} [data-search-help]`).getByRole('button', { name: '다시 시도' }).click(),
    dialog,
  );
  await expect(page.locator(`${dialog} [data-search-results] .search-hit`).first()).toBeVisible();
  await expect(page.locator(`${dialog} [data-search-status]`)).toContainText(/결과 \d+건/);
});

test('a result opens its section scrolled into view with the words marked, and the marks can be cleared by keyboard', async ({
  page,
}) => {
  await page.goto('/search/');
  await searchFor(page, 'ghost attention');
  const link = page.locator(`${ROOT} .search-sections a[href*="#ghost-attention"]`).first();
  await link.click();
  await expect(page).toHaveURL(/\/reviews\/llama-2\/\?hl=.*#ghost-attention$/);
  const marks = page.locator('mark.search-landing-mark');
  await page.waitForLoadState('load'); // a long review on a busy machine: its scripts run after load
  await expect(marks.first()).toBeVisible();
  // the marks are in the linked section, which is on screen
  const inSection = await marks.evaluateAll((ms) =>
    ms.every((m) => m.closest('section')?.querySelector('h2')?.id === 'ghost-attention'),
  );
  expect(inSection).toBe(true);
  const box = await page.locator('#ghost-attention').boundingBox();
  const vh = page.viewportSize()!.height;
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(vh);
  const clear = page.getByRole('button', { name: /강조 지우기/ });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(marks).toHaveCount(0);
  await expect(page).toHaveURL(/\/reviews\/llama-2\/#ghost-attention$/);
  // the text is whole again, not split into pieces
  expect(await page.locator('#ghost-attention').evaluate((h) => h.parentElement!.textContent)).toContain(
    'Ghost Attention',
  );
});

test('the dialog opens with Ctrl+K and "/", works by keyboard alone and passes axe', async ({ page }) => {
  await page.goto('/concepts/gqa/'); // a light page: axe stays quick on a busy machine
  await page.keyboard.press('Control+k');
  const dialog = page.locator('[data-search-dialog]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-search-input]')).toBeFocused();
  await page.keyboard.type('qwen-7b mmlu');
  await expect(dialog.locator('[data-search-results][data-query="qwen-7b mmlu"] .search-hit').first()).toBeVisible();
  await expect(dialog.locator('.search-answer')).toBeVisible();
  const { violations } = await pageAxe(page).include('[data-search-dialog]').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('[data-search-results] a.search-hit-link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('[data-search-results] a.search-hit-link').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/concepts\/gqa\/$/);
  await page.goto('/concepts/');
  await page.keyboard.press('/');
  await expect(page.locator('[data-search-dialog]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-dialog]')).toBeHidden();
});

test('the index loads when the dialog opens, not on page load, and only shown sections are fetched', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  const chunkBytes: Array<Promise<number>> = [];
  page.on('response', (r) => {
    if (r.url().includes('/pagefind/index/')) chunkBytes.push(r.body().then((b) => b.length));
  });
  await page.goto('/reviews/llama-2/');
  await page.waitForLoadState('load');
  expect(fetched.filter((u) => u.includes('/pagefind/') || u.includes('search-data.json'))).toEqual([]);
  await page.keyboard.press('Control+k');
  // opening alone starts the load, before any keystroke
  await expect
    .poll(
      () =>
        fetched.some((u) => u.includes('/pagefind/pagefind.js')) &&
        fetched.some((u) => u.includes('/search-data.json')),
    )
    .toBe(true);
  // the index's entry (wasm and meta) loads with the dialog; its word chunks only for a query
  await expect
    .poll(() => fetched.some((u) => u.includes('.pf_meta')) && fetched.some((u) => u.includes('wasm.')))
    .toBe(true);
  expect(fetched.filter((u) => u.includes('/pagefind/index/'))).toEqual([]);
  await page.locator('[data-search-dialog] [data-search-input]').fill('모델');
  await expect(
    page.locator('[data-search-dialog] [data-search-results][data-query="모델"] .search-hit').first(),
  ).toBeVisible();
  const shown = await page
    .locator('[data-search-dialog] [data-search-results] a.search-hit-link .search-excerpt')
    .count();
  const fragments = fetched.filter((u) => u.includes('/pagefind/fragment/')).length;
  expect(fragments).toBeLessThanOrEqual(shown);
  // the one-word query fetched one small chunk of the word index (Pagefind's own chunks were
  // 30–40 KB each; src/lib/search-chunks.ts cuts them to a few KB)
  const sizes = await Promise.all(chunkBytes);
  expect(sizes.length).toBe(1);
  expect(sizes[0]).toBeLessThan(8 * 1024);
});

test('results show before their fragments arrive, and a late fragment never fills a newer query’s list', async ({
  page,
}) => {
  // every fragment request waits until the test lets it go, tagged with the query it was made for
  let phase = 'GQA';
  const held: Array<{ phase: string; url: string; go: () => void }> = [];
  await page.route('**/pagefind/fragment/**', (route) => {
    held.push({ phase, url: route.request().url(), go: () => void route.continue() });
  });
  const finished = new Set<string>();
  page.on('requestfinished', (r) => finished.add(r.url()));
  const frames = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const list = page.locator(`${ROOT} [data-search-results]`);
  await page.goto('/search/');

  // 1. the list for GQA is on screen — pages, sections, links — while no fragment has arrived
  await rendered(page, 'GQA', () => page.locator(`${ROOT} [data-search-input]`).fill('GQA'), ROOT, false);
  const slots = await page.locator(`${ROOT} .search-excerpt`).count();
  expect(slots).toBeGreaterThan(0);
  await expect(page.locator(`${ROOT} .search-hit .search-title`).first()).not.toBeEmpty();
  await expect.poll(() => held.length).toBe(slots); // each shown result asked for its fragment…
  await expect(page.locator(`${ROOT} .search-excerpt:not(:empty)`)).toHaveCount(0); // …and none is in
  const forGqa = await resultLinks(page);

  // 2. a newer query takes over while GQA's fragments are still on their way
  phase = 'DPO';
  const gen = await rendered(page, 'DPO', () => page.locator(`${ROOT} [data-search-input]`).fill('DPO'), ROOT, false);
  const forDpo = await resultLinks(page);
  expect(forDpo.filter((l) => !forGqa.includes(l)).length).toBeGreaterThan(0);
  await expect.poll(() => held.filter((h) => h.phase === 'DPO').length).toBeGreaterThan(0);

  // 3. GQA's fragments arrive late: the DPO list is neither changed nor marked complete
  const late = held.filter((h) => h.phase === 'GQA');
  late.forEach((h) => h.go());
  await expect.poll(() => late.every((h) => finished.has(h.url))).toBe(true);
  await frames();
  await expect(list).toHaveAttribute('data-query', 'DPO');
  expect(await list.getAttribute('data-filled')).not.toBe(String(gen));
  expect(await resultLinks(page)).toEqual(forDpo);

  // 4. DPO's own fragments complete it, each excerpt the text of the section it links to
  held.filter((h) => h.phase === 'DPO').forEach((h) => h.go());
  await expect(list).toHaveAttribute('data-filled', String(gen));
  const hits = await shownHits(page);
  const excerpts = hits.flatMap((h) => h.excerpts);
  expect(excerpts.length).toBeGreaterThan(0);
  expect(excerpts.every((e) => e.text.trim())).toBe(true);
  const bad: string[] = [];
  for (const h of hits) bad.push(...(await foreignExcerpts(page, h.page, h.excerpts)));
  expect(bad).toEqual([]);
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
