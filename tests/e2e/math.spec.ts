// Formulas are MathML only (#19): the browser lays them out, screen readers read them, and the
// page loads no KaTeX stylesheet or font. One review with aligned and cases displays.
import { expect, test } from '@playwright/test';

test('formulas are native MathML: readable, aligned, and without KaTeX fonts or CSS', async ({ page }) => {
  test.setTimeout(120_000); // a long review page; the machine is shared
  const katexAssets: string[] = [];
  page.on('request', (r) => {
    if (/katex/i.test(new URL(r.url()).pathname)) katexAssets.push(r.url());
  });
  await page.goto('/reviews/llama-2/');
  await page.evaluate(() => document.fonts.ready);

  // Every formula exposes its text to assistive technology: a <math> with symbols, nothing hidden.
  const formulas = await page.locator('main .katex').evaluateAll((ks) =>
    ks.map((k) => {
      const math = k.querySelector('math');
      const clone = math?.cloneNode(true) as Element | undefined;
      clone?.querySelector('annotation')?.remove();
      return {
        text: clone?.textContent?.trim() ?? '',
        hidden: !!k.closest('[aria-hidden="true"]'),
        html: !!k.querySelector('.katex-html'),
      };
    }),
  );
  expect(formulas.length).toBeGreaterThan(20);
  expect(formulas.filter((f) => !f.text || f.hidden || f.html)).toEqual([]);
  // Variants browsers ignore were turned into math letters (e.g. \mathcal{L} → ℒ).
  expect(await page.locator('main math [mathvariant]:not([mathvariant="normal"])').count()).toBe(0);
  await expect(page.locator('main math').filter({ hasText: 'ℒ' }).first()).toBeVisible();

  // An `aligned` display: the second column starts at the same x in every row (the = line up).
  const starts = await page
    .locator('main mtable[columnalign^="right left"]')
    .first()
    .evaluate((t) =>
      [...t.querySelectorAll(':scope > mtr')]
        .map((row) => row.children[1]?.getBoundingClientRect().left)
        .filter((x): x is number => x !== undefined),
    );
  expect(starts.length).toBeGreaterThan(1);
  for (const x of starts) expect(Math.abs(x - starts[0]!)).toBeLessThan(1);
  // A display formula has height (a math font is in use, not collapsed boxes).
  expect((await page.locator('main .katex-display').first().boundingBox())!.height).toBeGreaterThan(15);
  expect(katexAssets).toEqual([]);
});
