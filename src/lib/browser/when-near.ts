/**
 * Runs `fn` for each element once it comes near the viewport, so that long pages do not
 * enhance dozens of tables and charts while the reader is still on the first screen.
 */
export function whenNear(elements: Iterable<Element>, fn: (el: Element) => void): void {
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
    { rootMargin: '600px 0px' },
  );
  for (const el of elements) io.observe(el);
}
