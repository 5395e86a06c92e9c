// The dialog's page-load part: opening (the search link, ⌘K / Ctrl+K, "/") and closing. The search
// itself (dialog-search.ts: engine, result view) is fetched on the first open, so it counts neither
// toward a reader's first visit nor toward the JavaScript before interaction.
type DialogSearch = typeof import('./dialog-search.ts');

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
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  let search: Promise<DialogSearch> | undefined;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    if (search) void search.then((m) => m.warm());
    else search = import('./dialog-search.ts').then((m) => (m.bindDialogSearch(root), m));
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
}
