// "Where am I": marks the contents entry of the section being read (side list and phone
// sheet), keeps it in view inside the side list, draws the reading-progress bar and shows
// the back-to-top control once the reader is a screen down.

/** Index of the last heading whose top has passed `line` (px from the viewport top); -1 before the first. */
export function currentIndex(tops: ReadonlyArray<number>, line: number): number {
  let lo = 0;
  let hi = tops.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid]! <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Viewport tops of the headings, as far as `currentIndex` needs them. Review sections far from
 * the viewport are not laid out (content-visibility), and asking a heading inside one for its
 * box would force that layout; a heading in a section wholly above the line is above it, one in
 * a section starting below the line is below it, so only the section at the line is measured.
 */
function headingTops(headings: ReadonlyArray<HTMLElement | null>, line: number): number[] {
  return headings.map((h) => {
    if (!h) return Number.POSITIVE_INFINITY;
    const section = h.closest('.doc-section, .appendix');
    if (section) {
      const box = section.getBoundingClientRect();
      if (box.bottom <= line) return Number.NEGATIVE_INFINITY;
      if (box.top > line) return Number.POSITIVE_INFINITY;
    }
    return h.getBoundingClientRect().top;
  });
}

export function initReadingNav(): void {
  const lists = [...document.querySelectorAll<HTMLElement>('[data-toc]')];
  if (!lists.length) return;
  const side = document.querySelector<HTMLElement>('.toc-side');
  const slugs = [...lists[0]!.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) =>
    decodeURIComponent(a.hash.slice(1)),
  );
  const headings = slugs.map((s) => document.getElementById(s));
  const bar = document.querySelector<HTMLElement>('[data-read-progress]');
  const toTop = document.querySelector<HTMLElement>('[data-to-top]');
  const article = document.querySelector<HTMLElement>('article');
  if (bar) bar.hidden = false;
  let current = -2;
  let queued = false;

  const mark = (i: number) => {
    if (i === current) return;
    current = i;
    for (const list of lists)
      list.querySelectorAll('a[href^="#"]').forEach((a, j) => {
        if (j === i) a.setAttribute('aria-current', 'location');
        else a.removeAttribute('aria-current');
      });
    const link = side?.querySelectorAll<HTMLElement>('a[href^="#"]')[i];
    if (side && link && side.scrollHeight > side.clientHeight) {
      // Keep the marked entry inside the sticky list without moving the page.
      const top = link.getBoundingClientRect().top - side.getBoundingClientRect().top + side.scrollTop;
      if (top < side.scrollTop + 24 || top > side.scrollTop + side.clientHeight - 48)
        side.scrollTop = Math.max(0, top - side.clientHeight / 3);
    }
  };

  const update = () => {
    queued = false;
    const line = 96; // below the sticky header (scroll-margin-top is 5rem)
    const tops = headingTops(headings, line);
    mark(currentIndex(tops, line));
    const y = window.scrollY;
    if (bar && article) {
      const end = article.offsetTop + article.offsetHeight - window.innerHeight;
      const f = end > 0 ? Math.min(1, Math.max(0, y / end)) : 1;
      bar.style.transform = `scaleX(${f})`;
    }
    if (toTop) toTop.hidden = y < window.innerHeight * 1.5;
  };
  const schedule = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(update);
    }
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  addEventListener('hashchange', schedule);
  update();
}

/** The phone contents sheet: a modal <dialog> (focus kept inside, Escape closes, focus returns). */
export function initContentsSheet(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-sheet-open]');
  const sheet = document.getElementById(button?.getAttribute('aria-controls') ?? '') as HTMLDialogElement | null;
  if (!button || !sheet) return;
  const links = () => [...sheet.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  button.addEventListener('click', () => {
    sheet.showModal();
    button.setAttribute('aria-expanded', 'true');
    const here = sheet.querySelector<HTMLAnchorElement>('a[aria-current]') ?? links()[0];
    here?.focus();
  });
  sheet.addEventListener('close', () => {
    button.setAttribute('aria-expanded', 'false');
    if (!sheet.dataset.navigating) button.focus();
    delete sheet.dataset.navigating;
  });
  sheet.querySelector('[data-sheet-close]')?.addEventListener('click', () => sheet.close());
  sheet.addEventListener('click', (e) => {
    if (e.target === sheet) sheet.close(); // the backdrop
    const a = (e.target as Element).closest('a[href^="#"]');
    if (a) {
      sheet.dataset.navigating = '1';
      sheet.close();
    }
  });
  sheet.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    const go = (j: number) => {
      e.preventDefault();
      all[(j + all.length) % all.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i < 0 ? all.length - 1 : i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
  });
}
