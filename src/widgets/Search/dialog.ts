import { bindSearch } from './ui.ts';
import { warm } from './engine.ts';

function isTyping(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** A page reached from a search result carries ?hl=…; only then is the highlighter loaded. */
function landFromSearch(): void {
  if (new URLSearchParams(location.search).has('hl')) void import('./landing.ts').then((m) => m.highlightLanding());
}

export function initSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog || dialog.dataset.ready) return;
  dialog.dataset.ready = '';
  landFromSearch();
  const root = dialog.querySelector<HTMLElement>('[data-search-root]')!;
  const bound = bindSearch(root);
  const open = () => {
    warm();
    if (!dialog.open) dialog.showModal();
    bound.input.focus();
    bound.input.select();
  };
  document.querySelectorAll<HTMLAnchorElement>('[data-search-open]').forEach((a) =>
    a.addEventListener('click', (e) => {
      if (e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      open();
    }),
  );
  document.addEventListener('keydown', (e) => {
    if ((e.key === 'k' || e.key === 'K') && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      open();
    } else if (e.key === '/' && !isTyping(e.target) && !dialog.open && !document.querySelector('[data-search-page]')) {
      e.preventDefault();
      open();
    }
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && document.activeElement === bound.input) {
      const first = root.querySelector<HTMLAnchorElement>('a.search-hit-link');
      if (first) location.href = first.href;
    }
  });
}
