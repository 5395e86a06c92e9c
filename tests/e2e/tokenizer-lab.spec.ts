// The lab in Chromium must give exactly the counts the same tokenizers give in Node
// (tests/unit/tokenizers.test.ts), and must load nothing from outside the site.
import { expect, test, type Page } from '@playwright/test';

const FIXED: Array<[string, Record<string, number>]> = [
  ['토크나이저는 텍스트를 토큰으로 나눕니다.', { llama2: 39, qwen: 22, cl100k: 26 }],
  ['The quick brown fox jumps over the lazy dog.', { llama2: 12, qwen: 10, cl100k: 10 }],
  ['大型语言模型', { llama2: 7, qwen: 3, cl100k: 6 }],
];

test('lab loads lazily, offline, and counts tokens like the Node tokenizers', async ({ page }) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/reviews/qwen/');
  expect(requests.some((u) => /tokenizer.*\.json/.test(u))).toBe(false);
  const lab = page.locator('[data-tokenizer-lab]');
  await lab.locator('[data-lab-open]').click();
  await expect(lab.locator('[data-lab-status]')).toContainText('불러오는 중');
  // loading builds three vocabularies in two workers: slow on a loaded machine, so wait for the state, generously
  await expect(lab).toHaveAttribute('data-ready', '', { timeout: 90_000 });
  // the two vocab files, fetched once by the page for the lab's workers: Qwen's byte-level spec
  // (src/pages/tokenizers/qwen.json.ts) and Llama 2's, built from LLaMA's own vocabulary
  // (src/pages/tokenizers/llama-2.json.ts); no pretty-printed package copy any more
  expect(
    requests
      .filter((u) => /\.json$/.test(u))
      .map((u) => new URL(u).pathname)
      .sort(),
  ).toEqual(['/tokenizers/llama-2.json', '/tokenizers/qwen.json']);
  expect(requests.every((u) => u.startsWith('http://localhost'))).toBe(true);
  for (const [text, counts] of FIXED) {
    await lab.locator('[data-lab-input]').fill(text);
    for (const [id, n] of Object.entries(counts))
      await expect(lab.locator(`tr[data-tokenizer="${id}"] td`).first()).toHaveText(String(n));
  }
  await expect(lab.locator('.lab-token-text[data-tokenizer="qwen"]')).toHaveText('大型语言模型');
});

test('a failed download shows a clear error and the button works again', async ({ page }) => {
  await page.route(/tokenizer.*\.json$/, (route) => route.abort());
  await page.goto('/reviews/qwen/');
  const lab = page.locator('[data-tokenizer-lab]');
  await lab.locator('[data-lab-open]').click();
  await expect(lab.locator('[data-lab-status]')).toContainText('불러오지 못했습니다');
  await expect(lab.locator('[data-lab-open]')).toBeEnabled();
});

/** What the page keeps for `holdResults`: whether results are held, and the held deliveries. */
interface HeldResults {
  holdResults: boolean;
  heldResults: (() => void)[];
}

/**
 * Lets the test decide when a job ends, as `holdRequests` does for a download: while
 * `window.holdResults` is set, every worker's "result" message is kept back (progress messages
 * still arrive), so the lab stays busy until the test releases them. A job on 20,000 characters
 * takes half a second when the machine is quiet; on a loaded one it once ended before the test's
 * click on "취소" reached the page, and the button, hidden once the job is done, was waited for
 * until the test timed out.
 */
async function holdResults(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as HeldResults;
    w.holdResults = false;
    w.heldResults = [];
    window.Worker = class extends Worker {
      override addEventListener(type: string, listener: unknown, options?: boolean | AddEventListenerOptions): void {
        if (type !== 'message' || typeof listener !== 'function') {
          super.addEventListener(type, listener as EventListener, options);
          return;
        }
        const deliver = listener as (this: Worker, e: MessageEvent) => void;
        super.addEventListener(
          type,
          (e: Event) => {
            const m = e as MessageEvent<{ type?: string }>;
            if (w.holdResults && m.data.type === 'result') w.heldResults.push(() => deliver.call(this, m));
            else deliver.call(this, m);
          },
          options,
        );
      }
    };
  });
}

test('20,000 characters of Hangul without spaces: worker keeps the page live, cancel works, then it completes', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await holdResults(page);
  const hold = (on: boolean) =>
    page.evaluate((on) => {
      const w = window as unknown as HeldResults;
      w.holdResults = on;
      if (!on) for (const deliver of w.heldResults.splice(0)) deliver();
    }, on);
  await page.goto('/reviews/qwen/');
  const lab = page.locator('[data-tokenizer-lab]');
  await lab.locator('[data-lab-open]').click();
  await expect(lab).toHaveAttribute('data-ready', '', { timeout: 90_000 });
  await expect(lab).toHaveAttribute('data-done', /\d+/);
  // A heartbeat on the main thread: it can only advance while the page is not blocked.
  await page.evaluate(() => {
    const w = window as unknown as { beats: number };
    w.beats = 0;
    const tick = () => {
      w.beats += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const beats = () => page.evaluate(() => (window as unknown as { beats: number }).beats);
  const input = lab.locator('[data-lab-input]');

  // Cancel: a long job stops, the page stays usable, and the next input is tokenized by a fresh worker.
  // The job's results are held, so the job is still open when the click arrives. Let through
  // afterwards, they carry the cancelled job's number and the lab must ignore them.
  await hold(true);
  await input.fill('나'.repeat(20_000));
  await expect(lab).toHaveAttribute('data-busy', '');
  await lab.locator('[data-lab-cancel]').click();
  await expect(lab).not.toHaveAttribute('data-busy', '');
  await expect(lab.locator('[data-lab-status]')).toContainText('취소');
  await hold(false);
  await expect(lab.locator('[data-lab-status]')).toContainText('취소');
  await expect(lab).not.toHaveAttribute('data-busy', '');
  await input.fill(FIXED[0]![0]);
  await expect(lab.locator('tr[data-tokenizer="cl100k"] td').first()).toHaveText(String(FIXED[0]![1].cl100k), {
    timeout: 90_000,
  });

  // The long input: the workers report progress and the heartbeat ticks while the job is open
  // (its results held), then the results, once let through, are drawn. Tokenizing on the main
  // thread instead would set and clear data-busy within one blocked task, never seen here.
  await hold(true);
  await input.fill('가'.repeat(20_000));
  await expect(lab).toHaveAttribute('data-busy', '');
  const start = await beats();
  await expect(lab.locator('[data-lab-status]')).toContainText('완료');
  await expect.poll(beats).toBeGreaterThan(start + 3);
  await expect(lab).toHaveAttribute('data-busy', '');
  await expect(lab.locator('[data-lab-progress]')).toBeVisible();
  await hold(false);

  await expect(lab.locator('tr[data-tokenizer="cl100k"] td').first()).toHaveText('20000', { timeout: 90_000 });
  await expect(lab.locator('tr[data-tokenizer="qwen"] td').first()).toHaveText('20000');
  await expect(lab).not.toHaveAttribute('data-busy', '');
});
