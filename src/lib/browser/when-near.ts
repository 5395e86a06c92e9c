/**
 * Runs `fn` for each element once it comes near the viewport, so that long pages do not
 * enhance dozens of tables and charts while the reader is still on the first screen.
 * `rootMargin` says how near; one that covers any page means "once the element is laid out".
 */
export function whenNear(elements: Iterable<Element>, fn: (el: Element) => void, rootMargin = '600px 0px'): void {
  if (!('IntersectionObserver' in window)) {
    for (const el of elements) fn(el);
    return;
  }
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries)
        if (e.isIntersecting) {
          io.unobserve(e.target);
          fn(e.target);
        }
    },
    { rootMargin },
  );
  for (const el of elements) io.observe(el);
}

/**
 * Enhances each element matching `selector` once, when it comes near the viewport: `readyAttr`
 * marks an element as done, so a second call (another widget script on the page) skips it.
 */
export function enhanceWhenNear(selector: string, readyAttr: string, enhance: (el: HTMLElement) => void): void {
  whenNear(document.querySelectorAll<HTMLElement>(`${selector}:not([${readyAttr}])`), (el) => {
    if (el.hasAttribute(readyAttr)) return;
    el.setAttribute(readyAttr, '');
    enhance(el as HTMLElement);
  });
}
