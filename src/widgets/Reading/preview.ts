// Distill-style previews for glossary links and citations: hover, keyboard focus and tap show
// the target's content (a hidden block on the page) in one shared tooltip. On touch the first
// tap previews and a second tap on the same link follows it.
export function initPreviews(): void {
  const triggers = document.querySelectorAll<HTMLAnchorElement>('a[data-preview]');
  if (!triggers.length) return;
  const pop = document.createElement('div');
  pop.id = 'preview-popover';
  pop.className = 'preview-popover';
  pop.setAttribute('role', 'tooltip');
  pop.hidden = true;
  document.body.append(pop);
  let owner: HTMLAnchorElement | null = null;
  let touched = false;
  let openBeforeTap = false;
  let hideTimer = 0;

  const hide = () => {
    clearTimeout(hideTimer);
    if (owner) owner.removeAttribute('aria-describedby');
    owner = null;
    pop.hidden = true;
  };
  const show = (a: HTMLAnchorElement) => {
    clearTimeout(hideTimer);
    if (owner === a) return;
    const source = document.getElementById(a.dataset.preview ?? '');
    if (!source) return;
    hide();
    pop.replaceChildren(...[...source.childNodes].map((n) => n.cloneNode(true)));
    pop.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
    // A tooltip holds no controls: links in the source become plain text.
    pop.querySelectorAll('a').forEach((l) => l.replaceWith(...l.childNodes));
    pop.hidden = false;
    owner = a;
    a.setAttribute('aria-describedby', pop.id);
    const r = a.getBoundingClientRect();
    const width = Math.min(360, document.documentElement.clientWidth - 16);
    pop.style.width = `${width}px`;
    const left = Math.min(Math.max(8, r.left), document.documentElement.clientWidth - width - 8);
    const below = r.bottom + 8;
    const h = pop.offsetHeight;
    const top = below + h > window.innerHeight && r.top - h - 8 > 0 ? r.top - h - 8 : below;
    pop.style.left = `${left + window.scrollX}px`;
    pop.style.top = `${top + window.scrollY}px`;
  };
  const later = () => {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 150);
  };

  for (const a of triggers) {
    a.addEventListener('mouseenter', () => show(a));
    a.addEventListener('mouseleave', later);
    a.addEventListener('focus', () => show(a));
    a.addEventListener('blur', later);
    a.addEventListener('pointerdown', (e) => {
      touched = e.pointerType === 'touch';
      openBeforeTap = owner === a; // a tap also focuses the link, which opens the preview
    });
    a.addEventListener('click', (e) => {
      if (touched && !openBeforeTap) {
        e.preventDefault();
        show(a);
      }
      touched = false;
    });
  }
  pop.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  pop.addEventListener('mouseleave', later);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && owner) hide();
  });
  document.addEventListener('pointerdown', (e) => {
    const t = e.target as Element;
    if (owner && !pop.contains(t) && !t.closest('a[data-preview]')) hide();
  });
  addEventListener('resize', hide);
}
